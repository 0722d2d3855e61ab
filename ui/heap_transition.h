// HeapTransition: where each heap block was drawn before a step, so the heap view can slide every block from
// its old place to its new one while a split, a coalesce, an allocation or a free reflows the map. An
// allocated block whose id was already live starts from that block's old place; any other block (new,
// free, split off, merged) starts from the place its bytes took in the old picture (by address and
// overlap; past the old end of the heap it grows out of that end). Geometry only, in HeapLayout's display
// offsets: the view turns a range into rectangles with HeapLayout::segments.
#pragma once

#include "heap_layout.h"
#include "trace/machine_state.h"

#include <cstddef>
#include <utility>
#include <vector>

namespace memviz::ui {

class HeapTransition {
public:
    // `before` lays out `beforeBlocks` and `now` lays out `nowBlocks`, with the same parameters. `now` must
    // outlive the transition (the view owns both).
    void start(const HeapLayout& before, const std::vector<trace::HeapBlockState>& beforeBlocks,
               const HeapLayout& now, const std::vector<trace::HeapBlockState>& nowBlocks);
    void clear();
    bool active() const { return m_now != nullptr; }
    bool still() const { return m_still; } // nothing moves or resizes

    // Block i's display range [start, end) at progress t (0: before the step, 1: after it).
    std::pair<double, double> range(std::size_t i, double t) const;
    // Blocks [first, last) whose ranges at t reach into the display offsets [from, to), leaving out the
    // moved ones (moved(), few: a block that changed address keeping its id), which the caller checks too.
    std::pair<std::size_t, std::size_t> blocksIn(double from, double to, double t) const;
    std::vector<std::size_t> moved() const;

private:
    struct Moved {
        std::size_t index = 0;
        double start = 0, end = 0;
    };
    const Moved* movedEntry(std::size_t i) const;

    const HeapLayout* m_now = nullptr;
    std::vector<double> m_fromStart, m_fromEnd; // by the block's address in the old picture (monotonic)
    std::vector<Moved> m_moved;                 // sorted by index
    bool m_still = true;
};

} // namespace memviz::ui
