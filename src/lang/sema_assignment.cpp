// Sema for assignments (simple and compound), the conditional operator, the comma, casts and sizeof.
#include "lang/ast_printer.h"
#include "lang/sema.h"

namespace memviz::lang {

// ---------------------------------------------------------------------------------------------- assignment

ExprPtr Sema::assign(ExprPtr lhs, ExprPtr rhs, core::SourceLoc loc) {
    if (isError(*lhs)) return lhs;
    if (isError(*rhs)) return rhs;
    if (!checkModifiable(*lhs, loc, "lvalue required as left operand of assignment", "assignment"))
        return errorExpr(loc);
    const Type* t = lhs->type->unqualified;
    core::SourceLoc rhsLoc = rhs->loc; // gcc points at the value for conversion problems
    rhs = assignConvert(std::move(rhs), t, {ConversionSite::Kind::Assignment, {}, 0}, rhsLoc);
    if (isError(*rhs)) return rhs;
    auto e = std::make_unique<AssignExpr>(std::move(lhs), std::move(rhs));
    e->type = t;
    e->loc = loc;
    return finish(std::move(e));
}

ExprPtr Sema::compoundAssign(BinaryOp op, ExprPtr lhs, ExprPtr rhs, core::SourceLoc loc) {
    if (isError(*lhs)) return lhs;
    if (isError(*rhs)) return rhs;
    if (!checkModifiable(*lhs, loc, "lvalue required as left operand of assignment", "assignment"))
        return errorExpr(loc);
    rhs = decay(std::move(rhs));
    const Type* lt = lhs->type;
    const Type* rt = rhs->type;
    const Type* computation = nullptr;
    std::uint64_t elementSize = 0;
    if ((op == BinaryOp::Add || op == BinaryOp::Sub) && lt->isPointer() && rt->isInteger()) {
        const Type* base = lt->base;
        if (!base->isVoid() && !base->isFunction() && !base->isComplete()) {
            error(loc, "arithmetic on pointer to an incomplete type");
            return errorExpr(loc);
        }
        op = op == BinaryOp::Add ? BinaryOp::PtrAdd : BinaryOp::PtrSub;
        elementSize = base->isVoid() || base->isFunction() ? 1 : base->size;
        computation = lt->unqualified;
        rhs = convert(std::move(rhs), m_types.longType());
    } else {
        bool integerOnly = op == BinaryOp::Rem || op == BinaryOp::BitAnd || op == BinaryOp::BitOr ||
                           op == BinaryOp::BitXor || op == BinaryOp::Shl || op == BinaryOp::Shr;
        bool ok = integerOnly ? lt->isInteger() && rt->isInteger() : lt->isArithmetic() && rt->isArithmetic();
        if (!ok) {
            invalidOperands(loc, binaryOpName(op), *lhs, *rhs);
            return errorExpr(loc);
        }
        if (op == BinaryOp::Shl || op == BinaryOp::Shr) {
            computation = promotedType(lt);
            rhs = promote(std::move(rhs));
        } else {
            computation = commonArithmeticType(lt, rt);
            rhs = convert(std::move(rhs), computation);
        }
    }
    auto e = std::make_unique<CompoundAssignExpr>(op, std::move(lhs), std::move(rhs));
    e->computationType = computation;
    e->elementSize = elementSize;
    e->type = lt->unqualified;
    e->loc = loc;
    return finish(std::move(e));
}

// ---------------------------------------------------------------------------------------------- ?: and ,

ExprPtr Sema::conditional(ExprPtr cond, ExprPtr thenExpr, ExprPtr elseExpr, core::SourceLoc loc) {
    cond = condition(std::move(cond));
    thenExpr = decay(std::move(thenExpr));
    elseExpr = decay(std::move(elseExpr));
    if (isError(*cond) || isError(*thenExpr) || isError(*elseExpr)) return errorExpr(loc);
    const Type* a = thenExpr->type;
    const Type* b = elseExpr->type;
    const Type* result = nullptr;
    if (a->isArithmetic() && b->isArithmetic()) {
        result = commonArithmeticType(a, b);
    } else if (a->isVoid() && b->isVoid()) {
        result = m_types.voidType();
    } else if (a->isRecord() && sameType(a, b, true)) {
        result = a->unqualified;
    } else if (a->isPointer() && b->isPointer()) {
        if (isNullPointerConstant(*elseExpr)) result = a;
        else if (isNullPointerConstant(*thenExpr)) result = b;
        else if (a->base->isVoid() || b->base->isVoid()) result = a->base->isVoid() ? a : b;
        else {
            if (!sameType(a->base, b->base, true)) warning(loc, "pointer type mismatch in conditional expression");
            result = a;
        }
        bool c = a->base->isConst || b->base->isConst;
        bool v = a->base->isVolatile || b->base->isVolatile;
        result = m_types.pointerTo(m_types.qualified(result->base, c, v));
    } else if (a->isPointer() && b->isInteger()) {
        if (!isNullPointerConstant(*elseExpr)) warning(loc, "pointer/integer type mismatch in conditional expression");
        result = a;
    } else if (b->isPointer() && a->isInteger()) {
        if (!isNullPointerConstant(*thenExpr)) warning(loc, "pointer/integer type mismatch in conditional expression");
        result = b;
    } else {
        error(loc, "type mismatch in conditional expression");
        return errorExpr(loc);
    }
    auto e = std::make_unique<ConditionalExpr>();
    e->cond = std::move(cond);
    e->thenExpr = result->isVoid() ? std::move(thenExpr) : convert(std::move(thenExpr), result);
    e->elseExpr = result->isVoid() ? std::move(elseExpr) : convert(std::move(elseExpr), result);
    e->type = result->unqualified;
    e->loc = loc;
    return finish(std::move(e));
}

ExprPtr Sema::comma(ExprPtr lhs, ExprPtr rhs, core::SourceLoc loc) {
    if (isError(*lhs)) return lhs;
    if (isError(*rhs)) return rhs;
    rhs = decay(std::move(rhs));
    const Type* t = rhs->type;
    auto e = std::make_unique<CommaExpr>(std::move(lhs), std::move(rhs));
    e->type = t;
    e->loc = loc;
    return finish(std::move(e));
}

// ---------------------------------------------------------------------------------------------- casts, sizeof

ExprPtr Sema::cast(const Type* to, ExprPtr operand, core::SourceLoc loc) {
    if (isError(*operand)) return operand;
    operand = decay(std::move(operand));
    const Type* from = operand->type;
    if (to->isVoid()) {
        auto e = std::make_unique<CastExpr>(CastKind::ToVoid, std::move(operand));
        e->type = m_types.voidType();
        e->loc = loc;
        e->isExplicit = true;
        return finish(std::move(e));
    }
    if (to->isRecord() && sameType(to, from, true)) return convert(std::move(operand), to, true);
    if (!to->isScalar()) {
        error(loc, "conversion to non-scalar type requested");
        return errorExpr(loc);
    }
    if (from->isVoid()) {
        error(loc, "void value not ignored as it ought to be");
        return errorExpr(loc);
    }
    if (!from->isScalar()) {
        error(loc, std::string("aggregate value used where ") +
                       (to->isFloating() ? "a floating-point" : to->isPointer() ? "a pointer" : "an integer") +
                       " was expected");
        return errorExpr(loc);
    }
    if (to->isPointer() && from->isFloating()) {
        error(loc, "cannot convert to a pointer type");
        return errorExpr(loc);
    }
    if (to->isFloating() && from->isPointer()) {
        error(loc, "pointer value used where a floating-point was expected");
        return errorExpr(loc);
    }
    ExprPtr e = convert(std::move(operand), to, true);
    e->loc = loc;
    e->isLvalue = false;
    return e;
}

ExprPtr Sema::sizeOf(const Type* type, core::SourceLoc loc, bool isAlignof) {
    const char* what = isAlignof ? "_Alignof" : "sizeof";
    if (type->isFunction()) {
        warning(loc, std::string("invalid application of '") + what + "' to a function type");
        return intConst(1, m_types.sizeType(), loc);
    }
    if (type->isVoid()) {
        warning(loc, std::string("invalid application of '") + what + "' to a void type");
        return intConst(1, m_types.sizeType(), loc);
    }
    if (!type->isComplete()) {
        error(loc, std::string("invalid application of '") + what + "' to incomplete type '" + typeName(type) + "'");
        return errorExpr(loc);
    }
    return intConst(isAlignof ? type->align : type->size, m_types.sizeType(), loc);
}

ExprPtr Sema::sizeOfExpr(ExprPtr operand, core::SourceLoc loc) {
    if (isError(*operand)) return operand;
    return sizeOf(operand->type, loc);
}

} // namespace memviz::lang
