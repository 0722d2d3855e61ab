// HistoryLog: the append-only byte log of a run's step records, kept in large chunks so that growing it never
// copies what is already there; plus the varint helpers the records are written with.
#pragma once

#include "memory/reserved_memory.h"

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace memviz::trace {

class HistoryLog {
public:
    static constexpr std::uint64_t kNone = (std::uint64_t{1} << 40) - 1; // the offset of an empty record (40 bits)

    // Appends one record and returns where it starts.
    std::uint64_t append(std::span<const std::uint8_t> record);
    // The record that starts at `offset` (kNone: empty).
    std::span<const std::uint8_t> record(std::uint64_t offset) const;
    std::uint64_t bytes() const { return m_bytes; }

private:
    static constexpr std::size_t kChunk = 8u << 20; // offsets: chunk << 23 | offset in the chunk
    static constexpr int kOffsetBits = 23;
    struct Chunk {
        memory::ReservedMemory data; // pages committed as records arrive (huge pages where the host has them)
        std::size_t used = 0;
    };
    std::vector<Chunk> m_chunks;
    std::uint64_t m_bytes = 0;
};

void putVarint(std::vector<std::uint8_t>& out, std::uint64_t value);
// Writes `value` at `out` (room for 10 bytes) and returns the byte after it.
inline std::uint8_t* putVarint(std::uint8_t* out, std::uint64_t value) {
    while (value >= 0x80) {
        *out++ = static_cast<std::uint8_t>(value | 0x80);
        value >>= 7;
    }
    *out++ = static_cast<std::uint8_t>(value);
    return out;
}
// Reads a varint at `in` and moves `in` past it (one byte, the common case, without a loop).
inline std::uint64_t getVarint(const std::uint8_t*& in) {
    std::uint8_t first = *in++;
    if (first < 0x80) return first;
    std::uint64_t value = first & 0x7f;
    for (int shift = 7; shift < 64; shift += 7) {
        std::uint8_t byte = *in++;
        value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
        if ((byte & 0x80) == 0) break;
    }
    return value;
}
inline std::uint64_t zigzag(std::int64_t value) {
    return (static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63);
}
inline std::int64_t unzigzag(std::uint64_t value) {
    return static_cast<std::int64_t>(value >> 1) ^ -static_cast<std::int64_t>(value & 1);
}

} // namespace memviz::trace
