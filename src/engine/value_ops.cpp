// gcc x86-64 integer and floating-point conversions and comparisons on Values.
#include "engine/value_ops.h"

#include "lang/ast.h"

#include <cmath>
#include <cstdint>
#include <limits>

namespace memviz::engine {

using namespace memviz::lang;

namespace {

// cvttsd2si with a 64-bit destination: out of range or NaN gives the "integer indefinite" 0x8000...
std::int64_t truncate64(double d) {
    if (std::isnan(d) || d >= 9223372036854775808.0 || d < -9223372036854775808.0)
        return std::numeric_limits<std::int64_t>::min();
    return static_cast<std::int64_t>(d);
}

std::int32_t truncate32(double d) {
    if (std::isnan(d) || d >= 2147483648.0 || d <= -2147483649.0) return std::numeric_limits<std::int32_t>::min();
    return static_cast<std::int32_t>(d);
}

std::uint64_t floatingToIntegral(double d, const Type* to) {
    TypeKind kind = to->integerKind();
    bool isSigned = to->isInteger() && to->isSigned();
    if (kind == TypeKind::Bool) return d != 0;
    if (to->size == 8) {
        if (isSigned || to->isPointer()) return static_cast<std::uint64_t>(truncate64(d));
        // gcc: values from 2^63 up are converted after subtracting 2^63.
        if (d >= 9223372036854775808.0 && d < 18446744073709551616.0)
            return static_cast<std::uint64_t>(truncate64(d - 9223372036854775808.0)) ^ (std::uint64_t{1} << 63);
        return static_cast<std::uint64_t>(truncate64(d));
    }
    if (to->size == 4 && !isSigned) return normalize(static_cast<std::uint64_t>(truncate64(d)), to);
    return normalize(static_cast<std::uint64_t>(static_cast<std::int64_t>(truncate32(d))), to);
}

} // namespace

namespace {

Value convertBits(const Value& value, const Type* from, const Type* to) {
    if (to->isVoid() || to->isRecord() || to->isArray()) return value;
    if (to->isBool()) return Value::bits(from->isFloating() ? value.d != 0 : value.u != 0);
    if (to->isFloating()) {
        if (from->isFloating()) return Value::real(roundTo(to, value.d));
        bool isSigned = from->isInteger() && from->isSigned();
        if (to->kind == TypeKind::Float)
            return Value::real(isSigned ? static_cast<double>(static_cast<float>(value.i))
                                        : static_cast<double>(static_cast<float>(value.u)));
        return Value::real(isSigned ? static_cast<double>(value.i) : static_cast<double>(value.u));
    }
    if (from->isFloating()) return Value::bits(floatingToIntegral(value.d, to));
    if (to->isPointer()) {
        Value r = value;
        if (!from->isPointer()) r.prov = {};
        return r;
    }
    return Value::bits(normalize(value.u, to));
}

} // namespace

Value convertValueSlow(const Value& value, const Type* from, const Type* to) {
    Value result = convertBits(value, from, to);
    result.undef = value.undef;
    return result;
}

} // namespace memviz::engine
