// HistoryLog: chunked append-only storage; records are length-prefixed and never span chunks.
#include "trace/history_log.h"

#include <algorithm>
#include <cstring>

namespace memviz::trace {

std::uint64_t HistoryLog::append(std::span<const std::uint8_t> record) {
    if (record.empty()) return kNone;
    std::size_t lengthBytes = 1;
    for (std::uint64_t v = record.size(); v >= 0x80; v >>= 7) ++lengthBytes;
    std::size_t need = lengthBytes + record.size();
    if (m_chunks.empty() || m_chunks.back().data.capacity() - m_chunks.back().used < need ||
        m_chunks.back().used >= (std::size_t{1} << kOffsetBits)) {
        Chunk chunk;
        chunk.data = memory::ReservedMemory(std::max(kChunk, need), true); // filled in order: huge pages
        m_chunks.push_back(std::move(chunk));
    }
    Chunk& chunk = m_chunks.back();
    std::uint64_t offset = (static_cast<std::uint64_t>(m_chunks.size() - 1) << kOffsetBits) | chunk.used;
    std::uint8_t* at = putVarint(chunk.data.data() + chunk.used, record.size());
    std::memcpy(at, record.data(), record.size());
    chunk.used += need;
    m_bytes += need;
    return offset;
}

std::span<const std::uint8_t> HistoryLog::record(std::uint64_t offset) const {
    if (offset == kNone) return {};
    const Chunk& chunk = m_chunks[offset >> kOffsetBits];
    const std::uint8_t* at = chunk.data.data() + (offset & ((std::uint64_t{1} << kOffsetBits) - 1));
    std::uint64_t size = getVarint(at);
    return {at, static_cast<std::size_t>(size)};
}

void putVarint(std::vector<std::uint8_t>& out, std::uint64_t value) {
    while (value >= 0x80) {
        out.push_back(static_cast<std::uint8_t>(value | 0x80));
        value >>= 7;
    }
    out.push_back(static_cast<std::uint8_t>(value));
}

} // namespace memviz::trace
