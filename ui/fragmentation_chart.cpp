// FragmentationChart: five step-line series on two value axes, and a two-point series as the cursor.
#include "fragmentation_chart.h"

#include "theme.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace memviz::ui {

FragmentationChart::FragmentationChart(QWidget* parent) : QChartView(parent) {
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignRight);
    const struct { const char* name; QColor colour; } specs[] = {
        {QT_TR_NOOP("heap extent"), QColor(0x44, 0x44, 0x44)},
        {QT_TR_NOOP("live bytes"), theme::allocatedFill().darker(130)},
        {QT_TR_NOOP("free bytes"), QColor(0x3c, 0x9a, 0x3c)},
        {QT_TR_NOOP("largest free"), QColor(0x9a, 0x6f, 0x1c)},
        {QT_TR_NOOP("fragmentation %"), theme::error()},
    };
    m_steps = new QValueAxis;
    m_steps->setTitleText(tr("step"));
    m_steps->setLabelFormat(QStringLiteral("%d"));
    // The side axes go without titles (the legend names what they measure; "%" marks the fragmentation
    // axis), so a narrow dock still has room for their labels.
    m_bytes = new QValueAxis;
    m_bytes->setLabelFormat(QStringLiteral("%d"));
    m_percent = new QValueAxis;
    m_percent->setRange(0, 100);
    m_percent->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(m_steps, Qt::AlignBottom);
    chart->addAxis(m_bytes, Qt::AlignLeft);
    chart->addAxis(m_percent, Qt::AlignRight);
    for (std::size_t i = 0; i < 5; ++i) {
        auto* s = new QLineSeries;
        s->setName(tr(specs[i].name));
        QPen pen(specs[i].colour, 2);
        if (i == 4) pen.setStyle(Qt::DashLine);
        s->setPen(pen);
        chart->addSeries(s);
        s->attachAxis(m_steps);
        s->attachAxis(i == 4 ? m_percent : m_bytes);
        m_series.push_back(s);
    }
    m_cursor = new QLineSeries;
    m_cursor->setPen(QPen(theme::currentArrow(), 2.5));
    chart->addSeries(m_cursor);
    m_cursor->attachAxis(m_steps);
    m_cursor->attachAxis(m_percent);
    chart->legend()->markers(m_cursor).front()->setVisible(false);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setToolTip(tr("Click to go to that step"));
    setCurves({});
}

void FragmentationChart::setCurves(const Curves& curves) {
    m_endStep = std::max<std::uint64_t>(curves.endStep, 1);
    const std::vector<trace::ChartPoint>* inputs[] = {&curves.extent, &curves.live, &curves.free, &curves.largestFree,
                                                    &curves.fragmentation};
    double maxBytes = 16;
    for (std::size_t i = 0; i < 5; ++i) {
        QList<QPointF> points;
        const double scale = i == 4 ? 100.0 : 1.0;
        const auto& d = *inputs[i];
        for (std::size_t k = 0; k < d.size(); ++k) {
            const double x = static_cast<double>(d[k].step);
            const double v = d[k].value * scale;
            if (k > 0) points << QPointF(x, points.back().y());
            points << QPointF(x, v);
            if (i != 4) maxBytes = std::max(maxBytes, d[k].max);
        }
        if (!d.empty()) points << QPointF(static_cast<double>(m_endStep), points.back().y());
        m_series[i]->replace(points);
    }
    m_steps->setRange(1, static_cast<double>(std::max<std::uint64_t>(m_endStep, 2)));
    fitStepTicks();
    // A round upper bound for the byte axis.
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxBytes)));
    m_bytes->setRange(0, std::ceil(maxBytes * 1.05 / magnitude) * magnitude);
    m_bytes->applyNiceNumbers();
    setCursorStep(m_cursorStep);
}

void FragmentationChart::fitStepTicks() {
    const QFontMetricsF fm(m_steps->labelsFont());
    const double label = fm.horizontalAdvance(QString::number(m_endStep)) + 16;
    const double plot = chart()->plotArea().width() > 0 ? chart()->plotArea().width() : width() * 0.5;
    const int ticks = std::clamp(static_cast<int>(plot / label) + 1, 2, 5);
    if (m_steps->tickCount() != ticks) m_steps->setTickCount(ticks);
}

void FragmentationChart::resizeEvent(QResizeEvent* event) {
    QChartView::resizeEvent(event);
    fitStepTicks();
}

void FragmentationChart::setCursorStep(std::uint64_t step) {
    m_cursorStep = step;
    const double x = static_cast<double>(std::clamp<std::uint64_t>(step, 1, m_endStep));
    m_cursor->replace(QList<QPointF>{QPointF(x, 0), QPointF(x, 100)});
}

std::uint64_t FragmentationChart::stepAt(QPointF widgetPoint) const {
    const QPointF scene = mapToScene(widgetPoint.toPoint());
    const QPointF value = chart()->mapToValue(chart()->mapFromScene(scene), m_series.front());
    return static_cast<std::uint64_t>(std::clamp(std::llround(value.x()), 1LL, static_cast<long long>(m_endStep)));
}

void FragmentationChart::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && chart()->plotArea().contains(mapToScene(event->position().toPoint()))) {
        emit seekRequested(stepAt(event->position()));
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

} // namespace memviz::ui
