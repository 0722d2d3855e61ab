// numberExpressions: a walk over statements and expressions that hands out ids (expressions', blocks') in
// visiting order.
#include "lang/expr_numbering.h"

namespace memviz::lang {

namespace {

class Numbering {
public:
    Numbering(std::uint32_t& next, std::uint32_t& nextBlock) : m_next(next), m_nextBlock(nextBlock) {}

    void stmt(Stmt* s) {
        if (s == nullptr) return;
        switch (s->kind) {
        case StmtKind::Compound:
            s->as<CompoundStmt>().id = ++m_nextBlock;
            for (auto& child : s->as<CompoundStmt>().body) stmt(child.get());
            break;
        case StmtKind::Expr: expr(s->as<ExprStmt>().expr.get()); break;
        case StmtKind::Decl:
            for (const Variable* v : s->as<DeclStmt>().vars) initializer(v);
            break;
        case StmtKind::If:
            expr(s->as<IfStmt>().cond.get());
            stmt(s->as<IfStmt>().thenStmt.get());
            stmt(s->as<IfStmt>().elseStmt.get());
            break;
        case StmtKind::While:
            expr(s->as<WhileStmt>().cond.get());
            stmt(s->as<WhileStmt>().body.get());
            break;
        case StmtKind::DoWhile:
            stmt(s->as<DoWhileStmt>().body.get());
            expr(s->as<DoWhileStmt>().cond.get());
            break;
        case StmtKind::For:
            stmt(s->as<ForStmt>().init.get());
            expr(s->as<ForStmt>().cond.get());
            expr(s->as<ForStmt>().step.get());
            stmt(s->as<ForStmt>().body.get());
            break;
        case StmtKind::Switch:
            expr(s->as<SwitchStmt>().cond.get());
            stmt(s->as<SwitchStmt>().body.get());
            break;
        case StmtKind::Case: stmt(s->as<CaseStmt>().body.get()); break;
        case StmtKind::Default: stmt(s->as<DefaultStmt>().body.get()); break;
        case StmtKind::Label: stmt(s->as<LabelStmt>().body.get()); break;
        case StmtKind::Return: expr(s->as<ReturnStmt>().value.get()); break;
        default: break;
        }
    }

private:
    // The variables' initializers are owned by the unit (const there); their expressions are not shared.
    void initializer(const Variable* v) {
        for (const InitEntry& entry : v->init.entries) expr(entry.value.get());
    }

    void expr(Expr* e) {
        if (e == nullptr) return;
        e->id = ++m_next;
        switch (e->kind) {
        case ExprKind::Unary: expr(e->as<UnaryExpr>().operand.get()); break;
        case ExprKind::IncDec: expr(e->as<IncDecExpr>().operand.get()); break;
        case ExprKind::Binary:
            expr(e->as<BinaryExpr>().lhs.get());
            expr(e->as<BinaryExpr>().rhs.get());
            break;
        case ExprKind::Assign:
            expr(e->as<AssignExpr>().lhs.get());
            expr(e->as<AssignExpr>().rhs.get());
            break;
        case ExprKind::CompoundAssign:
            expr(e->as<CompoundAssignExpr>().lhs.get());
            expr(e->as<CompoundAssignExpr>().rhs.get());
            break;
        case ExprKind::Conditional:
            expr(e->as<ConditionalExpr>().cond.get());
            expr(e->as<ConditionalExpr>().thenExpr.get());
            expr(e->as<ConditionalExpr>().elseExpr.get());
            break;
        case ExprKind::Comma:
            expr(e->as<CommaExpr>().lhs.get());
            expr(e->as<CommaExpr>().rhs.get());
            break;
        case ExprKind::Call:
            expr(e->as<CallExpr>().callee.get());
            for (auto& arg : e->as<CallExpr>().args) expr(arg.get());
            break;
        case ExprKind::Member: expr(e->as<MemberExpr>().base.get()); break;
        case ExprKind::Cast: expr(e->as<CastExpr>().operand.get()); break;
        case ExprKind::CompoundLiteral: initializer(e->as<CompoundLiteralExpr>().var); break;
        default: break;
        }
    }

    std::uint32_t& m_next;
    std::uint32_t& m_nextBlock;
};

} // namespace

void numberExpressions(TranslationUnit& unit) {
    std::uint32_t next = 0, nextBlock = 0;
    Numbering numbering(next, nextBlock);
    for (auto& function : unit.functions) numbering.stmt(function->body.get());
    unit.exprCount = next;
    unit.blockCount = nextBlock;
}

} // namespace memviz::lang
