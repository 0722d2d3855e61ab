// SourceLoc: a 1-based line and column in a named file (line 0 means "no location").
#pragma once

#include <cstdint>

namespace memviz::core {

struct SourceLoc {
    std::uint32_t line = 0;
    std::uint32_t column = 0;

    constexpr bool valid() const { return line != 0; }
    friend constexpr bool operator==(SourceLoc, SourceLoc) = default;
};

} // namespace memviz::core
