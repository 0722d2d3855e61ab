// Sema for leaves and operators: constants, names, unary and binary operators and pointer arithmetic
// (assignments, ?:, the comma, casts and sizeof are in sema_assignment.cpp).
#include "lang/sema.h"

#include <algorithm>

namespace memviz::lang {

namespace {

const char* spelling(BinaryOp op) {
    switch (op) {
    case BinaryOp::Mul: return "*";
    case BinaryOp::Div: return "/";
    case BinaryOp::Rem: return "%";
    case BinaryOp::Add: case BinaryOp::PtrAdd: return "+";
    case BinaryOp::Sub: case BinaryOp::PtrSub: case BinaryOp::PtrDiff: return "-";
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
    }
    return "?";
}

bool isComparison(BinaryOp op) { return op >= BinaryOp::Lt && op <= BinaryOp::Ne; }

} // namespace

// ---------------------------------------------------------------------------------------------- helpers

void Sema::setDepth(Expr& e, std::initializer_list<const Expr*> children) {
    std::uint32_t d = 0;
    for (const Expr* c : children)
        if (c) d = std::max(d, c->depth);
    e.depth = d + 1;
}

ExprPtr Sema::finish(ExprPtr e) {
    switch (e->kind) {
    case ExprKind::Unary: setDepth(*e, {e->as<UnaryExpr>().operand.get()}); break;
    case ExprKind::IncDec: setDepth(*e, {e->as<IncDecExpr>().operand.get()}); break;
    case ExprKind::Binary: setDepth(*e, {e->as<BinaryExpr>().lhs.get(), e->as<BinaryExpr>().rhs.get()}); break;
    case ExprKind::Assign: setDepth(*e, {e->as<AssignExpr>().lhs.get(), e->as<AssignExpr>().rhs.get()}); break;
    case ExprKind::CompoundAssign:
        setDepth(*e, {e->as<CompoundAssignExpr>().lhs.get(), e->as<CompoundAssignExpr>().rhs.get()});
        break;
    case ExprKind::Conditional: {
        auto& c = e->as<ConditionalExpr>();
        setDepth(*e, {c.cond.get(), c.thenExpr.get(), c.elseExpr.get()});
        break;
    }
    case ExprKind::Comma: setDepth(*e, {e->as<CommaExpr>().lhs.get(), e->as<CommaExpr>().rhs.get()}); break;
    case ExprKind::Call: {
        auto& c = e->as<CallExpr>();
        setDepth(*e, {c.callee.get()});
        for (const ExprPtr& a : c.args) e->depth = std::max(e->depth, a->depth + 1);
        break;
    }
    case ExprKind::Member: setDepth(*e, {e->as<MemberExpr>().base.get()}); break;
    case ExprKind::Cast: setDepth(*e, {e->as<CastExpr>().operand.get()}); break;
    default: e->depth = 1; break;
    }
    if (e->depth > maxExprDepth) {
        error(e->loc, "expression is nested too deeply");
        return errorExpr(e->loc);
    }
    return e;
}

std::string Sema::describe(const Expr& e) const {
    if (e.kind == ExprKind::VarRef) return "variable '" + e.as<VarRefExpr>().var->name + "'";
    if (e.kind == ExprKind::Member) return "member '" + e.as<MemberExpr>().member->name + "'";
    return "location";
}

void Sema::invalidOperands(core::SourceLoc loc, const char* op, const Expr& lhs, const Expr& rhs) {
    error(loc, std::string("invalid operands to binary ") + op + " (have '" + typeName(lhs.type) + "' and '" +
                   typeName(rhs.type) + "')");
}

bool Sema::checkComplete(const Type* t, core::SourceLoc loc) {
    if (t->isComplete() || t->isVoid()) return true;
    error(loc, "invalid use of undefined type '" + typeName(t) + "'");
    return false;
}

bool Sema::checkModifiable(const Expr& e, core::SourceLoc loc, const char* lvalueMessage, const char* verb) {
    if (isError(e)) return false;
    if (!e.isLvalue) {
        error(loc, lvalueMessage);
        return false;
    }
    if (e.type->isArray()) {
        error(loc, std::string(verb) == "assignment" ? "assignment to expression with array type" : lvalueMessage);
        return false;
    }
    if (e.type->isConst) {
        error(loc, std::string(verb) + " of read-only " + describe(e));
        return false;
    }
    if (e.type->isRecord()) {
        for (const Member& m : e.type->record->members) {
            if (m.type->isConst) {
                error(loc, std::string(verb) + " of read-only " + describe(e) + " (member '" + m.name + "' is const)");
                return false;
            }
        }
    }
    return checkComplete(e.type, loc);
}

// ---------------------------------------------------------------------------------------------- leaves

ExprPtr Sema::intConst(std::uint64_t value, const Type* type, core::SourceLoc loc) {
    auto e = std::make_unique<IntConstExpr>();
    e->value = value;
    e->type = type;
    e->loc = loc;
    return e;
}

ExprPtr Sema::floatConst(double value, const Type* type, core::SourceLoc loc) {
    auto e = std::make_unique<FloatConstExpr>();
    e->value = value;
    e->type = type;
    e->loc = loc;
    return e;
}

ExprPtr Sema::stringLiteral(std::string bytes, core::SourceLoc loc) {
    bytes.push_back('\0');
    const Type* type = m_types.arrayOf(m_types.charType(), static_cast<std::int64_t>(bytes.size()));
    auto e = std::make_unique<StringLitExpr>();
    e->index = static_cast<std::uint32_t>(m_unit.strings.size());
    m_unit.strings.push_back({std::move(bytes), type, loc});
    e->type = type;
    e->loc = loc;
    e->isLvalue = true;
    return e;
}

ExprPtr Sema::varRef(const Variable* var, core::SourceLoc loc) {
    auto e = std::make_unique<VarRefExpr>();
    e->var = var;
    e->type = var->type;
    e->loc = loc;
    e->isLvalue = true;
    return e;
}

ExprPtr Sema::funcRef(const Function* function, core::SourceLoc loc) {
    auto e = std::make_unique<FuncRefExpr>();
    e->function = function;
    e->type = function->type;
    e->loc = loc;
    return e;
}

ExprPtr Sema::compoundLiteral(const Variable* var, core::SourceLoc loc) {
    auto e = std::make_unique<CompoundLiteralExpr>();
    e->var = var;
    e->type = var->type;
    e->loc = loc;
    e->isLvalue = true;
    return e;
}

ExprPtr Sema::errorExpr(core::SourceLoc loc) { return intConst(0, m_types.errorType(), loc); }

// ---------------------------------------------------------------------------------------------- unary

ExprPtr Sema::unary(UnaryOp op, ExprPtr operand, core::SourceLoc loc) {
    if (isError(*operand)) return operand;
    const Type* resultType = nullptr;
    bool lvalue = false;
    switch (op) {
    case UnaryOp::Plus:
    case UnaryOp::Neg:
        operand = promote(std::move(operand));
        if (!operand->type->isArithmetic()) {
            error(loc, op == UnaryOp::Neg ? "wrong type argument to unary minus" : "wrong type argument to unary plus");
            return errorExpr(loc);
        }
        resultType = operand->type;
        if (op == UnaryOp::Neg && operand->kind == ExprKind::IntConst)
            return convert(intConst(0 - operand->as<IntConstExpr>().value, m_types.ulongType(), loc), resultType);
        if (op == UnaryOp::Neg && operand->kind == ExprKind::FloatConst)
            return floatConst(-operand->as<FloatConstExpr>().value, resultType, loc);
        break;
    case UnaryOp::BitNot:
        operand = promote(std::move(operand));
        if (!operand->type->isInteger()) {
            error(loc, "wrong type argument to bit-complement");
            return errorExpr(loc);
        }
        resultType = operand->type;
        break;
    case UnaryOp::LogNot:
        operand = decay(std::move(operand));
        if (!operand->type->isScalar()) {
            error(loc, "wrong type argument to unary exclamation mark");
            return errorExpr(loc);
        }
        resultType = m_types.intType();
        break;
    case UnaryOp::Deref:
        operand = decay(std::move(operand));
        if (!operand->type->isPointer()) {
            error(loc, "invalid type argument of unary '*' (have '" + typeName(operand->type) + "')");
            return errorExpr(loc);
        }
        resultType = operand->type->base;
        lvalue = !resultType->isFunction();
        if (resultType->isVoid()) warning(loc, "dereferencing 'void *' pointer");
        break;
    case UnaryOp::AddrOf:
        if (operand->type->isFunction()) {
            resultType = m_types.pointerTo(operand->type);
        } else if (!operand->isLvalue) {
            error(loc, "lvalue required as unary '&' operand");
            return errorExpr(loc);
        } else {
            resultType = m_types.pointerTo(operand->type);
        }
        break;
    }
    auto e = std::make_unique<UnaryExpr>(op, std::move(operand));
    e->type = resultType;
    e->loc = loc;
    e->isLvalue = lvalue;
    return finish(std::move(e));
}

ExprPtr Sema::incDec(bool isIncrement, bool isPrefix, ExprPtr operand, core::SourceLoc loc) {
    if (isError(*operand)) return operand;
    if (!checkModifiable(*operand, loc,
                         isIncrement ? "lvalue required as increment operand" : "lvalue required as decrement operand",
                         isIncrement ? "increment" : "decrement"))
        return errorExpr(loc);
    const Type* t = operand->type;
    if (!t->isScalar()) {
        error(loc, isIncrement ? "wrong type argument to increment" : "wrong type argument to decrement");
        return errorExpr(loc);
    }
    auto e = std::make_unique<IncDecExpr>();
    if (t->isPointer()) {
        if (!t->base->isVoid() && !t->base->isFunction() && !t->base->isComplete()) {
            error(loc, "increment of pointer to an incomplete type '" + typeName(t->base) + "'");
            return errorExpr(loc);
        }
        e->step = t->base->isVoid() || t->base->isFunction() ? 1 : t->base->size;
    }
    e->isIncrement = isIncrement;
    e->isPrefix = isPrefix;
    e->type = t->unqualified;
    e->loc = loc;
    e->operand = std::move(operand);
    return finish(std::move(e));
}

// ---------------------------------------------------------------------------------------------- binary

ExprPtr Sema::pointerArithmetic(BinaryOp op, ExprPtr ptr, ExprPtr integer, core::SourceLoc loc) {
    const Type* base = ptr->type->base;
    if (!base->isVoid() && !base->isFunction() && !base->isComplete()) {
        error(loc, "arithmetic on pointer to an incomplete type");
        return errorExpr(loc);
    }
    const Type* t = ptr->type->unqualified;
    auto e = std::make_unique<BinaryExpr>(op, std::move(ptr), convert(std::move(integer), m_types.longType()));
    e->elementSize = base->isVoid() || base->isFunction() ? 1 : base->size;
    e->type = t;
    e->loc = loc;
    return finish(std::move(e));
}

ExprPtr Sema::binary(BinaryOp op, ExprPtr lhs, ExprPtr rhs, core::SourceLoc loc) {
    if (isError(*lhs)) return lhs;
    if (isError(*rhs)) return rhs;
    if (op == BinaryOp::LogAnd || op == BinaryOp::LogOr) {
        lhs = decay(std::move(lhs));
        rhs = decay(std::move(rhs));
        if (!lhs->type->isScalar() || !rhs->type->isScalar()) {
            invalidOperands(loc, spelling(op), *lhs, *rhs);
            return errorExpr(loc);
        }
        auto e = std::make_unique<BinaryExpr>(op, std::move(lhs), std::move(rhs));
        e->type = m_types.intType();
        e->loc = loc;
        return finish(std::move(e));
    }
    lhs = decay(std::move(lhs));
    rhs = decay(std::move(rhs));
    const Type* lt = lhs->type;
    const Type* rt = rhs->type;
    if (op == BinaryOp::Add && lt->isPointer() && rt->isInteger())
        return pointerArithmetic(BinaryOp::PtrAdd, std::move(lhs), std::move(rhs), loc);
    if (op == BinaryOp::Add && lt->isInteger() && rt->isPointer())
        return pointerArithmetic(BinaryOp::PtrAdd, std::move(rhs), std::move(lhs), loc);
    if (op == BinaryOp::Sub && lt->isPointer() && rt->isInteger())
        return pointerArithmetic(BinaryOp::PtrSub, std::move(lhs), std::move(rhs), loc);
    if (op == BinaryOp::Sub && lt->isPointer() && rt->isPointer()) {
        if (!sameType(lt->base, rt->base, true)) {
            invalidOperands(loc, "-", *lhs, *rhs);
            return errorExpr(loc);
        }
        const Type* base = lt->base;
        if (!base->isVoid() && !base->isComplete()) {
            error(loc, "arithmetic on pointer to an incomplete type");
            return errorExpr(loc);
        }
        auto e = std::make_unique<BinaryExpr>(BinaryOp::PtrDiff, std::move(lhs), std::move(rhs));
        e->elementSize = base->isVoid() || base->isFunction() ? 1 : base->size;
        e->type = m_types.ptrdiffType();
        e->loc = loc;
        return finish(std::move(e));
    }
    if (isComparison(op) && (lt->isPointer() || rt->isPointer())) {
        bool equality = op == BinaryOp::Eq || op == BinaryOp::Ne;
        if (lt->isPointer() && rt->isPointer()) {
            bool compatible = sameType(lt->base, rt->base, true) || lt->base->isVoid() || rt->base->isVoid();
            if (!compatible) warning(loc, "comparison of distinct pointer types lacks a cast");
        } else if (lt->isPointer() && rt->isInteger()) {
            if (!(equality && isNullPointerConstant(*rhs))) warning(loc, "comparison between pointer and integer");
            rhs = convert(std::move(rhs), lt);
        } else if (rt->isPointer() && lt->isInteger()) {
            if (!(equality && isNullPointerConstant(*lhs))) warning(loc, "comparison between pointer and integer");
            lhs = convert(std::move(lhs), rt);
        } else {
            invalidOperands(loc, spelling(op), *lhs, *rhs);
            return errorExpr(loc);
        }
        auto e = std::make_unique<BinaryExpr>(op, std::move(lhs), std::move(rhs));
        e->type = m_types.intType();
        e->loc = loc;
        return finish(std::move(e));
    }
    bool integerOnly = op == BinaryOp::Rem || op == BinaryOp::BitAnd || op == BinaryOp::BitOr ||
                       op == BinaryOp::BitXor || op == BinaryOp::Shl || op == BinaryOp::Shr;
    bool ok = integerOnly ? lt->isInteger() && rt->isInteger() : lt->isArithmetic() && rt->isArithmetic();
    if (!ok) {
        invalidOperands(loc, spelling(op), *lhs, *rhs);
        return errorExpr(loc);
    }
    if ((op == BinaryOp::Div || op == BinaryOp::Rem) && rt->isInteger() && rhs->kind == ExprKind::IntConst &&
        rhs->as<IntConstExpr>().value == 0)
        warning(loc, "division by zero");
    const Type* resultType;
    if (op == BinaryOp::Shl || op == BinaryOp::Shr) {
        lhs = promote(std::move(lhs));
        rhs = promote(std::move(rhs));
        resultType = lhs->type;
    } else {
        const Type* common = commonArithmeticType(lt, rt);
        lhs = convert(std::move(lhs), common);
        rhs = convert(std::move(rhs), common);
        resultType = isComparison(op) ? m_types.intType() : common;
    }
    auto e = std::make_unique<BinaryExpr>(op, std::move(lhs), std::move(rhs));
    e->type = resultType;
    e->loc = loc;
    return finish(std::move(e));
}

} // namespace memviz::lang
