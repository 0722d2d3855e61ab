// HeapLayout: where each heap block goes in the heap view: blocks in address order on one long line that
// wraps into rows (like a memory dump), each as wide as its size times the scale but never narrower than a
// readable minimum nor wider than a row (a block too big for that is drawn compressed: one row, or the
// rest of the current row when that is at least half of it). Computed once per state or resize (prefix
// sums); every look-up (block at a point, blocks in a visible band, the point of an address) is a binary
// search, so painting 100,000 blocks only touches the visible ones. Geometry only: no painting here.
#pragma once

#include "core/address.h"
#include "trace/machine_state.h"

#include <QPointF>
#include <QRectF>

#include <cstddef>
#include <utility>
#include <vector>

namespace memviz::ui {

class HeapLayout {
public:
    struct Params {
        double rowWidth = 600;      // pixels of one row (the view's width minus its margin)
        double pixelsPerByte = 1.5; // the zoom
        double minBlockWidth = 44;  // a block is never narrower (labels stay readable)
        double maxBlockWidth = 0;   // nor wider (0: one row); wider blocks are drawn compressed
        double rowHeight = 46;
        double rowGap = 18;         // room for the address under each row
    };

    void setBlocks(const std::vector<trace::HeapBlockState>* blocks, const Params& params);
    const Params& params() const { return m_params; }
    std::size_t size() const { return m_start.empty() ? 0 : m_start.size() - 1; }

    double rowPitch() const { return m_params.rowHeight + m_params.rowGap; }
    int rowCount() const;
    double contentHeight() const { return rowCount() * rowPitch(); }

    double blockStart(std::size_t i) const { return m_start[i]; } // display offset
    double blockWidth(std::size_t i) const { return m_start[i + 1] - m_start[i]; }
    bool compressed(std::size_t i) const; // drawn narrower than its size at this scale
    // The rectangles (one per row it spans) of the display range [from, to).
    std::vector<QRectF> segments(double from, double to) const;
    std::vector<QRectF> blockSegments(std::size_t i) const { return segments(m_start[i], m_start[i + 1]); }

    // Blocks [first, last) that touch the rows between y0 and y1.
    std::pair<std::size_t, std::size_t> blocksInBand(double y0, double y1) const;
    // The block under a point, or size() when none.
    std::size_t blockAt(QPointF point) const;
    // The block holding an address (header included), or size().
    std::size_t blockOfAddress(core::Address address) const;
    // The display offset and point of an address inside the heap (clamped to the blocks).
    double offsetOfAddress(core::Address address) const;
    QPointF pointOfOffset(double offset) const; // the row's vertical middle at that offset
    // The address at a display offset (for the row labels).
    core::Address addressAtOffset(double offset) const;

private:
    const std::vector<trace::HeapBlockState>* m_blocks = nullptr;
    Params m_params;
    std::vector<double> m_start; // size + 1 prefix sums
};

} // namespace memviz::ui
