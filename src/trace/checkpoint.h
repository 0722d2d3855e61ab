// Checkpoint: the complete state at one step, from which StateCursor replays records: every mapped page of
// the six segments (bytes and shadow, as PageCopy keeps them; unchanged pages are shared with the previous
// checkpoint), the segment bounds, the frame ids on the stack and the live heap blocks.
#pragma once

#include "core/address.h"
#include "memory/address_space.h"
#include "trace/page_copy.h"

#include <array>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace memviz::trace {

struct SegmentSnapshot {
    core::Address begin = 0, end = 0;
    std::uint64_t firstPage = 0;      // page number (from the segment's origin) of pages[0]
    std::vector<std::shared_ptr<const PageCopy>> pages;
};

struct Checkpoint {
    std::uint64_t step = 1;           // the state before this step runs
    std::array<SegmentSnapshot, 6> segments;
    std::vector<std::uint64_t> frames;                          // frame ids, outermost first
    std::vector<std::pair<core::Address, std::uint64_t>> liveBlocks; // payload and block id of each live block
    std::uint64_t ownBytes = 0;       // bytes of pages this checkpoint does not share with the previous one

    // Snapshots `space`, sharing the pages of `previous` that `dirty(kind, page)` says are unchanged.
    template <class Dirty>
    static Checkpoint take(const memory::AddressSpace& space, const Checkpoint* previous, Dirty&& dirty);
    // Writes every page and the bounds into `space`.
    void restore(memory::AddressSpace& space) const;
};

template <class Dirty>
Checkpoint Checkpoint::take(const memory::AddressSpace& space, const Checkpoint* previous, Dirty&& dirty) {
    constexpr std::uint64_t kPage = memory::AddressSpace::kPageSize;
    Checkpoint checkpoint;
    for (std::size_t k = 0; k < 6; ++k) {
        const memory::Segment& segment = space.segments()[k];
        SegmentSnapshot& snapshot = checkpoint.segments[k];
        snapshot.begin = segment.begin;
        snapshot.end = segment.end;
        if (segment.end <= segment.begin) continue;
        std::uint64_t first = (segment.begin - segment.origin) / kPage;
        std::uint64_t last = (segment.end - 1 - segment.origin) / kPage;
        snapshot.firstPage = first;
        snapshot.pages.reserve(last - first + 1);
        const SegmentSnapshot* before = previous != nullptr ? &previous->segments[k] : nullptr;
        for (std::uint64_t page = first; page <= last; ++page) {
            if (before != nullptr && page >= before->firstPage && page - before->firstPage < before->pages.size() &&
                !dirty(static_cast<memory::SegmentKind>(k), page)) {
                snapshot.pages.push_back(before->pages[page - before->firstPage]);
            } else {
                snapshot.pages.push_back(PageCopy::take(segment, page));
                checkpoint.ownBytes += snapshot.pages.back()->bytesHeld();
            }
        }
    }
    return checkpoint;
}

} // namespace memviz::trace
