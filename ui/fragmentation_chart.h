// FragmentationChart: the heap over the whole run (Qt Charts): extent, live bytes, free bytes and the
// largest free block in bytes, external fragmentation in percent on its own axis, as step lines; a cursor
// marks the current step and a click seeks to the step under the mouse.
#pragma once

#include "trace/metric_series.h"

#include <QChartView>

#include <cstdint>
#include <vector>

class QLineSeries;
class QValueAxis;

namespace memviz::ui {

class FragmentationChart : public QChartView {
    Q_OBJECT

public:
    struct Curves {
        std::vector<trace::ChartPoint> extent, live, free, largestFree, fragmentation;
        std::uint64_t endStep = 1;
    };

    explicit FragmentationChart(QWidget* parent = nullptr);

    void setCurves(const Curves& curves);
    void setCursorStep(std::uint64_t step);
    std::uint64_t cursorStep() const { return m_cursorStep; }
    std::uint64_t stepAt(QPointF widgetPoint) const;
    QLineSeries* series(int i) const { return m_series[static_cast<std::size_t>(i)]; }

signals:
    void seekRequested(std::uint64_t step);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitStepTicks();                // as many step labels as fit side by side
    std::vector<QLineSeries*> m_series; // extent, live, free, largest free, fragmentation
    QLineSeries* m_cursor = nullptr;
    QValueAxis* m_steps = nullptr;
    QValueAxis* m_bytes = nullptr;
    QValueAxis* m_percent = nullptr;
    std::uint64_t m_cursorStep = 1;
    std::uint64_t m_endStep = 1;
};

} // namespace memviz::ui
