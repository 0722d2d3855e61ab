// Integer and floating-point semantics of gcc on x86-64, on Values: normalization to a type's width and
// signedness (wrap-around), conversions between arithmetic types (x86's cvttsd2si for out-of-range
// floating-to-integer), and comparisons. What the evaluator does per node is inline here.
#pragma once

#include "engine/value.h"
#include "lang/ast.h"
#include "lang/type.h"

namespace memviz::engine {

// The bytes an object of `type` covers as a pointer's provenance: its size, at least 1 (an empty struct, a
// zero-length array still has an address).
inline std::uint64_t objectSize(const lang::Type* type) { return type->size > 0 ? type->size : 1; }

// The integer kind `type` computes with (an enum's underlying int or unsigned int), inline for the hot paths.
inline lang::TypeKind computeKind(const lang::Type* type) {
    if (type->kind != lang::TypeKind::Enum) return type->kind;
    return type->enumInfo->isUnsigned ? lang::TypeKind::UInt : lang::TypeKind::Int;
}

// A signed integer kind (plain char is signed); isSignedInteger is Type::isSigned, inline.
constexpr bool isSignedKind(lang::TypeKind kind) {
    using lang::TypeKind;
    switch (kind) {
    case TypeKind::Char:
    case TypeKind::SChar:
    case TypeKind::Short:
    case TypeKind::Int:
    case TypeKind::Long:
    case TypeKind::LongLong: return true;
    default: return false;
    }
}
inline bool isSignedInteger(const lang::Type* type) { return isSignedKind(computeKind(type)); }

// The bits of `bits` as a value of integer/pointer type `type` (of computeKind `kind`): truncated, then sign- or
// zero-extended.
inline std::uint64_t normalizeKind(std::uint64_t bits, lang::TypeKind kind) {
    using lang::TypeKind;
    switch (kind) {
    case TypeKind::Bool: return bits != 0;
    case TypeKind::Char:
    case TypeKind::SChar: return static_cast<std::uint64_t>(static_cast<std::int64_t>(static_cast<std::int8_t>(bits)));
    case TypeKind::UChar: return static_cast<std::uint8_t>(bits);
    case TypeKind::Short: return static_cast<std::uint64_t>(static_cast<std::int64_t>(static_cast<std::int16_t>(bits)));
    case TypeKind::UShort: return static_cast<std::uint16_t>(bits);
    case TypeKind::Int: return static_cast<std::uint64_t>(static_cast<std::int64_t>(static_cast<std::int32_t>(bits)));
    case TypeKind::UInt: return static_cast<std::uint32_t>(bits);
    default: return bits;
    }
}
inline std::uint64_t normalize(std::uint64_t bits, const lang::Type* type) {
    return normalizeKind(bits, computeKind(type));
}

// a op b for an integer operator other than / and % (see Machine::integerDivision), operands and result of an
// integer type of computeKind `kind` and `size` bytes; the result's bits before normalization.
inline std::uint64_t integerOperation(lang::BinaryOp op, lang::TypeKind kind, std::uint64_t size, std::uint64_t a,
                                      std::uint64_t b) {
    using lang::BinaryOp;
    switch (op) {
    case BinaryOp::Mul: return a * b;
    case BinaryOp::Add: return a + b;
    case BinaryOp::Sub: return a - b;
    case BinaryOp::BitAnd: return a & b;
    case BinaryOp::BitXor: return a ^ b;
    case BinaryOp::BitOr: return a | b;
    case BinaryOp::Shl:
    case BinaryOp::Shr: {
        unsigned count = static_cast<unsigned>(b & (size == 8 ? 63 : 31)); // as x86 masks the count
        if (op == BinaryOp::Shl) return a << count;
        return isSignedKind(kind) ? static_cast<std::uint64_t>(static_cast<std::int64_t>(a) >> count) : a >> count;
    }
    default: return 0;
    }
}

Value convertValueSlow(const Value& value, const lang::Type* from, const lang::Type* to);

// C's conversion of `value` from arithmetic/pointer type `from` to `to` (assignment, casts, promotions).
// Integer to integer (the usual promotions) inline; the rest out of line.
inline Value convertValue(const Value& value, const lang::Type* from, const lang::Type* to) {
    using lang::TypeKind;
    auto plainInteger = [](TypeKind kind) {
        return (kind >= TypeKind::Char && kind <= TypeKind::ULongLong) || kind == TypeKind::Enum;
    };
    if (plainInteger(from->kind) && plainInteger(to->kind)) {
        Value result = Value::bits(normalize(value.u, to));
        result.undef = value.undef;
        return result;
    }
    return convertValueSlow(value, from, to);
}

// a op b for a comparison operator on integer operands of type `type` (both already converted to it).
inline bool compareIntegers(lang::BinaryOp op, const lang::Type* type, std::uint64_t a, std::uint64_t b) {
    using lang::BinaryOp;
    if (isSignedInteger(type)) {
        auto x = static_cast<std::int64_t>(a), y = static_cast<std::int64_t>(b);
        switch (op) {
        case BinaryOp::Lt: return x < y;
        case BinaryOp::Gt: return x > y;
        case BinaryOp::Le: return x <= y;
        case BinaryOp::Ge: return x >= y;
        case BinaryOp::Eq: return x == y;
        default: return x != y;
        }
    }
    switch (op) {
    case BinaryOp::Lt: return a < b;
    case BinaryOp::Gt: return a > b;
    case BinaryOp::Le: return a <= b;
    case BinaryOp::Ge: return a >= b;
    case BinaryOp::Eq: return a == b;
    default: return a != b;
    }
}

// a op b for a comparison operator on operands of type `type` (both already converted to it).
inline bool compareValues(lang::BinaryOp op, const lang::Type* type, const Value& a, const Value& b) {
    using lang::BinaryOp;
    if (type->isFloating()) {
        switch (op) {
        case BinaryOp::Lt: return a.d < b.d;
        case BinaryOp::Gt: return a.d > b.d;
        case BinaryOp::Le: return a.d <= b.d;
        case BinaryOp::Ge: return a.d >= b.d;
        case BinaryOp::Eq: return a.d == b.d;
        default: return a.d != b.d;
        }
    }
    return compareIntegers(op, type, a.u, b.u);
}

// Integers, and pointers where only their bits matter (a condition, a comparison): evalInt's types.
inline bool isBitsType(const lang::Type* type) { return type->isInteger() || type->isPointer(); }

// Integer arithmetic and comparisons of integers or pointers: evalIntBinary does them on IntValues.
// (Arithmetic operands have the result's type, shifts' operands are promoted integers.)
inline bool isIntegerBinary(const lang::BinaryExpr& b) {
    using lang::BinaryOp;
    if (b.op <= BinaryOp::Shr) return b.type->isInteger();
    if (b.op <= BinaryOp::Ne) return isBitsType(b.lhs->type) && isBitsType(b.rhs->type);
    return false;
}

// Rounds a double to float precision when `type` is float.
inline double roundTo(const lang::Type* type, double value) {
    return type->kind == lang::TypeKind::Float ? static_cast<double>(static_cast<float>(value)) : value;
}

} // namespace memviz::engine
