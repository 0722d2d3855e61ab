// Helpers for heap tests: a heap of a given policy on its own address space, and payload patterns.
#pragma once

#include "alloc/heap.h"
#include "memory/address_space.h"

#include <cstdint>
#include <memory>

namespace memviz::alloc::testing {

struct HeapFixture {
    explicit HeapFixture(Policy policy, std::uint64_t heapLimit = 64ull << 20, HeapOptions options = {})
        : space(memory::Layout{.heapLimit = heapLimit}), heap(space, policy, options) {}

    // Host view of a heap byte (the tests only ask for bytes inside the heap).
    std::uint8_t* bytes(core::Address address) { return space.heapHostBytes() + (address - space.heapStart()); }
    memory::ByteKind kind(core::Address address) const { return space.kindAt(address); }

    memory::AddressSpace space;
    Heap heap;
};

inline std::uint8_t patternByte(std::uint64_t seed, std::uint64_t offset) {
    return static_cast<std::uint8_t>((seed * 131 + offset * 7 + (offset >> 8)) & 0xff);
}

} // namespace memviz::alloc::testing
