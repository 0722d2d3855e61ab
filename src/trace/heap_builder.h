// HeapBuilder: the heap part of a MachineState: every block walked from the header words in simulated memory,
// an allocated block's requested size from its shadow and its first payload words, pointer-looking words
// marked. It keeps the blocks it built last time and, told which address ranges changed since, reuses every
// block whose bytes and shadow did not (sharing its words), so a step back rebuilds a handful of blocks.
#pragma once

#include "memory/address_space.h"
#include "trace/address_range.h"
#include "trace/history_store.h"
#include "trace/machine_state.h"

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <utility>
#include <vector>

namespace memviz::trace {

// One block of the heap walk: header address, size, allocated bit (from the header word in memory).
struct WalkedBlock {
    core::Address address = 0;
    std::uint64_t size = 0;
    bool allocated = false;
};
std::vector<WalkedBlock> walkHeap(const memory::AddressSpace& space);

// A heap word taken for a pointer: where it is stored and where it points.
struct WordPointer {
    core::Address from = 0;
    core::Address to = 0;
};

class HeapBuilder {
public:
    static constexpr std::size_t kMaxWords = 16; // payload words shown (and scanned for pointers) per block

    using LiveBlockId = std::function<std::uint64_t(core::Address payload)>; // 0: no live block there
    using BlockById = std::function<const BlockRecord*(std::uint64_t id)>;   // allocation line and step

    // Fills `heap` with the blocks of `space` in address order (pointedTo left false). `changed`: the address
    // ranges written since the last build() (their bytes, shadow or bounds) and the payloads where a live
    // block came or went (see StateCursor::changedRanges), ignored when `allChanged`.
    void build(const memory::AddressSpace& space, const LiveBlockId& liveBlockId, const BlockById& block,
               bool allChanged, std::span<const AddressRange> changed, std::vector<HeapBlockState>& heap);
    // The pointer-looking words of block `index` of the last build, in address order.
    std::span<const WordPointer> pointersOf(std::size_t index) const {
        return {m_pointers.data() + m_firstPointer[index], m_pointers.data() + m_firstPointer[index + 1]};
    }
    void forget() { m_valid = false; } // the next build() builds every block afresh

private:
    using Bounds = std::array<std::pair<core::Address, core::Address>, 6>;
    static Bounds boundsOf(const memory::AddressSpace& space);
    void sortChanges(const memory::AddressSpace& space, std::span<const AddressRange> changed);
    // A block read afresh; its words are appended to `storage`.
    static HeapBlockState buildBlock(const memory::AddressSpace& space, const WalkedBlock& walked,
                                     const std::shared_ptr<std::vector<ValueNode>>& storage);

    bool m_valid = false;
    Bounds m_bounds{};
    std::vector<HeapBlockState> m_blocks;      // the last build's blocks (ids and flags as built)
    std::vector<std::uint32_t> m_firstPointer; // block i's pointers: m_pointers[first[i], first[i + 1])
    std::vector<WordPointer> m_pointers;
    // Scratch, kept for its capacity.
    std::vector<AddressRange> m_changes;
    std::vector<HeapBlockState> m_nextBlocks;
    std::vector<std::uint32_t> m_nextFirst;
    std::vector<WordPointer> m_nextPointers;
};

} // namespace memviz::trace
