// ByteArena: append-only storage for runs of bytes (the packed groups of the heap-op table and the metric
// series). Each append lands contiguous in one chunk and keeps its address for the arena's lifetime (chunks
// never move), so callers hold plain pointers to what they appended. A chunk's pages are touched only as bytes
// arrive.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <span>
#include <vector>

namespace memviz::trace {

class ByteArena {
public:
    static constexpr std::size_t kChunk = std::size_t{64} << 10;

    // Copies `bytes` in and returns where they now are.
    const std::uint8_t* append(std::span<const std::uint8_t> bytes) {
        if (m_chunks.empty() || m_chunkSize - m_used < bytes.size()) {
            m_chunkSize = std::max(kChunk, bytes.size());
            m_chunks.emplace_back(new std::uint8_t[m_chunkSize]); // uninitialized: untouched pages cost nothing
            m_held += m_used; // the rest of the previous chunk stays unused
            m_used = 0;
        }
        std::uint8_t* at = m_chunks.back().get() + m_used;
        if (!bytes.empty()) std::memcpy(at, bytes.data(), bytes.size());
        m_used += bytes.size();
        return at;
    }
    // Bytes appended (what the arena holds, give or take the tail of each full chunk).
    std::size_t bytesHeld() const { return m_held + m_used + m_chunks.capacity() * sizeof(void*); }

private:
    std::vector<std::unique_ptr<std::uint8_t[]>> m_chunks;
    std::size_t m_chunkSize = 0; // of the last chunk
    std::size_t m_used = 0;      // bytes of the last chunk in use
    std::size_t m_held = 0;      // bytes in use in the chunks before the last
};

} // namespace memviz::trace
