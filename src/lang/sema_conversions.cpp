// Sema conversions: decay, integer promotions, usual arithmetic conversions, casts (folded on constants),
// conversion as if by assignment with gcc's errors and warnings, and default argument promotions.
#include "lang/sema.h"

#include <cmath>

namespace memviz::lang {

namespace {

// Truncates `bits` to an integer type of `type` and sign- or zero-extends it back to 64 bits.
std::uint64_t fitInteger(std::uint64_t bits, const Type* type) {
    if (type->kind == TypeKind::Bool) return bits != 0 ? 1 : 0;
    unsigned width = static_cast<unsigned>(type->size * 8);
    if (width >= 64) return bits;
    std::uint64_t mask = (std::uint64_t{1} << width) - 1;
    bits &= mask;
    if (type->isSigned() && (bits >> (width - 1)) & 1) bits |= ~mask;
    return bits;
}

CastKind castKindFor(const Type* from, const Type* to) {
    if (to->isVoid()) return CastKind::ToVoid;
    if (to->isBool()) {
        if (from->isFloating()) return CastKind::FloatingToBoolean;
        if (from->isPointer()) return CastKind::PointerToBoolean;
        return CastKind::IntegralToBoolean;
    }
    if (to->isInteger()) {
        if (from->isFloating()) return CastKind::FloatingToIntegral;
        if (from->isPointer()) return CastKind::PointerToIntegral;
        if (from->size == to->size && from->isSigned() == to->isSigned() && !from->isBool()) return CastKind::NoOp;
        return CastKind::IntegralCast;
    }
    if (to->isFloating()) {
        if (from->isFloating()) return from->kind == to->kind ? CastKind::NoOp : CastKind::FloatingCast;
        return CastKind::IntegralToFloating;
    }
    if (to->isPointer()) {
        if (from->isPointer()) return CastKind::BitCast;
        if (from->isArray()) return CastKind::ArrayToPointer;
        if (from->isFunction()) return CastKind::FunctionToPointer;
        return CastKind::IntegralToPointer;
    }
    return CastKind::NoOp;
}

} // namespace

ExprPtr Sema::decay(ExprPtr e) {
    if (!e) return e;
    if (e->type->isArray()) {
        const Type* to = m_types.pointerTo(e->type->base);
        auto cast = std::make_unique<CastExpr>(CastKind::ArrayToPointer, std::move(e));
        cast->type = to;
        cast->loc = cast->operand->loc;
        return finish(std::move(cast));
    }
    if (e->type->isFunction()) {
        const Type* to = m_types.pointerTo(e->type);
        auto cast = std::make_unique<CastExpr>(CastKind::FunctionToPointer, std::move(e));
        cast->type = to;
        cast->loc = cast->operand->loc;
        return finish(std::move(cast));
    }
    return e;
}

const Type* Sema::promotedType(const Type* t) const {
    if (t->kind == TypeKind::Enum) return m_types.basic(t->integerKind());
    if (t->isInteger() && integerRank(t->kind) < integerRank(TypeKind::Int)) return m_types.intType();
    return t->unqualified;
}

ExprPtr Sema::promote(ExprPtr e) {
    e = decay(std::move(e));
    if (!e->type->isInteger()) return e;
    const Type* to = promotedType(e->type); // before the move: argument order is unspecified (clang: left first)
    return convert(std::move(e), to);
}

const Type* Sema::commonArithmeticType(const Type* a, const Type* b) const {
    if (a->kind == TypeKind::LongDouble || b->kind == TypeKind::LongDouble) return m_types.basic(TypeKind::LongDouble);
    if (a->kind == TypeKind::Double || b->kind == TypeKind::Double) return m_types.doubleType();
    if (a->kind == TypeKind::Float || b->kind == TypeKind::Float) return m_types.basic(TypeKind::Float);
    a = promotedType(a);
    b = promotedType(b);
    if (a->kind == b->kind) return a;
    if (a->isSigned() == b->isSigned()) return integerRank(a->kind) >= integerRank(b->kind) ? a : b;
    const Type* u = a->isSigned() ? b : a;
    const Type* s = a->isSigned() ? a : b;
    if (integerRank(u->kind) >= integerRank(s->kind)) return u;
    if (s->size > u->size) return s;
    switch (s->kind) { // the unsigned type corresponding to the signed one
    case TypeKind::Long: return m_types.basic(TypeKind::ULong);
    case TypeKind::LongLong: return m_types.basic(TypeKind::ULongLong);
    default: return m_types.uintType();
    }
}

bool Sema::isNullPointerConstant(const Expr& e) {
    const Expr* x = &e;
    // (void *)0 is one too
    if (x->kind == ExprKind::Cast && x->type->isPointer() && x->type->base->isVoid() && !x->type->base->isQualified())
        x = x->as<CastExpr>().operand.get();
    return x->kind == ExprKind::IntConst && x->type->isInteger() && x->as<IntConstExpr>().value == 0;
}

ExprPtr Sema::convert(ExprPtr e, const Type* to, bool isExplicit) {
    if (isError(*e)) return e;
    const Type* from = e->type;
    if (!isExplicit && sameType(from, to, true) && !from->isArray() && !from->isFunction()) return e;
    CastKind kind = castKindFor(from, to);
    const Type* result = to->unqualified;
    // Fold conversions of constants, so `char c = 'a'` and `-1` stay plain constants.
    if (e->kind == ExprKind::IntConst && (to->isInteger() || to->isFloating())) {
        std::uint64_t bits = e->as<IntConstExpr>().value;
        if (to->isInteger()) return intConst(fitInteger(bits, to), result, e->loc);
        double v = from->isSigned() ? static_cast<double>(static_cast<std::int64_t>(bits)) : static_cast<double>(bits);
        return floatConst(to->kind == TypeKind::Float ? static_cast<float>(v) : v, result, e->loc);
    }
    if (e->kind == ExprKind::FloatConst && to->isFloating()) {
        double v = e->as<FloatConstExpr>().value;
        return floatConst(to->kind == TypeKind::Float ? static_cast<float>(v) : v, result, e->loc);
    }
    if (e->kind == ExprKind::FloatConst && to->isBool()) return intConst(e->as<FloatConstExpr>().value != 0, result, e->loc);
    auto cast = std::make_unique<CastExpr>(kind, std::move(e));
    cast->type = result;
    cast->loc = cast->operand->loc;
    cast->isExplicit = isExplicit;
    return finish(std::move(cast));
}

ExprPtr Sema::condition(ExprPtr e) {
    e = decay(std::move(e));
    if (isError(*e)) return e;
    if (e->type->isVoid()) {
        error(e->loc, "void value not ignored as it ought to be");
        return errorExpr(e->loc);
    }
    if (!e->type->isScalar()) {
        error(e->loc, "used " + std::string(e->type->kind == TypeKind::Union ? "union" : "struct") +
                          " type value where scalar is required");
        return errorExpr(e->loc);
    }
    return e;
}

ExprPtr Sema::defaultArgumentPromotion(ExprPtr e) {
    e = promote(std::move(e));
    if (e->type->kind == TypeKind::Float) return convert(std::move(e), m_types.doubleType());
    return e;
}

namespace {

std::string siteText(const ConversionSite& site, const Type* to, const Type* from) {
    switch (site.kind) {
    case ConversionSite::Kind::Assignment: return "assignment to '" + typeName(to) + "' from '" + typeName(from) + "'";
    case ConversionSite::Kind::Initialization: return "initialization of '" + typeName(to) + "' from '" + typeName(from) + "'";
    case ConversionSite::Kind::Return:
        return "returning '" + typeName(from) + "' from a function with return type '" + typeName(to) + "'";
    case ConversionSite::Kind::Argument:
        return "passing argument " + std::to_string(site.argument) +
               (site.function.empty() ? std::string() : " of '" + site.function + "'");
    }
    return {};
}

std::string siteVerb(const ConversionSite& site) {
    switch (site.kind) {
    case ConversionSite::Kind::Assignment: return "assignment";
    case ConversionSite::Kind::Initialization: return "initialization";
    case ConversionSite::Kind::Return: return "return";
    case ConversionSite::Kind::Argument: return "passing argument " + std::to_string(site.argument) +
                                                 (site.function.empty() ? std::string() : " of '" + site.function + "'");
    }
    return {};
}

} // namespace

ExprPtr Sema::assignConvert(ExprPtr e, const Type* to, const ConversionSite& site, core::SourceLoc loc) {
    e = decay(std::move(e));
    if (isError(*e)) return e;
    const Type* from = e->type;
    if (from->isVoid()) {
        error(loc, "void value not ignored as it ought to be");
        return errorExpr(loc);
    }
    if (to->isArithmetic() && from->isArithmetic()) return convert(std::move(e), to);
    if (to->isRecord() || from->isRecord()) {
        if (sameType(to, from, true)) return e;
        std::string message;
        switch (site.kind) {
        case ConversionSite::Kind::Assignment:
            message = "incompatible types when assigning to type '" + typeName(to) + "' from type '" + typeName(from) + "'";
            break;
        case ConversionSite::Kind::Initialization:
            message = "incompatible types when initializing type '" + typeName(to) + "' using type '" + typeName(from) + "'";
            break;
        case ConversionSite::Kind::Return:
            message = "incompatible types when returning type '" + typeName(from) + "' but '" + typeName(to) + "' was expected";
            break;
        case ConversionSite::Kind::Argument:
            message = "incompatible type for argument " + std::to_string(site.argument) +
                      (site.function.empty() ? std::string() : " of '" + site.function + "'");
            break;
        }
        error(loc, message);
        return errorExpr(loc);
    }
    if (to->isPointer()) {
        if (isNullPointerConstant(*e)) return convert(std::move(e), to);
        if (from->isInteger()) {
            warning(loc, siteText(site, to, from) + " makes pointer from integer without a cast");
            return convert(std::move(e), to);
        }
        if (from->isPointer()) {
            const Type* tp = to->base;
            const Type* fp = from->base;
            bool compatible = tp->isVoid() || fp->isVoid() || sameType(tp, fp, true);
            if (!compatible) {
                std::string message;
                switch (site.kind) {
                case ConversionSite::Kind::Assignment:
                    message = "assignment to '" + typeName(to) + "' from incompatible pointer type '" + typeName(from) + "'";
                    break;
                case ConversionSite::Kind::Initialization:
                    message = "initialization of '" + typeName(to) + "' from incompatible pointer type '" + typeName(from) + "'";
                    break;
                case ConversionSite::Kind::Return:
                    message = "returning '" + typeName(from) + "' from a function with incompatible return type '" +
                              typeName(to) + "'";
                    break;
                case ConversionSite::Kind::Argument: message = siteVerb(site) + " from incompatible pointer type"; break;
                }
                warning(loc, message);
            } else if ((fp->isConst && !tp->isConst) || (fp->isVolatile && !tp->isVolatile)) {
                warning(loc, siteVerb(site) + " discards '" + (fp->isConst && !tp->isConst ? "const" : "volatile") +
                                 "' qualifier from pointer target type");
            }
            return convert(std::move(e), to);
        }
    }
    if (to->isInteger() && from->isPointer()) {
        if (!to->isBool()) warning(loc, siteText(site, to, from) + " makes integer from pointer without a cast");
        return convert(std::move(e), to);
    }
    switch (site.kind) {
    case ConversionSite::Kind::Assignment:
        error(loc, "incompatible types when assigning to type '" + typeName(to) + "' from type '" + typeName(from) + "'");
        break;
    case ConversionSite::Kind::Initialization:
        error(loc, "incompatible types when initializing type '" + typeName(to) + "' using type '" + typeName(from) + "'");
        break;
    case ConversionSite::Kind::Return:
        error(loc, "incompatible types when returning type '" + typeName(from) + "' but '" + typeName(to) + "' was expected");
        break;
    case ConversionSite::Kind::Argument:
        error(loc, "incompatible type for argument " + std::to_string(site.argument) +
                       (site.function.empty() ? std::string() : " of '" + site.function + "'"));
        break;
    }
    return errorExpr(loc);
}

} // namespace memviz::lang
