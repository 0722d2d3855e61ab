// HistoryLog: chunked append-only storage; records are length-prefixed and never span chunks.
#include "trace/history_log.h"

#include <algorithm>
#include <cstring>

namespace memviz::trace {

std::uint64_t HistoryLog::append(std::span<const std::uint8_t> record) {
    if (record.empty()) return kNone;
    std::uint8_t length[10];
    std::size_t lengthBytes = 0;
    for (std::uint64_t v = record.size();; v >>= 7) {
        length[lengthBytes++] = static_cast<std::uint8_t>((v & 0x7f) | (v >= 0x80 ? 0x80 : 0));
        if (v < 0x80) break;
    }
    std::size_t need = lengthBytes + record.size();
    if (m_chunks.empty() || m_chunks.back().data.capacity() - m_chunks.back().used < need ||
        m_chunks.back().used >= (std::size_t{1} << kOffsetBits)) {
        Chunk chunk;
        chunk.data = memory::ReservedMemory(std::max(kChunk, need));
        m_chunks.push_back(std::move(chunk));
    }
    Chunk& chunk = m_chunks.back();
    std::uint64_t offset = (static_cast<std::uint64_t>(m_chunks.size() - 1) << kOffsetBits) | chunk.used;
    std::memcpy(chunk.data.data() + chunk.used, length, lengthBytes);
    std::memcpy(chunk.data.data() + chunk.used + lengthBytes, record.data(), record.size());
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

std::uint64_t getVarint(const std::uint8_t*& in) {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        std::uint8_t byte = *in++;
        value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
        if ((byte & 0x80) == 0) break;
    }
    return value;
}

} // namespace memviz::trace
