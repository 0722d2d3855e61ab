// StackView: the call stack as cards, one per frame, laid out by address so it visibly grows down (main at
// the top); the current frame highlighted; each local with name, type, value and address, uninitialized
// values shown as such, arrays and structs opened and closed by a click; return address and saved rbp when
// machine details are on. A step animates: a pushed frame slides in, a popped one slides out, the others
// move to their new place. Exposes where each variable is drawn, for the pointer arrows.
#pragma once

#include "stack_layout.h"
#include "trace/machine_state.h"

#include <QAbstractScrollArea>

#include <optional>
#include <set>

class QVariantAnimation;

namespace memviz::ui {

class StackView : public QAbstractScrollArea {
    Q_OBJECT

public:
    explicit StackView(QWidget* parent = nullptr);

    void setState(const trace::MachineState& state, bool animate, int durationMs = 400);
    void setMachineDetails(bool on);
    bool machineDetails() const { return m_machineDetails; }
    const StackLayout& layout() const { return m_layout; }
    const std::vector<trace::FrameState>& frames() const { return m_frames; }

    // The row holding `address` in frame `frameId` (0: any frame), in viewport coordinates, following the
    // animation. `clampToViewport`: rows scrolled away are reported at the nearest edge.
    std::optional<QRectF> rowRect(core::Address address, std::uint64_t frameId = 0) const;
    std::optional<QRectF> cardRect(std::uint64_t frameId) const;
    void toggleExpanded(const QString& key);
    void ensureFrameVisible(std::uint64_t frameId);

    void paintContents(QPainter& painter);
    QSize sizeHint() const override { return {420, 400}; }

signals:
    void geometryChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent* event) override;

private:
    void relayout();
    // Animated placement of a card: offset and opacity.
    struct Placement { QPointF offset; double opacity = 1.0; };
    Placement placement(const StackCard& card, bool leaving) const;
    void paintCard(QPainter& p, const StackCard& card, const trace::FrameState& frame, const StackLayout& layout,
                   const Placement& place);
    QPointF origin() const;
    const StackRow* rowAt(QPointF viewportPoint, const StackCard** cardOut = nullptr) const;

    std::vector<trace::FrameState> m_frames;
    std::vector<trace::FrameState> m_previousFrames;
    StackLayout m_layout;
    StackLayout m_previousLayout;
    std::set<QString> m_toggles;
    bool m_machineDetails = false;
    bool m_ended = false;
    double m_progress = 1.0;
    QVariantAnimation* m_animation = nullptr;
};

} // namespace memviz::ui
