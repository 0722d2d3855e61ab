// StackLayout: one pass over the frames, sorted by frame base (highest first).
#include "stack_layout.h"

#include <algorithm>
#include <numeric>

namespace memviz::ui {

void StackLayout::layout(const std::vector<trace::FrameState>& frames, const std::set<QString>& toggles,
                         const QFontMetricsF& metrics, const Params& params) {
    m_params = params;
    m_cards.clear();
    m_byId.clear();
    std::vector<std::size_t> order(frames.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return frames[a].frameBase > frames[b].frameBase; });
    const double rowHeight = metrics.height() + 6;
    double y = params.margin;
    for (std::size_t index : order) {
        const trace::FrameState& frame = frames[index];
        StackCard card;
        card.frameId = frame.id;
        card.frameIndex = index;
        card.low = frame.stackPointer;
        card.high = frame.frameBase + 16;
        card.current = index + 1 == frames.size();
        card.headerHeight = rowHeight + 4;
        double cy = card.headerHeight;
        if (params.machineDetails) {
            StackRow ret;
            ret.kind = StackRow::Kind::ReturnAddress;
            ret.address = frame.frameBase + 8;
            ret.size = 8;
            ret.rect = QRectF(0, cy, params.width, rowHeight);
            cy += rowHeight;
            card.rows.push_back(ret);
            StackRow saved;
            saved.kind = StackRow::Kind::SavedFramePointer;
            saved.address = frame.frameBase;
            saved.size = 8;
            saved.rect = QRectF(0, cy, params.width, rowHeight);
            cy += rowHeight;
            card.rows.push_back(saved);
        }
        const QString prefix = QString::number(frame.id) + QLatin1Char('/');
        addRows(card, frame.locals, prefix, 0, toggles, cy, rowHeight);
        if (frame.locals.empty()) {
            StackRow empty;
            empty.kind = StackRow::Kind::Empty;
            empty.rect = QRectF(0, cy, params.width, rowHeight);
            cy += rowHeight;
            card.rows.push_back(empty);
        }
        card.rect = QRectF(params.margin, y, params.width, cy + 4);
        y += card.rect.height() + params.spacing;
        m_byId.emplace(card.frameId, m_cards.size());
        m_cards.push_back(std::move(card));
    }
    m_height = y;
}

void StackLayout::addRows(StackCard& card, const std::vector<trace::ValueNode>& nodes, const QString& prefix,
                          int depth, const std::set<QString>& toggles, double& y, double rowHeight) {
    for (const trace::ValueNode& node : nodes) {
        StackRow row;
        row.node = &node;
        row.depth = depth;
        row.key = prefix + QString::fromStdString(node.name);
        row.expandable = !node.children.empty();
        row.expanded = row.expandable && (openByDefault(node) != (toggles.count(row.key) > 0));
        row.address = node.address;
        row.size = node.size;
        row.rect = QRectF(0, y, m_params.width, rowHeight);
        y += rowHeight;
        card.rows.push_back(row);
        if (card.rows.back().expanded) addRows(card, node.children, row.key + QLatin1Char('/'), depth + 1, toggles, y, rowHeight);
    }
}

const StackCard* StackLayout::card(std::uint64_t frameId) const {
    const auto it = m_byId.find(frameId);
    return it == m_byId.end() ? nullptr : &m_cards[it->second];
}

const StackCard* StackLayout::cardForAddress(core::Address address) const {
    // Cards are sorted by address, highest first.
    const auto it = std::partition_point(m_cards.begin(), m_cards.end(),
                                         [&](const StackCard& c) { return c.low > address; });
    return it != m_cards.end() && address >= it->low && address < it->high ? &*it : nullptr;
}

const StackRow* StackLayout::rowForAddress(const StackCard& card, core::Address address) const {
    const StackRow* best = nullptr;
    for (const StackRow& row : card.rows) {
        if (row.kind == StackRow::Kind::Empty) continue;
        if (address >= row.address && address < row.address + std::max<std::uint64_t>(row.size, 1))
            if (!best || row.depth >= best->depth) best = &row;
    }
    return best;
}

StackLayout::Columns StackLayout::columns() const {
    const double w = m_params.width;
    return {8, w * 0.25, w * 0.50, w * 0.80, w - 6};
}

} // namespace memviz::ui
