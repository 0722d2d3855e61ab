// Run-length coding of byte strings as (value, varint length) pairs: shadow bytes, memset or freshly mapped
// memory. Step records code their shadow (and long stretches of equal bytes) this way, checkpoint pages
// their shadow and, when that is shorter, their bytes.
#pragma once

#include <cstdint>

namespace memviz::trace {

// The length of the run of equal bytes at p[0] (at most n, which must be at least 1).
std::uint64_t runLength(const std::uint8_t* p, std::uint64_t n);
// Writes the runs of values[0..size) at `out` (room for 2 * size + 10 bytes) and returns the byte after them.
std::uint8_t* putRuns(std::uint8_t* out, const std::uint8_t* values, std::uint64_t size);
// As putRuns, unless there are more than `maxRuns` runs: then null (having written up to maxRuns + 1 of them).
// `runs` counts the runs written.
std::uint8_t* putRunsUpTo(std::uint8_t* out, const std::uint8_t* values, std::uint64_t size, std::uint64_t maxRuns,
                          std::uint64_t& runs);
// Expands runs that cover `size` bytes into `out`.
void expandRuns(const std::uint8_t* runs, std::uint8_t* out, std::uint64_t size);
// The byte after runs that cover `size` bytes.
const std::uint8_t* skipRuns(const std::uint8_t* runs, std::uint64_t size);

} // namespace memviz::trace
