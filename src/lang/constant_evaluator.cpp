// Constant evaluation for Sema: integer constant expressions (array sizes, case labels, enum values) and
// static initializers (arithmetic constants, folded; or address constants: &global, arrays, functions,
// string literals, plus or minus a constant), with C's wrap-around on the expression's type.
#include "lang/sema.h"

#include <cmath>

namespace memviz::lang {

namespace {

struct ConstValue {
    enum class Kind : std::uint8_t { None, Int, Float, Address };
    Kind kind = Kind::None;
    std::uint64_t bits = 0;
    double real = 0;
};

std::uint64_t fit(std::uint64_t bits, const Type* type) {
    if (type->kind == TypeKind::Bool) return bits != 0;
    unsigned width = static_cast<unsigned>(type->size * 8);
    if (width >= 64 || width == 0) return bits;
    std::uint64_t mask = (std::uint64_t{1} << width) - 1;
    bits &= mask;
    if (type->isSigned() && ((bits >> (width - 1)) & 1)) bits |= ~mask;
    return bits;
}

ConstValue makeInt(std::uint64_t bits, const Type* type) { return {ConstValue::Kind::Int, fit(bits, type), 0}; }
ConstValue makeFloat(double v, const Type* type) {
    return {ConstValue::Kind::Float, 0, type->kind == TypeKind::Float ? static_cast<double>(static_cast<float>(v)) : v};
}
constexpr ConstValue none{};
constexpr ConstValue address{ConstValue::Kind::Address, 0, 0};

class Evaluator {
public:
    // allowAddresses: static initializers may use address constants; integer constant expressions may not.
    explicit Evaluator(bool allowAddresses) : m_allowAddresses(allowAddresses) {}

    ConstValue eval(const Expr& e) {
        switch (e.kind) {
        case ExprKind::IntConst: return {ConstValue::Kind::Int, e.as<IntConstExpr>().value, 0};
        case ExprKind::FloatConst: return {ConstValue::Kind::Float, 0, e.as<FloatConstExpr>().value};
        case ExprKind::Cast: return evalCast(e.as<CastExpr>());
        case ExprKind::Unary: return evalUnary(e.as<UnaryExpr>());
        case ExprKind::Binary: return evalBinary(e.as<BinaryExpr>());
        case ExprKind::Conditional: {
            const auto& c = e.as<ConditionalExpr>();
            ConstValue cond = eval(*c.cond);
            if (cond.kind == ConstValue::Kind::None) return none;
            bool truth = cond.kind == ConstValue::Kind::Float ? cond.real != 0 : cond.kind == ConstValue::Kind::Address || cond.bits != 0;
            return eval(truth ? *c.thenExpr : *c.elseExpr);
        }
        default: return none;
        }
    }

private:
    // The address of a static object (for &x, arrays, members of static objects).
    bool isStaticLvalue(const Expr& e) {
        switch (e.kind) {
        case ExprKind::VarRef: return e.as<VarRefExpr>().var->hasStaticStorage();
        case ExprKind::StringLit: return true;
        case ExprKind::CompoundLiteral: return e.as<CompoundLiteralExpr>().var->hasStaticStorage();
        case ExprKind::Member: {
            const auto& m = e.as<MemberExpr>();
            return m.base->isLvalue && isStaticLvalue(*m.base);
        }
        case ExprKind::Unary:
            return e.as<UnaryExpr>().op == UnaryOp::Deref && eval(*e.as<UnaryExpr>().operand).kind == ConstValue::Kind::Address;
        default: return false;
        }
    }

