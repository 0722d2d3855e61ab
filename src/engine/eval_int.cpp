// Machine: the integer fast path of the evaluator: integer-typed expressions (and pointers where only their
// bits matter) evaluated to an IntValue, bits and definedness in registers, without building a Value; the
// integer arithmetic with gcc's x86-64 semantics (and its division faults); and branch conditions.
#include "engine/machine.h"

#include "engine/value_ops.h"

#include <algorithm>
#include <limits>

namespace memviz::engine {

using core::Address;
using namespace memviz::lang;

bool Machine::evalConditionWalk(const Expr* e) {
    if (isBitsType(e->type)) {
        bool compare = e->kind == ExprKind::Binary && isIntegerBinary(e->as<BinaryExpr>()); // i < n, p != q
        IntValue v = compare ? evalIntBinary(e->as<BinaryExpr>()) : evalInt(e);
        if (v.undef) {
            m_loc = e->loc;
            Value undefined;
            undefined.undef = true;
            checkDefined(undefined, "a conditional jump");
        }
        return v.u != 0;
    }
    Value v = eval(e);
    if (v.undef) {
        m_loc = e->loc;
        checkDefined(v, "a conditional jump");
    }
    return e->type->isFloating() ? v.d != 0 : v.u != 0;
}

std::uint64_t Machine::integerDivision(BinaryOp op, const Type* type, std::uint64_t a, std::uint64_t b) {
    if (b == 0) reportError(ErrorKind::DivisionByZero, "integer division by zero", true);
    if (isSignedInteger(type)) {
        auto x = static_cast<std::int64_t>(a), y = static_cast<std::int64_t>(b);
        std::int64_t minimum = type->size == 8 ? std::numeric_limits<std::int64_t>::min()
                                               : std::numeric_limits<std::int32_t>::min();
        if (x == minimum && y == -1)
            reportError(ErrorKind::DivisionByZero,
                        "integer overflow in division (x86 raises the divide error, as for division by zero)",
                        true);
        return static_cast<std::uint64_t>(op == BinaryOp::Div ? x / y : x % y);
    }
    return op == BinaryOp::Div ? a / b : a % b;
}

IntValue Machine::evalIntBinary(const BinaryExpr& b) {
    IntValue l = evalIntOperand(b.lhs.get());
    IntValue r = evalIntOperand(b.rhs.get());
    switch (b.op) {
    case BinaryOp::Lt:
    case BinaryOp::Gt:
    case BinaryOp::Le:
    case BinaryOp::Ge:
    case BinaryOp::Eq:
    case BinaryOp::Ne: // valgrind reports the branch on an undefined result, not the comparison
        return {compareIntegers(b.op, b.lhs->type, l.u, r.u) ? 1u : 0u, l.undef || r.undef};
    default:
        if (b.op == BinaryOp::Div || b.op == BinaryOp::Rem) m_loc = b.loc;
        return integerArithmetic(b.op, b.type, l, r);
    }
}

// eval for an expression of an integer type, or of a pointer type when its provenance is not needed, without
// building a Value where the kind allows.
IntValue Machine::evalInt(const Expr* e) {
    switch (e->kind) {
    case ExprKind::IntConst: return {e->as<IntConstExpr>().value, false};
    case ExprKind::VarRef: {
        const Variable* v = e->as<VarRefExpr>().var;
        m_loc = e->loc;
        IntValue local;
        if (readLocal(v, e->type, local)) return local;
        return loadInt(variableObject(v), e->type);
    }
    case ExprKind::Unary:
        if (e->as<UnaryExpr>().op != UnaryOp::Deref) break;
        return evalIntDeref(e->as<UnaryExpr>());
    case ExprKind::Binary:
        if (isIntegerBinary(e->as<BinaryExpr>())) return evalIntBinary(e->as<BinaryExpr>());
        break;
    case ExprKind::Cast: {
        const auto& c = e->as<CastExpr>();
        if (c.castKind != CastKind::IntegralCast || !c.operand->type->isInteger()) break;
        IntValue v = evalIntOperand(c.operand.get());
        return {normalize(v.u, c.type), v.undef};
    }
    case ExprKind::Call: {
        Value v = evalCall(e->as<CallExpr>());
        return {v.u, v.undef};
    }
    default: break;
    }
    return evalIntOther(e);
}

// *p, a[i] of an integer type: the load without a pointer Value for the result (out of evalInt, which stays small).
IntValue Machine::evalIntDeref(const UnaryExpr& u) {
    Value p = evalPointer(u.operand.get());
    m_loc = u.loc;
    return loadInt(p, u.type);
}

// evalInt's less frequent kinds, out of its way (so it stays small on the way down an expression).
IntValue Machine::evalIntOther(const Expr* e) {
    switch (e->kind) {
    case ExprKind::Unary: {
        const auto& u = e->as<UnaryExpr>();
        if ((u.op == UnaryOp::Neg || u.op == UnaryOp::BitNot) && u.operand->type->isInteger()) {
            IntValue v = evalInt(u.operand.get());
            return {normalize(u.op == UnaryOp::Neg ? 0 - v.u : ~v.u, u.type), v.undef};
        }
        if (u.op == UnaryOp::LogNot && isBitsType(u.operand->type)) { // as evalUnary: undefined stays so
            IntValue v = evalInt(u.operand.get());
            return {v.u != 0 ? 0u : 1u, v.undef};
        }
        break;
    }
    case ExprKind::Binary: {
        const auto& b = e->as<BinaryExpr>();
        if (b.op == BinaryOp::LogAnd)
            return {evalCondition(b.lhs.get()) && evalCondition(b.rhs.get()) ? 1u : 0u, false};
        if (b.op == BinaryOp::LogOr)
            return {evalCondition(b.lhs.get()) || evalCondition(b.rhs.get()) ? 1u : 0u, false};
        break;
    }
    case ExprKind::Member: { // as evalOperand's load, without a pointer's provenance
        Value address = evalAddress(e);
        m_loc = e->loc;
        return loadInt(address, e->type);
    }
    case ExprKind::Cast: {
        const auto& c = e->as<CastExpr>();
        // Casts that keep the bits (as evalCast): between pointers, an integer to a pointer, or qualifiers.
        if ((c.castKind == CastKind::BitCast || c.castKind == CastKind::IntegralToPointer ||
             c.castKind == CastKind::NoOp) &&
            isBitsType(c.operand->type))
            return evalInt(c.operand.get());
        break;
    }
    default: break;
    }
    Value v = eval(e);
    return {v.u, v.undef};
}

} // namespace memviz::engine
