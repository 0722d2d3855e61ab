// Run-length coding of byte strings as (value, varint length) pairs: shadow bytes, memset or freshly mapped
// memory. Checkpoint pages code their shadow this way and, when that is shorter, their bytes; step records
// code the XOR of the old and the new shadow (and of the old and the new bytes, when that is shorter) of a
// changed span, which are applied by XOR in either direction.
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
// As putRuns and putRunsUpTo for the string a[i] ^ b[i] (not materialized).
std::uint8_t* putXorRuns(std::uint8_t* out, const std::uint8_t* a, const std::uint8_t* b, std::uint64_t size);
std::uint8_t* putXorRunsUpTo(std::uint8_t* out, const std::uint8_t* a, const std::uint8_t* b, std::uint64_t size,
                             std::uint64_t maxRuns, std::uint64_t& runs);
// XORs runs that cover `size` bytes into `out` (runs of zero leave their bytes alone).
void xorRuns(const std::uint8_t* runs, std::uint8_t* out, std::uint64_t size);
// out[i] = a[i] ^ b[i] for i < size (out may be a or b).
void xorBytes(std::uint8_t* out, const std::uint8_t* a, const std::uint8_t* b, std::uint64_t size);
// Expands runs that cover `size` bytes into `out`.
void expandRuns(const std::uint8_t* runs, std::uint8_t* out, std::uint64_t size);
// The byte after runs that cover `size` bytes.
const std::uint8_t* skipRuns(const std::uint8_t* runs, std::uint64_t size);

} // namespace memviz::trace
