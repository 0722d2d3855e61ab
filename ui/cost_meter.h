// CostMeter: the work done so far for stack and heap memory, side by side: the stack moved its pointer once
// per call; the heap examined blocks, split, coalesced and wrote headers. Two bars on one scale show why the
// stack is fast; the figures for the last step appear next to the totals.
#pragma once

#include "engine/run_result.h"

#include <QWidget>

namespace memviz::ui {

class CostMeter : public QWidget {
    Q_OBJECT

public:
    explicit CostMeter(QWidget* parent = nullptr);

    // `previous` is the counters one step before (the difference is "this step").
    void setCost(const engine::CostCounters& cost, const engine::CostCounters& previous);
    static std::uint64_t stackWork(const engine::CostCounters& c) { return c.framePushes * 2; } // push + pop
    static std::uint64_t heapWork(const engine::CostCounters& c) {
        return c.blocksExamined + c.splits + c.coalesces + c.headerWrites;
    }
    QString stackText() const;
    QString heapText() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override; // a narrow meter wraps its lines

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    int textHeight(const QString& text, int width) const;
    void fitHeight(); // asks the layout for the height the wrapped text needs at this width
    engine::CostCounters m_cost, m_previous;
    int m_height = 0;
};

} // namespace memviz::ui
