// Segment: one mapped region of the simulated address space (text, rodata, data, bss, heap or stack),
// with its bytes and one shadow byte per byte.
#pragma once

#include "core/address.h"
#include "memory/byte_kind.h"
#include "memory/reserved_memory.h"

#include <cstdint>
#include <string_view>

namespace memviz::memory {

enum class SegmentKind : std::uint8_t { Text, Rodata, Data, Bss, Heap, Stack };

std::string_view segmentKindName(SegmentKind kind);

struct Segment {
    SegmentKind kind = SegmentKind::Text;
    bool writable = false;
    bool growsDown = false;      // the stack: mapped bytes are [end - size, end)
    core::Address origin = 0;    // address of storage byte 0
    std::uint64_t capacity = 0;  // bytes the segment may ever map (its limit)
    core::Address begin = 0;     // first mapped address
    core::Address end = 0;       // one past the last mapped address
    ReservedMemory bytes;
    ReservedMemory shadow;

    bool contains(core::Address address, std::uint64_t size) const {
        return address >= begin && address <= end && size <= end - address;
    }
    std::uint8_t* bytesAt(core::Address address) { return bytes.data() + (address - origin); }
    const std::uint8_t* bytesAt(core::Address address) const { return bytes.data() + (address - origin); }
    std::uint8_t* shadowAt(core::Address address) { return shadow.data() + (address - origin); }
    const std::uint8_t* shadowAt(core::Address address) const { return shadow.data() + (address - origin); }
};

} // namespace memviz::memory
