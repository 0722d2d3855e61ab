// parseByteSize: a byte count as users type it on the command line: 1048576, 64K, 8M, 2G, 1T (also KiB,
// MB, ...; binary multiples), for --heap-size and --stack-size.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace memviz::cli {

// The number of bytes, or nullopt for text that is not a size, zero, or more than `max`.
std::optional<std::uint64_t> parseByteSize(std::string_view text, std::uint64_t max);

} // namespace memviz::cli
