// HeapLayout: prefix sums of block widths; rows are slices of the display line.
#include "heap_layout.h"

#include <algorithm>
#include <cmath>

namespace memviz::ui {

void HeapLayout::setBlocks(const std::vector<trace::HeapBlockState>* blocks, const Params& params) {
    m_blocks = blocks;
    m_params = params;
    m_params.rowWidth = std::max(40.0, params.rowWidth);
    if (m_params.maxBlockWidth <= 0) m_params.maxBlockWidth = m_params.rowWidth;
    m_params.maxBlockWidth = std::max(m_params.maxBlockWidth, m_params.minBlockWidth);
    m_start.assign(1, 0.0);
    if (!blocks) return;
    m_start.reserve(blocks->size() + 1);
    const double w = m_params.rowWidth;
    double offset = 0;
    for (const trace::HeapBlockState& block : *blocks) {
        const double natural = static_cast<double>(block.size) * m_params.pixelsPerByte;
        double width = std::clamp(natural, m_params.minBlockWidth, m_params.maxBlockWidth);
        if (natural > m_params.maxBlockWidth) {
            // Drawn compressed anyway: when at least half the row is left, end it there instead of spilling a
            // sliver onto the next row.
            const double rowEnd = (std::floor(offset / w + 1e-9) + 1) * w;
            if (rowEnd - offset >= std::max(m_params.minBlockWidth, w / 2)) width = rowEnd - offset;
        }
        offset += width;
        m_start.push_back(offset);
    }
}

bool HeapLayout::compressed(std::size_t i) const {
    return static_cast<double>((*m_blocks)[i].size) * m_params.pixelsPerByte > blockWidth(i) + 0.5;
}

int HeapLayout::rowCount() const {
    if (size() == 0) return 0;
    return static_cast<int>(std::ceil(m_start.back() / m_params.rowWidth - 1e-9));
}

std::vector<QRectF> HeapLayout::segments(double from, double to) const {
    std::vector<QRectF> out;
    const double w = m_params.rowWidth;
    double at = from;
    while (at < to - 1e-9) {
        const double row = std::floor(at / w + 1e-9); // a block ending at a row's end starts the next row
        const double rowEnd = (row + 1) * w;
        const double end = std::min(to, rowEnd);
        out.emplace_back(at - row * w, row * rowPitch(), end - at, m_params.rowHeight);
        at = end;
    }
    return out;
}

std::pair<std::size_t, std::size_t> HeapLayout::blocksInBand(double y0, double y1) const {
    if (size() == 0) return {0, 0};
    const double firstRow = std::max(0.0, std::floor(y0 / rowPitch()));
    const double lastRow = std::max(0.0, std::floor(y1 / rowPitch()));
    const double from = firstRow * m_params.rowWidth;
    const double to = (lastRow + 1) * m_params.rowWidth;
    // First block whose end is past `from`; last block whose start is before `to`.
    const auto first = std::upper_bound(m_start.begin() + 1, m_start.end(), from) - (m_start.begin() + 1);
    const auto last = std::lower_bound(m_start.begin(), m_start.end() - 1, to) - m_start.begin();
    return {static_cast<std::size_t>(first), std::max(static_cast<std::size_t>(first), static_cast<std::size_t>(last))};
}

std::size_t HeapLayout::blockAt(QPointF point) const {
    if (size() == 0 || point.x() < 0 || point.x() >= m_params.rowWidth || point.y() < 0) return size();
    const double row = std::floor(point.y() / rowPitch());
    if (point.y() - row * rowPitch() > m_params.rowHeight) return size();
    const double offset = row * m_params.rowWidth + point.x();
    if (offset >= m_start.back()) return size();
    return static_cast<std::size_t>(std::upper_bound(m_start.begin(), m_start.end(), offset) - m_start.begin() - 1);
}

std::size_t HeapLayout::blockOfAddress(core::Address address) const {
    if (!m_blocks || m_blocks->empty()) return size();
    const auto it = std::upper_bound(m_blocks->begin(), m_blocks->end(), address,
                                     [](core::Address a, const trace::HeapBlockState& b) { return a < b.address; });
    if (it == m_blocks->begin()) return size();
    const auto i = static_cast<std::size_t>(it - m_blocks->begin() - 1);
    const trace::HeapBlockState& b = (*m_blocks)[i];
    return address < b.address + b.size ? i : size();
}

double HeapLayout::offsetOfAddress(core::Address address) const {
    if (size() == 0) return 0;
    const std::size_t i = blockOfAddress(address);
    if (i == size()) return address < m_blocks->front().address ? 0 : m_start.back();
    const trace::HeapBlockState& b = (*m_blocks)[i];
    const double fraction = static_cast<double>(address - b.address) / static_cast<double>(std::max<std::uint64_t>(b.size, 1));
    return m_start[i] + fraction * blockWidth(i);
}

QPointF HeapLayout::pointOfOffset(double offset) const {
    const double row = std::floor(offset / m_params.rowWidth);
    return {offset - row * m_params.rowWidth, row * rowPitch() + m_params.rowHeight / 2};
}

core::Address HeapLayout::addressAtOffset(double offset) const {
    if (size() == 0) return 0;
    auto i = static_cast<std::size_t>(std::upper_bound(m_start.begin(), m_start.end(), offset) - m_start.begin());
    i = std::clamp<std::size_t>(i, 1, size()) - 1;
    const trace::HeapBlockState& b = (*m_blocks)[i];
    const double fraction = std::clamp((offset - m_start[i]) / blockWidth(i), 0.0, 1.0);
    return b.address + static_cast<core::Address>(fraction * static_cast<double>(b.size));
}

} // namespace memviz::ui
