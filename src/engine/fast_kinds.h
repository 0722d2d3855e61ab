// The compile-time dispatch of the compiled forms' specialized handlers (fast_specialized.h): a node's kind and
// operator, known when it is compiled, select one instance of a handler template, so the handler decides
// nothing per run. forKind and its kin turn a run-time kind or operator into a template argument.
#pragma once

#include "engine/fast_code.h"
#include "lang/ast.h"
#include "lang/type.h"

#include <cstdint>
#include <type_traits>

namespace memviz::engine::fast {

using lang::BinaryOp;
using lang::TypeKind;

template <TypeKind K> using KindTag = std::integral_constant<TypeKind, K>;
template <BinaryOp Op> using OpTag = std::integral_constant<BinaryOp, Op>;

// make(std::integral_constant<E, value>{}) for the one of Values that `value` is, nullptr for any other: a
// run-time enumerator made a template argument, instantiating make for Values only.
template <class E, E... Values, class Make> FastHandler dispatch(E value, Make make) {
    FastHandler result = nullptr;
    ((value == Values ? (result = make(std::integral_constant<E, Values>{}), true) : false) || ...);
    return result;
}

// dispatch over the integer and pointer computeKinds.
template <class Make> FastHandler forKind(TypeKind kind, Make make) {
    using enum TypeKind;
    return dispatch<TypeKind, Bool, Char, SChar, UChar, Short, UShort, Int, UInt, Long, ULong, LongLong, ULongLong,
                    Pointer>(kind, make);
}
// dispatch over the kinds integer arithmetic computes in (int and wider, after the usual conversions).
template <class Make> FastHandler forArithmeticKind(TypeKind kind, Make make) {
    using enum TypeKind;
    return dispatch<TypeKind, Int, UInt, Long, ULong, LongLong, ULongLong>(kind, make);
}
// dispatch over the integer operators other than / and % (integerOperation's).
template <class Make> FastHandler forOperator(BinaryOp op, Make make) {
    using enum BinaryOp;
    return dispatch<BinaryOp, Mul, Add, Sub, BitAnd, BitXor, BitOr, Shl, Shr>(op, make);
}
// dispatch over the comparisons.
template <class Make> FastHandler forComparison(BinaryOp op, Make make) {
    using enum BinaryOp;
    return dispatch<BinaryOp, Lt, Gt, Le, Ge, Eq, Ne>(op, make);
}
constexpr std::uint64_t kindSize(TypeKind kind) {
    switch (kind) {
    case TypeKind::Bool:
    case TypeKind::Char:
    case TypeKind::SChar:
    case TypeKind::UChar: return 1;
    case TypeKind::Short:
    case TypeKind::UShort: return 2;
    case TypeKind::Int:
    case TypeKind::UInt: return 4;
    default: return 8;
    }
}
// x op y for comparison Op, on operands of type T.
template <BinaryOp Op, class T> constexpr bool comparedAs(T x, T y) {
    if constexpr (Op == BinaryOp::Lt) return x < y;
    if constexpr (Op == BinaryOp::Gt) return x > y;
    if constexpr (Op == BinaryOp::Le) return x <= y;
    if constexpr (Op == BinaryOp::Ge) return x >= y;
    if constexpr (Op == BinaryOp::Eq) return x == y;
    if constexpr (Op == BinaryOp::Ne) return x != y;
}
// A comparison of two values' bits, as signed or unsigned 64-bit integers (compareIntegers, decided when compiled).
template <BinaryOp Op, bool Signed> constexpr bool compared(std::uint64_t a, std::uint64_t b) {
    if constexpr (Signed) return comparedAs<Op>(static_cast<std::int64_t>(a), static_cast<std::int64_t>(b));
    return comparedAs<Op>(a, b);
}

} // namespace memviz::engine::fast
