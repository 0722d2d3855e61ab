// AstPrinter: S-expressions of the typed AST. Every expression prints as (operator type operands...).
#include "lang/ast_printer.h"

namespace memviz::lang {

const char* binaryOpName(BinaryOp op) {
    switch (op) {
    case BinaryOp::Mul: return "*";
    case BinaryOp::Div: return "/";
    case BinaryOp::Rem: return "%";
    case BinaryOp::Add: return "+";
    case BinaryOp::Sub: return "-";
    case BinaryOp::BitAnd: return "&";
    case BinaryOp::BitXor: return "^";
    case BinaryOp::BitOr: return "|";
    case BinaryOp::Shl: return "<<";
    case BinaryOp::Shr: return ">>";
    case BinaryOp::Lt: return "<";
    case BinaryOp::Gt: return ">";
    case BinaryOp::Le: return "<=";
    case BinaryOp::Ge: return ">=";
    case BinaryOp::Eq: return "==";
    case BinaryOp::Ne: return "!=";
    case BinaryOp::LogAnd: return "&&";
    case BinaryOp::LogOr: return "||";
    case BinaryOp::PtrAdd: return "ptr+";
    case BinaryOp::PtrSub: return "ptr-";
    case BinaryOp::PtrDiff: return "ptrdiff";
    }
    return "?";
}

const char* unaryOpName(UnaryOp op) {
    switch (op) {
    case UnaryOp::Plus: return "u+";
    case UnaryOp::Neg: return "neg";
    case UnaryOp::BitNot: return "~";
    case UnaryOp::LogNot: return "!";
    case UnaryOp::Deref: return "deref";
    case UnaryOp::AddrOf: return "addr";
    }
    return "?";
}

const char* castKindName(CastKind kind) {
    switch (kind) {
    case CastKind::NoOp: return "NoOp";
    case CastKind::IntegralCast: return "IntegralCast";
    case CastKind::IntegralToBoolean: return "IntegralToBoolean";
    case CastKind::FloatingToBoolean: return "FloatingToBoolean";
    case CastKind::PointerToBoolean: return "PointerToBoolean";
    case CastKind::IntegralToFloating: return "IntegralToFloating";
    case CastKind::FloatingToIntegral: return "FloatingToIntegral";
    case CastKind::FloatingCast: return "FloatingCast";
    case CastKind::PointerToIntegral: return "PointerToIntegral";
    case CastKind::IntegralToPointer: return "IntegralToPointer";
    case CastKind::BitCast: return "BitCast";
    case CastKind::ArrayToPointer: return "ArrayToPointer";
    case CastKind::FunctionToPointer: return "FunctionToPointer";
    case CastKind::ToVoid: return "ToVoid";
    }
    return "?";
}

std::string printExpr(const Expr& e) {
    std::string t = typeName(e.type);
    auto wrap = [&](std::string head, std::initializer_list<const Expr*> children) {
        std::string out = "(" + head + " " + t;
        for (const Expr* c : children)
            if (c) out.append(" ").append(printExpr(*c));
        return out + ")";
    };
    switch (e.kind) {
    case ExprKind::IntConst:
        return std::string("(") + t + " " +
               (e.type->isSigned() ? std::to_string(e.as<IntConstExpr>().signedValue()) : std::to_string(e.as<IntConstExpr>().value)) + ")";
    case ExprKind::FloatConst: return std::string("(") + t + " " + std::to_string(e.as<FloatConstExpr>().value) + ")";
    case ExprKind::StringLit: return std::string("(string ") + t + " #" + std::to_string(e.as<StringLitExpr>().index) + ")";
    case ExprKind::VarRef: return std::string("(var ") + t + " " + e.as<VarRefExpr>().var->name + ")";
    case ExprKind::FuncRef: return std::string("(func ") + e.as<FuncRefExpr>().function->name + ")";
    case ExprKind::Unary: return wrap(unaryOpName(e.as<UnaryExpr>().op), {e.as<UnaryExpr>().operand.get()});
    case ExprKind::IncDec: {
        const auto& x = e.as<IncDecExpr>();
        std::string op = std::string(x.isPrefix ? "pre" : "post") + (x.isIncrement ? "++" : "--");
        return wrap(op, {x.operand.get()});
    }
    case ExprKind::Binary: return wrap(binaryOpName(e.as<BinaryExpr>().op), {e.as<BinaryExpr>().lhs.get(), e.as<BinaryExpr>().rhs.get()});
    case ExprKind::Assign: return wrap("=", {e.as<AssignExpr>().lhs.get(), e.as<AssignExpr>().rhs.get()});
    case ExprKind::CompoundAssign: {
        const auto& x = e.as<CompoundAssignExpr>();
        return wrap(std::string(binaryOpName(x.op)) + "= [" + typeName(x.computationType) + "]", {x.lhs.get(), x.rhs.get()});
    }
    case ExprKind::Conditional: {
        const auto& x = e.as<ConditionalExpr>();
        return wrap("?:", {x.cond.get(), x.thenExpr.get(), x.elseExpr.get()});
    }
    case ExprKind::Comma: return wrap(",", {e.as<CommaExpr>().lhs.get(), e.as<CommaExpr>().rhs.get()});
    case ExprKind::Call: {
        const auto& x = e.as<CallExpr>();
        std::string out = "(call " + t + " " + printExpr(*x.callee);
        for (const ExprPtr& a : x.args) out.append(" ").append(printExpr(*a));
        return out + ")";
    }
    case ExprKind::Member: {
        const auto& x = e.as<MemberExpr>();
        return wrap(std::string(x.arrow ? "->" : ".") + x.member->name + "@" + std::to_string(x.member->offset), {x.base.get()});
    }
    case ExprKind::Cast: return wrap(std::string("cast ") + castKindName(e.as<CastExpr>().castKind), {e.as<CastExpr>().operand.get()});
    case ExprKind::CompoundLiteral: return std::string("(compound-literal ") + t + ")";
    }
    return "?";
}

namespace {

std::string pad(int indent) { return std::string(static_cast<std::size_t>(indent) * 2, ' '); }

std::string printInit(const Variable& v) {
    std::string out;
    if (!v.hasInit) return out;
    out += v.init.zeroFill ? " = {zero" : " = {";
    for (const InitEntry& entry : v.init.entries) {
        out += " @" + std::to_string(entry.offset) + ":";
        if (entry.value) out += printExpr(*entry.value);
        else out += std::string("bytes[") + std::to_string(entry.bytes.size()) + "]";
    }
    return out + " }";
}

} // namespace

std::string printStmt(const Stmt& s, int indent) {
    std::string p = pad(indent);
    auto sub = [&](const StmtPtr& child) { return child ? printStmt(*child, indent + 1) : pad(indent + 1) + "<none>\n"; };
    switch (s.kind) {
    case StmtKind::Compound: {
        std::string out = p + "{\n";
        for (const StmtPtr& c : s.as<CompoundStmt>().body) out += printStmt(*c, indent + 1);
        return out + p + "}\n";
    }
    case StmtKind::Expr: return p + printExpr(*s.as<ExprStmt>().expr) + "\n";
    case StmtKind::Decl: {
        std::string out;
        for (const Variable* v : s.as<DeclStmt>().vars)
            out += p + "decl " + typeName(v->type) + " " + v->name + printInit(*v) + "\n";
        return out;
    }
    case StmtKind::If: {
        const auto& x = s.as<IfStmt>();
        std::string out = p + "if " + printExpr(*x.cond) + "\n" + sub(x.thenStmt);
        if (x.elseStmt) out += p + "else\n" + sub(x.elseStmt);
        return out;
    }
    case StmtKind::While: return p + "while " + printExpr(*s.as<WhileStmt>().cond) + "\n" + sub(s.as<WhileStmt>().body);
    case StmtKind::DoWhile: return p + "do\n" + sub(s.as<DoWhileStmt>().body) + p + "while " + printExpr(*s.as<DoWhileStmt>().cond) + "\n";
    case StmtKind::For: {
        const auto& x = s.as<ForStmt>();
        std::string out = p + "for\n" + sub(x.init);
        out += pad(indent + 1) + "cond " + (x.cond ? printExpr(*x.cond) : "<none>") + "\n";
        out += pad(indent + 1) + "step " + (x.step ? printExpr(*x.step) : "<none>") + "\n";
        return out + sub(x.body);
    }
    case StmtKind::Switch: return p + "switch " + printExpr(*s.as<SwitchStmt>().cond) + "\n" + sub(s.as<SwitchStmt>().body);
    case StmtKind::Case: return p + "case " + std::to_string(static_cast<std::int64_t>(s.as<CaseStmt>().value)) + ":\n" + sub(s.as<CaseStmt>().body);
    case StmtKind::Default: return p + "default:\n" + sub(s.as<DefaultStmt>().body);
    case StmtKind::Break: return p + "break\n";
    case StmtKind::Continue: return p + "continue\n";
    case StmtKind::Return: {
        const auto& x = s.as<ReturnStmt>();
        return p + "return" + (x.value ? std::string(" ") + printExpr(*x.value) : std::string()) + "\n";
    }
    case StmtKind::Goto: return p + "goto " + s.as<GotoStmt>().label + "\n";
    case StmtKind::Label: return p + s.as<LabelStmt>().name + ":\n" + sub(s.as<LabelStmt>().body);
    case StmtKind::Empty: return p + ";\n";
    }
    return p + "?\n";
}

std::string printUnit(const TranslationUnit& unit) {
    std::string out;
    for (const Variable* v : unit.globals) {
        if (v->isLibrary) continue;
        out += std::string(v->storage == Storage::StaticLocal ? "static-local " : "global ") + typeName(v->type) + " " +
               v->name + printInit(*v) + "\n";
    }
    for (const auto& f : unit.functions) {
        if (!f->isDefined()) continue;
        out += "function " + f->name + " " + typeName(f->type) + "\n" + printStmt(*f->body, 1);
    }
    return out;
}

} // namespace memviz::lang
