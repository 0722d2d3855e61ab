// HeapMemory: an allocator's direct view of the heap's simulated bytes and shadow: header words in and out,
// shadow kinds painted over ranges (skipped when shadow tracking is off, as in trace replay, where no
// program reads the shadow), and a count of header writes for the cost meter.
#pragma once

#include "core/address.h"
#include "memory/address_space.h"
#include "memory/byte_kind.h"

#include <cstdint>
#include <cstring>

namespace memviz::alloc {

class HeapMemory {
public:
    explicit HeapMemory(memory::AddressSpace& space)
        : m_space(space), m_start(space.heapStart()), m_bytes(space.heapHostBytes()), m_shadow(space.heapHostShadow()) {}

    memory::AddressSpace& space() const { return m_space; }
    core::Address start() const { return m_start; }
    core::Address end() const { return m_space.heapBreak(); }
    bool tracksShadow() const { return m_trackShadow; }
    void trackShadow(bool on) { m_trackShadow = on; }

    std::uint64_t word(core::Address address) const {
        std::uint64_t value;
        std::memcpy(&value, m_bytes + (address - m_start), sizeof value);
        return value;
    }
    void setWord(core::Address address, std::uint64_t value, std::uint32_t& writes) {
        m_space.willChange(address, sizeof value);
        std::memcpy(m_bytes + (address - m_start), &value, sizeof value);
        ++writes;
    }
    void shade(core::Address address, std::uint64_t size, memory::ByteKind kind) {
        if (!m_trackShadow) return;
        m_space.willChange(address, size);
        std::memset(m_shadow + (address - m_start), memory::shadowByte(kind, false), size);
    }
    // True when shadow tracking is off (nothing to compare) or the byte has that kind.
    bool shadowIs(core::Address address, memory::ByteKind kind) const {
        return !m_trackShadow || m_space.kindAt(address) == kind;
    }

private:
    memory::AddressSpace& m_space;
    core::Address m_start;
    std::uint8_t* m_bytes;
    std::uint8_t* m_shadow;
    bool m_trackShadow = true;
};

} // namespace memviz::alloc
