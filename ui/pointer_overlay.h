// PointerOverlay: a transparent layer over the memory panel that draws every pointer as an arrow, from the
// variable (stack row, global row or heap word) to what it points at, across the three views: curves
// (QPainterPath), dangling pointers dashed red with a cross at their tip. It asks the views where things are
// at paint time, so the arrows follow scrolling, resizing and the step animation.
#pragma once

#include "trace/machine_state.h"

#include <QWidget>

#include <optional>
#include <vector>

namespace memviz::ui {

class GlobalsView;
class HeapView;
class StackView;

class PointerOverlay : public QWidget {
    Q_OBJECT

public:
    PointerOverlay(StackView* stack, GlobalsView* globals, HeapView* heap, QWidget* parent);

    void setPointers(const std::vector<trace::PointerEdge>& pointers);

    struct Arrow {
        QPointF from, to;
        bool dangling = false;
        bool intoStack = false; // ends at a stack or global row (enters from the right)
        bool heapToHeap = false;
    };
    // The arrows as they would be drawn now, in this widget's coordinates (for painting and tests).
    std::vector<Arrow> arrows() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::optional<QPointF> sourcePoint(const trace::PointerEdge& edge) const;
    std::optional<QPointF> targetPoint(const trace::PointerEdge& edge, bool& intoRow) const;
    std::optional<QRectF> mapRect(QWidget* from, const std::optional<QRectF>& rect) const;

    StackView* m_stack;
    GlobalsView* m_globals;
    HeapView* m_heap;
    std::vector<trace::PointerEdge> m_pointers;
};

} // namespace memviz::ui
