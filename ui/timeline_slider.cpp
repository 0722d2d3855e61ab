// TimelineSlider: QSlider's own painting, plus the marks drawn over its groove.
#include "timeline_slider.h"

#include "theme.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>

#include <algorithm>

namespace memviz::ui {

TimelineSlider::TimelineSlider(QWidget* parent) : QSlider(Qt::Horizontal, parent) {
    setRange(1, 1);
    setMinimumWidth(200);
    setToolTip(tr("The whole run, step by step: drag to jump. Red marks: errors; blue: heap operations."));
    setMinimumHeight(fontMetrics().height() + 12);
    connect(this, &QSlider::valueChanged, this, [this](int value) {
        if (!m_setting) emit stepRequested(static_cast<std::uint64_t>(value));
    });
}

void TimelineSlider::setSteps(std::uint64_t endStep) {
    m_setting = true;
    setRange(1, static_cast<int>(std::clamp<std::uint64_t>(endStep, 1, 2'000'000'000)));
    setPageStep(std::max(1, maximum() / 20));
    m_setting = false;
    update();
}

void TimelineSlider::setMarks(std::vector<Mark> marks) {
    m_marks = std::move(marks);
    update();
}

void TimelineSlider::setStep(std::uint64_t step) {
    m_setting = true;
    setValue(static_cast<int>(std::min<std::uint64_t>(step, 2'000'000'000)));
    m_setting = false;
}

void TimelineSlider::paintEvent(QPaintEvent* event) {
    if (maximum() > minimum() && !m_marks.empty()) {
        QPainter p(this);
        QStyleOptionSlider option;
        initStyleOption(&option);
        const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
        const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
        const double left = groove.left() + handle.width() / 2.0;
        const double span = groove.width() - handle.width();
        const double range = maximum() - minimum();
        for (const Mark& m : m_marks) {
            const double x = left + span * (static_cast<double>(m.step) - minimum()) / range;
            if (m.error) {
                p.setPen(QPen(theme::error(), 3));
                p.drawLine(QPointF(x, 1), QPointF(x, height() - 1));
            } else {
                p.setPen(QPen(theme::arrow(), 1.5));
                p.drawLine(QPointF(x, height() * 0.62), QPointF(x, height() - 1));
            }
        }
    }
    QSlider::paintEvent(event);
}

} // namespace memviz::ui
