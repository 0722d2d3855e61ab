// HeapBuilder: the heap part of a MachineState: every block walked from the header words in simulated memory,
// an allocated block's requested size from its shadow and its first payload words, pointer-looking words
// marked. It keeps the blocks it built last time and, told which address ranges changed since, reuses every
// block whose bytes and shadow did not (sharing its words), so a step back rebuilds a handful of blocks. It
// updates its blocks in place: the blocks of each changed run are replaced, and the blocks after a run move
// only when the run's block count changed (so a step back writes little memory besides the state's copy).
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
    // The pointer-looking words of the last build's blocks, in address order (so block by block; each lies
    // in a block's payload).
    std::span<const WordPointer> pointers() const { return m_pointers; }
    void forget() { m_valid = false; } // the next build() builds every block afresh

private:
    using Bounds = std::array<std::pair<core::Address, core::Address>, 6>;
    // A changed run: old items [oldBegin, oldEnd) give way to fresh items [freshBegin, freshEnd).
    struct Splice {
        std::size_t oldBegin = 0, oldEnd = 0, freshBegin = 0, freshEnd = 0;
    };
    // How much of the old items and of the fresh ones the splices so far account for.
    struct Accounted {
        std::size_t oldBlocks = 0, oldPointers = 0, freshBlocks = 0, freshPointers = 0;
    };

    static Bounds boundsOf(const memory::AddressSpace& space);
    void sortChanges(const memory::AddressSpace& space, std::span<const AddressRange> changed);
    // A block read afresh; its words are appended to `storage`.
    static HeapBlockState buildBlock(const memory::AddressSpace& space, const WalkedBlock& walked,
                                     const std::shared_ptr<std::vector<ValueNode>>& storage);
    std::size_t endingBy(std::size_t first, core::Address limit) const;
    void closeRun(std::size_t oldEnd, Accounted& done);
    template <class T>
    static void applySplices(std::vector<T>& items, std::vector<T>& fresh, std::span<const Splice> splices);
    void copyOut(bool fullBuild, std::vector<HeapBlockState>& heap);

    bool m_valid = false;
    Bounds m_bounds{};
    std::vector<HeapBlockState> m_blocks; // the last build's blocks (ids and flags as built)
    std::vector<WordPointer> m_pointers;  // the pointer-looking words of m_blocks, in address order
    // Scratch of an incremental build, kept for its capacity: the changed ranges, the blocks built afresh and
    // their pointers, and where they go.
    std::vector<AddressRange> m_changes;
    std::vector<HeapBlockState> m_fresh;
    std::vector<WordPointer> m_freshPointers;
    std::vector<Splice> m_blockSplices, m_pointerSplices;
    std::vector<HeapBlockState> m_spare; // empty, with room for the next state's blocks (see copyOut)
};

} // namespace memviz::trace
