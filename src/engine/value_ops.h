// Integer and floating-point semantics of gcc on x86-64, on Values: normalization to a type's width and
// signedness (wrap-around), conversions between arithmetic types (x86's cvttsd2si for out-of-range
// floating-to-integer), and comparisons.
#pragma once

#include "engine/value.h"
#include "lang/ast.h"
#include "lang/type.h"

namespace memviz::engine {

// The bits of `bits` as a value of integer/pointer type `type`: truncated, then sign- or zero-extended.
std::uint64_t normalize(std::uint64_t bits, const lang::Type* type);

// C's conversion of `value` from arithmetic/pointer type `from` to `to` (assignment, casts, promotions).
Value convertValue(const Value& value, const lang::Type* from, const lang::Type* to);

// a op b for a comparison operator on operands of type `type` (both already converted to it).
bool compareValues(lang::BinaryOp op, const lang::Type* type, const Value& a, const Value& b);

// Rounds a double to float precision when `type` is float.
inline double roundTo(const lang::Type* type, double value) {
    return type->kind == lang::TypeKind::Float ? static_cast<double>(static_cast<float>(value)) : value;
}

} // namespace memviz::engine
