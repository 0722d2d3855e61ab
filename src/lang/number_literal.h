// Conversion of a pp-number spelling ("42", "0x1fUL", "1.5e3f", "0x1p-3") into a typed constant, with
// C's rules for the type of an integer constant on LP64.
#pragma once

#include "lang/type.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace memviz::lang {

struct NumberLiteral {
    bool ok = false;
    std::string error;   // gcc's message when !ok
    std::string warning; // e.g. "integer constant is so large that it is unsigned"
    TypeKind type = TypeKind::Int;
    std::uint64_t intValue = 0;
    double floatValue = 0; // for Float, Double, LongDouble (float values already rounded to float)
    bool isFloating() const { return type == TypeKind::Float || type == TypeKind::Double || type == TypeKind::LongDouble; }
};

NumberLiteral parseNumber(std::string_view spelling);

} // namespace memviz::lang
