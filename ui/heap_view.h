// HeapView: the heap as an address-ordered map. Every block (header, payload, padding, free space) is drawn
// to scale on rows that wrap like a memory dump, coloured by its state and labelled with its size and the
// line that allocated it; hover for the details. Only visible blocks are painted (HeapLayout's binary
// searches), so 100,000 blocks stay smooth. Ctrl+wheel zooms. A step animates: every block slides from its
// old place and width to its new ones (HeapTransition), a new block grows, a freed one fades, a merge shows
// its old boundaries vanish; a jump does not animate. Exposes where an address is drawn, for arrows (which
// follow the blocks while they slide).
#pragma once

#include "block_classifier.h"
#include "heap_layout.h"
#include "heap_transition.h"
#include "trace/machine_state.h"

#include <QAbstractScrollArea>

#include <optional>
#include <vector>

class QVariantAnimation;

namespace memviz::ui {

class HeapView : public QAbstractScrollArea {
    Q_OBJECT

public:
    explicit HeapView(QWidget* parent = nullptr);

    // The new state; with `animate`, the difference from the previous one is animated over `durationMs`.
    void setState(const trace::MachineState& state, bool animate, int durationMs = 400);
    bool animating() const { return m_progress < 1.0; }
    // Where block i is drawn now (in the layout's display offsets), mid-slide while animating.
    std::pair<double, double> displayRange(std::size_t i) const;
    const std::vector<trace::HeapBlockState>& blocks() const { return m_blocks; }
    const BlockClassifier& classifier() const { return m_classifier; }
    const HeapLayout& layout() const { return m_layout; }

    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void scrollToAddress(core::Address address);
    // Heap addresses shown in the viewport: [first, last).
    std::pair<core::Address, core::Address> visibleAddresses() const;

    // Where `address` is drawn, in viewport coordinates (nullopt outside the heap or the viewport).
    std::optional<QPointF> pointForAddress(core::Address address, bool onlyVisible = true) const;
    // The rectangle of a block's first segment in viewport coordinates.
    std::optional<QRectF> blockRect(core::Address address) const;

    // Paints the visible part into `painter` (the viewport's paint event and the paint benchmark).
    void paintContents(QPainter& painter, const QRect& area);
    QString toolTipAt(QPointF viewportPoint) const;
    QSize sizeHint() const override { return {520, 300}; }

signals:
    void geometryChanged();   // scrolled, resized, zoomed, animated: the arrows must follow
    void visibleRangeChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent* event) override;

private:
    void relayout();
    void paintBlock(QPainter& p, std::size_t i, const QRectF& clipArea);
    std::vector<std::size_t> blocksToPaint(double y0, double y1) const;
    double displayOffsetOfAddress(core::Address address, std::size_t block) const;
    double leftMargin() const;
    double topMargin() const { return 6; }
    QPointF toViewport(QPointF layoutPoint) const;
    QPointF toLayout(QPointF viewportPoint) const;
    const trace::HeapBlockState* previousAt(core::Address address) const;

    std::vector<trace::HeapBlockState> m_blocks;
    std::vector<trace::HeapBlockState> m_previous; // the state before the step being animated
    BlockClassifier m_classifier;
    BlockClassifier m_previousClassifier;
    HeapLayout m_layout;
    HeapLayout m_previousLayout; // m_previous laid out like m_blocks, for the slide
    HeapTransition m_transition;
    core::Address m_heapStart = 0;
    double m_zoom = 1.0;
    double m_progress = 1.0; // animation: 0 = previous state, 1 = this one
    QVariantAnimation* m_animation = nullptr;
};

} // namespace memviz::ui
