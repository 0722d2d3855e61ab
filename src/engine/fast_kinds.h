// The compile-time dispatch of the compiled forms' specialized handlers (fast_eval.cpp): a node's kind and
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

// make(KindTag<kind>{}) for an integer or pointer computeKind, nullptr for any other kind.
template <class Make> FastHandler forKind(TypeKind kind, Make make) {
    switch (kind) {
    case TypeKind::Bool: return make(KindTag<TypeKind::Bool>{});
    case TypeKind::Char: return make(KindTag<TypeKind::Char>{});
    case TypeKind::SChar: return make(KindTag<TypeKind::SChar>{});
    case TypeKind::UChar: return make(KindTag<TypeKind::UChar>{});
    case TypeKind::Short: return make(KindTag<TypeKind::Short>{});
    case TypeKind::UShort: return make(KindTag<TypeKind::UShort>{});
    case TypeKind::Int: return make(KindTag<TypeKind::Int>{});
    case TypeKind::UInt: return make(KindTag<TypeKind::UInt>{});
    case TypeKind::Long: return make(KindTag<TypeKind::Long>{});
    case TypeKind::ULong: return make(KindTag<TypeKind::ULong>{});
    case TypeKind::LongLong: return make(KindTag<TypeKind::LongLong>{});
    case TypeKind::ULongLong: return make(KindTag<TypeKind::ULongLong>{});
    case TypeKind::Pointer: return make(KindTag<TypeKind::Pointer>{});
    default: return nullptr;
    }
}
// forKind for the kinds integer arithmetic computes in (int and wider, after the usual conversions).
template <class Make> FastHandler forArithmeticKind(TypeKind kind, Make make) {
    switch (kind) {
    case TypeKind::Int: return make(KindTag<TypeKind::Int>{});
    case TypeKind::UInt: return make(KindTag<TypeKind::UInt>{});
    case TypeKind::Long: return make(KindTag<TypeKind::Long>{});
    case TypeKind::ULong: return make(KindTag<TypeKind::ULong>{});
    case TypeKind::LongLong: return make(KindTag<TypeKind::LongLong>{});
    case TypeKind::ULongLong: return make(KindTag<TypeKind::ULongLong>{});
    default: return nullptr;
    }
}
// make(OpTag<op>{}) for an integer operator other than / and % (integerOperation's), nullptr otherwise.
template <BinaryOp Op> using OpTag = std::integral_constant<BinaryOp, Op>;
template <class Make> FastHandler forOperator(BinaryOp op, Make make) {
    switch (op) {
    case BinaryOp::Mul: return make(OpTag<BinaryOp::Mul>{});
    case BinaryOp::Add: return make(OpTag<BinaryOp::Add>{});
    case BinaryOp::Sub: return make(OpTag<BinaryOp::Sub>{});
    case BinaryOp::BitAnd: return make(OpTag<BinaryOp::BitAnd>{});
    case BinaryOp::BitXor: return make(OpTag<BinaryOp::BitXor>{});
    case BinaryOp::BitOr: return make(OpTag<BinaryOp::BitOr>{});
    case BinaryOp::Shl: return make(OpTag<BinaryOp::Shl>{});
    case BinaryOp::Shr: return make(OpTag<BinaryOp::Shr>{});
    default: return nullptr;
    }
}
template <class Make> FastHandler forComparison(BinaryOp op, Make make) {
    switch (op) {
    case BinaryOp::Lt: return make(OpTag<BinaryOp::Lt>{});
    case BinaryOp::Gt: return make(OpTag<BinaryOp::Gt>{});
    case BinaryOp::Le: return make(OpTag<BinaryOp::Le>{});
    case BinaryOp::Ge: return make(OpTag<BinaryOp::Ge>{});
    case BinaryOp::Eq: return make(OpTag<BinaryOp::Eq>{});
    case BinaryOp::Ne: return make(OpTag<BinaryOp::Ne>{});
    default: return nullptr;
    }
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
template <BinaryOp Op, bool Signed> constexpr bool compared(std::uint64_t a, std::uint64_t b) {
    if constexpr (Signed) {
        auto x = static_cast<std::int64_t>(a), y = static_cast<std::int64_t>(b);
        if constexpr (Op == BinaryOp::Lt) return x < y;
        if constexpr (Op == BinaryOp::Gt) return x > y;
        if constexpr (Op == BinaryOp::Le) return x <= y;
        if constexpr (Op == BinaryOp::Ge) return x >= y;
        if constexpr (Op == BinaryOp::Eq) return x == y;
        if constexpr (Op == BinaryOp::Ne) return x != y;
    } else {
        if constexpr (Op == BinaryOp::Lt) return a < b;
        if constexpr (Op == BinaryOp::Gt) return a > b;
        if constexpr (Op == BinaryOp::Le) return a <= b;
        if constexpr (Op == BinaryOp::Ge) return a >= b;
        if constexpr (Op == BinaryOp::Eq) return a == b;
        if constexpr (Op == BinaryOp::Ne) return a != b;
    }
}

} // namespace memviz::engine::fast