    ConstValue evalCast(const CastExpr& c) {
        if (c.castKind == CastKind::ArrayToPointer)
            return m_allowAddresses && isStaticLvalue(*c.operand) ? address : none;
        if (c.castKind == CastKind::FunctionToPointer)
            return m_allowAddresses && c.operand->kind == ExprKind::FuncRef ? address : none;
        ConstValue v = eval(*c.operand);
        if (v.kind == ConstValue::Kind::None) return none;
        const Type* to = c.type;
        if (v.kind == ConstValue::Kind::Address) {
            if (to->isPointer() || (to->isInteger() && to->size == 8)) return address;
            return none;
        }
        if (to->isVoid()) return none;
        if (to->isBool()) return makeInt(v.kind == ConstValue::Kind::Float ? v.real != 0 : v.bits != 0, to);
        if (to->isInteger() || to->isPointer()) {
            if (v.kind == ConstValue::Kind::Int) return makeInt(v.bits, to);
            if (!std::isfinite(v.real)) return none;
            if (to->isSigned()) return makeInt(static_cast<std::uint64_t>(static_cast<std::int64_t>(v.real)), to);
            return makeInt(v.real < 0 ? static_cast<std::uint64_t>(static_cast<std::int64_t>(v.real))
                                      : static_cast<std::uint64_t>(v.real), to);
        }
        if (to->isFloating()) {
            if (v.kind == ConstValue::Kind::Float) return makeFloat(v.real, to);
            const Type* from = c.operand->type;
            double d = from->isSigned() ? static_cast<double>(static_cast<std::int64_t>(v.bits)) : static_cast<double>(v.bits);
            return makeFloat(d, to);
        }
        return none;
    }

    ConstValue evalUnary(const UnaryExpr& u) {
        if (u.op == UnaryOp::AddrOf)
            return m_allowAddresses && (isStaticLvalue(*u.operand) || u.operand->kind == ExprKind::FuncRef) ? address : none;
        if (u.op == UnaryOp::Deref) return none;
        ConstValue v = eval(*u.operand);
        if (v.kind == ConstValue::Kind::None) return none;
        if (u.op == UnaryOp::LogNot) {
            if (v.kind == ConstValue::Kind::Address) return makeInt(0, u.type);
            return makeInt(v.kind == ConstValue::Kind::Float ? v.real == 0 : v.bits == 0, u.type);
        }
        if (v.kind == ConstValue::Kind::Address) return none;
        if (v.kind == ConstValue::Kind::Float) {
            if (u.op == UnaryOp::Neg) return makeFloat(-v.real, u.type);
            if (u.op == UnaryOp::Plus) return v;
            return none;
        }
        switch (u.op) {
        case UnaryOp::Plus: return makeInt(v.bits, u.type);
        case UnaryOp::Neg: return makeInt(0 - v.bits, u.type);
        case UnaryOp::BitNot: return makeInt(~v.bits, u.type);
        default: return none;
        }
    }

