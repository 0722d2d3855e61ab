// HeapTransition: one sweep through both address-ordered block lists maps every new block's bytes onto the
// old picture; ids are only looked up for the few allocated blocks that are not where they were.
#include "heap_transition.h"

#include <algorithm>
#include <cmath>

namespace memviz::ui {

namespace {

// The old picture's display offset of increasing addresses, in one pass over the old blocks.
class OldOffsets {
public:
    OldOffsets(const HeapLayout& layout, const std::vector<trace::HeapBlockState>& blocks)
        : m_layout(layout), m_blocks(blocks) {}

    double at(core::Address address) {
        if (m_blocks.empty()) return 0;
        if (address <= m_blocks.front().address) return 0;
        while (m_next < m_blocks.size() && m_blocks[m_next].address + m_blocks[m_next].size <= address)
            ++m_next;
        if (m_next == m_blocks.size())
            return m_layout.blockStart(m_blocks.size() - 1) + m_layout.blockWidth(m_blocks.size() - 1);
        const trace::HeapBlockState& b = m_blocks[m_next];
        if (address <= b.address) return m_layout.blockStart(m_next); // in a gap: where the next block starts
        const double fraction = static_cast<double>(address - b.address) /
                                static_cast<double>(std::max<std::uint64_t>(b.size, 1));
        return m_layout.blockStart(m_next) + fraction * m_layout.blockWidth(m_next);
    }

private:
    const HeapLayout& m_layout;
    const std::vector<trace::HeapBlockState>& m_blocks;
    std::size_t m_next = 0;
};

double lerp(double a, double b, double t) {
    return a + (b - a) * t;
}

} // namespace

void HeapTransition::start(const HeapLayout& before, const std::vector<trace::HeapBlockState>& beforeBlocks,
                           const HeapLayout& now, const std::vector<trace::HeapBlockState>& nowBlocks) {
    clear();
    m_now = &now;
    const std::size_t n = nowBlocks.size();
    m_fromStart.resize(n);
    m_fromEnd.resize(n);
    OldOffsets old(before, beforeBlocks);
    std::vector<std::pair<std::uint64_t, std::size_t>> unmatched; // (id, new index): allocated, not in place
    std::size_t j = 0;                                            // old block at or after this address
    for (std::size_t i = 0; i < n; ++i) {
        const trace::HeapBlockState& b = nowBlocks[i];
        m_fromStart[i] = old.at(b.address);
        m_fromEnd[i] = old.at(b.address + b.size);
        while (j < beforeBlocks.size() && beforeBlocks[j].address < b.address) ++j;
        const bool inPlace =
            j < beforeBlocks.size() && beforeBlocks[j].address == b.address && beforeBlocks[j].id == b.id;
        if (b.state == trace::BlockState::Allocated && b.id != 0 && !inPlace) unmatched.emplace_back(b.id, i);
    }
    if (!unmatched.empty()) {
        std::sort(unmatched.begin(), unmatched.end());
        for (std::size_t k = 0; k < beforeBlocks.size(); ++k) {
            const trace::HeapBlockState& o = beforeBlocks[k];
            if (o.state != trace::BlockState::Allocated || o.id == 0) continue;
            const auto it =
                std::lower_bound(unmatched.begin(), unmatched.end(), std::make_pair(o.id, std::size_t{0}));
            if (it == unmatched.end() || it->first != o.id) continue;
            m_moved.push_back(
                {it->second, before.blockStart(k), before.blockStart(k) + before.blockWidth(k)});
        }
        std::sort(m_moved.begin(), m_moved.end(),
                  [](const Moved& a, const Moved& b) { return a.index < b.index; });
    }
    m_still = m_moved.empty();
    for (std::size_t i = 0; i < n && m_still; ++i)
        m_still = std::abs(m_fromStart[i] - now.blockStart(i)) < 0.01 &&
                  std::abs(m_fromEnd[i] - (now.blockStart(i) + now.blockWidth(i))) < 0.01;
}

void HeapTransition::clear() {
    m_now = nullptr;
    m_fromStart.clear();
    m_fromEnd.clear();
    m_moved.clear();
    m_still = true;
}

const HeapTransition::Moved* HeapTransition::movedEntry(std::size_t i) const {
    const auto it = std::lower_bound(m_moved.begin(), m_moved.end(), i,
                                     [](const Moved& m, std::size_t k) { return m.index < k; });
    return it != m_moved.end() && it->index == i ? &*it : nullptr;
}

std::pair<double, double> HeapTransition::range(std::size_t i, double t) const {
    const double toStart = m_now->blockStart(i);
    const double toEnd = toStart + m_now->blockWidth(i);
    if (t >= 1.0) return {toStart, toEnd};
    double fromStart = m_fromStart[i], fromEnd = m_fromEnd[i];
    if (const Moved* m = m_moved.empty() ? nullptr : movedEntry(i)) {
        fromStart = m->start;
        fromEnd = m->end;
    }
    return {lerp(fromStart, toStart, t), lerp(fromEnd, toEnd, t)};
}

std::pair<std::size_t, std::size_t> HeapTransition::blocksIn(double from, double to, double t) const {
    const std::size_t n = m_fromStart.size();
    // Without the moved blocks' own places, both ends are non-decreasing in i: binary searches.
    auto start = [&](std::size_t i) { return lerp(m_fromStart[i], m_now->blockStart(i), t); };
    auto end = [&](std::size_t i) {
        return lerp(m_fromEnd[i], m_now->blockStart(i) + m_now->blockWidth(i), t);
    };
    std::size_t lo = 0, hi = n;
    while (lo < hi) { // first block ending after `from`
        const std::size_t mid = (lo + hi) / 2;
        if (end(mid) <= from)
            lo = mid + 1;
        else
            hi = mid;
    }
    const std::size_t first = lo;
    hi = n;
    while (lo < hi) { // first block starting at or after `to`
        const std::size_t mid = (lo + hi) / 2;
        if (start(mid) < to)
            lo = mid + 1;
        else
            hi = mid;
    }
    return {first, std::max(first, lo)};
}

std::vector<std::size_t> HeapTransition::moved() const {
    std::vector<std::size_t> out;
    for (const Moved& m : m_moved) out.push_back(m.index);
    return out;
}

} // namespace memviz::ui
