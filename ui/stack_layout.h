// StackLayout: where the stack view draws each frame card and each row in it. Cards are ordered by address,
// highest first, so main sits at the top and the stack visibly grows down; a card holds a header (function,
// line, address range), the control slots when machine details are on (return address, saved rbp), then
// the locals, arrays and structs expanded into indented rows when open. Geometry only: no painting here.
#pragma once

#include "core/address.h"
#include "trace/machine_state.h"

#include <QFontMetricsF>
#include <QRectF>
#include <QString>

#include <set>
#include <unordered_map>
#include <vector>

namespace memviz::ui {

struct StackRow {
    enum class Kind { Value, ReturnAddress, SavedFramePointer, Empty };
    Kind kind = Kind::Value;
    QRectF rect;                              // card-relative: x from the card's left, y from its top
    const trace::ValueNode* node = nullptr;   // Kind::Value
    int depth = 0;                            // indentation of array elements and members
    QString key;                              // "frameId/x/[2]": the expansion key
    bool expandable = false, expanded = false;
    core::Address address = 0;
    std::uint64_t size = 0;
};

struct StackCard {
    std::uint64_t frameId = 0;
    std::size_t frameIndex = 0;  // into MachineState::frames
    QRectF rect;                 // content coordinates
    core::Address low = 0, high = 0; // the frame's bytes: [rsp, rbp + 16)
    double headerHeight = 0;
    std::vector<StackRow> rows;
    bool current = false;        // the innermost frame
};

class StackLayout {
public:
    struct Params {
        double width = 400;     // the cards' width
        double margin = 8;      // left and top margin
        double spacing = 10;    // between cards
        bool machineDetails = false;
    };

    // `expandedToggles` holds the keys whose default (small aggregates open, big ones closed) is flipped.
    void layout(const std::vector<trace::FrameState>& frames, const std::set<QString>& expandedToggles,
                const QFontMetricsF& metrics, const Params& params);
    const std::vector<StackCard>& cards() const { return m_cards; }
    double contentHeight() const { return m_height; }
    const StackCard* card(std::uint64_t frameId) const;
    const StackCard* cardForAddress(core::Address address) const; // the frame holding a stack address
    // The deepest shown row of `card` whose bytes hold `address`.
    const StackRow* rowForAddress(const StackCard& card, core::Address address) const;

    static bool openByDefault(const trace::ValueNode& node) { return !node.children.empty() && node.children.size() <= 8; }
    // Columns inside a row, card-relative x ranges: name, type, value, address.
    struct Columns { double name, type, value, address, end; };
    Columns columns() const;

private:
    void addRows(StackCard& card, const std::vector<trace::ValueNode>& nodes, const QString& prefix, int depth,
                 const std::set<QString>& toggles, double& y, double rowHeight);

    std::vector<StackCard> m_cards;
    std::unordered_map<std::uint64_t, std::size_t> m_byId;
    Params m_params;
    double m_height = 0;
};

} // namespace memviz::ui