    ConstValue evalBinary(const BinaryExpr& b) {
        if (b.op == BinaryOp::LogAnd || b.op == BinaryOp::LogOr) {
            ConstValue l = eval(*b.lhs);
            if (l.kind == ConstValue::Kind::None) return none;
            bool lt = l.kind == ConstValue::Kind::Float ? l.real != 0 : l.kind == ConstValue::Kind::Address || l.bits != 0;
            if (b.op == BinaryOp::LogAnd && !lt) return makeInt(0, b.type);
            if (b.op == BinaryOp::LogOr && lt) return makeInt(1, b.type);
            ConstValue r = eval(*b.rhs);
            if (r.kind == ConstValue::Kind::None) return none;
            bool rt = r.kind == ConstValue::Kind::Float ? r.real != 0 : r.kind == ConstValue::Kind::Address || r.bits != 0;
            return makeInt(rt, b.type);
        }
        ConstValue l = eval(*b.lhs);
        ConstValue r = eval(*b.rhs);
        if (l.kind == ConstValue::Kind::None || r.kind == ConstValue::Kind::None) return none;
        if (b.op == BinaryOp::PtrAdd || b.op == BinaryOp::PtrSub)
            return l.kind == ConstValue::Kind::Address && r.kind == ConstValue::Kind::Int ? address : none;
        if (l.kind == ConstValue::Kind::Address || r.kind == ConstValue::Kind::Address) return none;
        if (b.op == BinaryOp::PtrDiff) return none;
        if (l.kind == ConstValue::Kind::Float || r.kind == ConstValue::Kind::Float) return floating(b, l.real, r.real);
        const Type* operandType = b.lhs->type;
        bool isSigned = operandType->isSigned();
        std::uint64_t x = l.bits, y = r.bits;
        auto sx = static_cast<std::int64_t>(x), sy = static_cast<std::int64_t>(y);
        switch (b.op) {
        case BinaryOp::Mul: return makeInt(x * y, b.type);
        case BinaryOp::Div:
        case BinaryOp::Rem:
            if (y == 0) return none;
            if (isSigned) {
                if (sy == -1) return makeInt(b.op == BinaryOp::Div ? 0 - x : 0, b.type);
                return makeInt(static_cast<std::uint64_t>(b.op == BinaryOp::Div ? sx / sy : sx % sy), b.type);
            }
            return makeInt(b.op == BinaryOp::Div ? x / y : x % y, b.type);
        case BinaryOp::Add: return makeInt(x + y, b.type);
        case BinaryOp::Sub: return makeInt(x - y, b.type);
        case BinaryOp::BitAnd: return makeInt(x & y, b.type);
        case BinaryOp::BitXor: return makeInt(x ^ y, b.type);
        case BinaryOp::BitOr: return makeInt(x | y, b.type);
        case BinaryOp::Shl: return y >= b.type->size * 8 ? none : makeInt(x << y, b.type);
        case BinaryOp::Shr:
            if (y >= b.type->size * 8) return none;
            return makeInt(isSigned ? static_cast<std::uint64_t>(sx >> y) : x >> y, b.type);
        case BinaryOp::Lt: return makeInt(isSigned ? sx < sy : x < y, b.type);
        case BinaryOp::Gt: return makeInt(isSigned ? sx > sy : x > y, b.type);
        case BinaryOp::Le: return makeInt(isSigned ? sx <= sy : x <= y, b.type);
        case BinaryOp::Ge: return makeInt(isSigned ? sx >= sy : x >= y, b.type);
        case BinaryOp::Eq: return makeInt(x == y, b.type);
        case BinaryOp::Ne: return makeInt(x != y, b.type);
        default: return none;
        }
    }

    ConstValue floating(const BinaryExpr& b, double x, double y) {
        switch (b.op) {
        case BinaryOp::Mul: return makeFloat(x * y, b.type);
        case BinaryOp::Div: return makeFloat(x / y, b.type);
        case BinaryOp::Add: return makeFloat(x + y, b.type);
        case BinaryOp::Sub: return makeFloat(x - y, b.type);
        case BinaryOp::Lt: return makeInt(x < y, b.type);
        case BinaryOp::Gt: return makeInt(x > y, b.type);
        case BinaryOp::Le: return makeInt(x <= y, b.type);
        case BinaryOp::Ge: return makeInt(x >= y, b.type);
        case BinaryOp::Eq: return makeInt(x == y, b.type);
        case BinaryOp::Ne: return makeInt(x != y, b.type);
        default: return none;
        }
    }

    bool m_allowAddresses;
};

} // namespace

std::optional<std::int64_t> Sema::constantInteger(const Expr& e) const {
    if (!e.type->isInteger()) return std::nullopt;
    Evaluator evaluator(false);
    ConstValue v = evaluator.eval(e);
    if (v.kind != ConstValue::Kind::Int) return std::nullopt;
    return static_cast<std::int64_t>(v.bits);
}

bool Sema::checkStaticInitializer(ExprPtr& e) {
    if (isError(*e)) return false;
    Evaluator evaluator(true);
    ConstValue v = evaluator.eval(*e);
    switch (v.kind) {
    case ConstValue::Kind::Int:
        if (e->type->isPointer() || e->type->isInteger()) e = intConst(v.bits, e->type, e->loc);
        return true;
    case ConstValue::Kind::Float: e = floatConst(v.real, e->type, e->loc); return true;
    case ConstValue::Kind::Address: return true;
    case ConstValue::Kind::None: break;
    }
    error(e->loc, "initializer element is not constant");
    return false;
}

} // namespace memviz::lang
