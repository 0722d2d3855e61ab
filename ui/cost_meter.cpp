// CostMeter: two labelled bars; the longer one sets the scale.
#include "cost_meter.h"

#include "theme.h"

#include <QPainter>

#include <algorithm>

namespace memviz::ui {

CostMeter::CostMeter(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(tr("A call allocates its whole frame by moving the stack pointer once (and frees it by moving it "
                  "back). malloc and free search free blocks, split and merge them and write their headers."));
}

QSize CostMeter::sizeHint() const { return {420, fontMetrics().height() * 4 + 16}; }
QSize CostMeter::minimumSizeHint() const { return {200, sizeHint().height()}; }

void CostMeter::setCost(const engine::CostCounters& cost, const engine::CostCounters& previous) {
    m_cost = cost;
    m_previous = previous;
    update();
}

QString CostMeter::stackText() const {
    const std::uint64_t pushes = m_cost.framePushes;
    QString text = tr("Stack: %n call(s), each frame allocated by one pointer move", nullptr, static_cast<int>(pushes));
    if (m_cost.framePushes > m_previous.framePushes) text += tr("  (this step: a frame pushed)");
    return text;
}

QString CostMeter::heapText() const {
    QString text = tr("Heap: %1 operations, %2 blocks examined, %3 splits, %4 coalesces, %5 header writes")
                       .arg(m_cost.heapOperations)
                       .arg(m_cost.blocksExamined)
                       .arg(m_cost.splits)
                       .arg(m_cost.coalesces)
                       .arg(m_cost.headerWrites);
    const std::uint64_t step = heapWork(m_cost) - std::min(heapWork(m_cost), heapWork(m_previous));
    if (step > 0) {
        text += tr("  (this step: %1 examined, %2 split, %3 coalesced)")
                    .arg(m_cost.blocksExamined - std::min(m_cost.blocksExamined, m_previous.blocksExamined))
                    .arg(m_cost.splits - std::min(m_cost.splits, m_previous.splits))
                    .arg(m_cost.coalesces - std::min(m_cost.coalesces, m_previous.coalesces));
    }
    return text;
}

void CostMeter::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int line = fontMetrics().height();
    const double barHeight = line * 0.7;
    const double scale = static_cast<double>(std::max<std::uint64_t>({stackWork(m_cost), heapWork(m_cost), 1}));
    const double barWidth = width() - 8.0;
    auto row = [&](double y, const QString& text, std::uint64_t work, const QColor& colour) {
        p.setPen(theme::text());
        p.drawText(QRectF(4, y, width() - 8, line), Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(text, Qt::ElideRight, width() - 8));
        const QRectF track(4, y + line + 1, barWidth, barHeight);
        p.setPen(Qt::NoPen);
        p.setBrush(theme::gridLine());
        p.drawRoundedRect(track, 3, 3);
        p.setBrush(colour);
        p.drawRoundedRect(QRectF(track.left(), track.top(), std::max(3.0, barWidth * work / scale), barHeight), 3, 3);
    };
    row(2, stackText(), stackWork(m_cost), theme::frameBorder());
    row(2 + line + barHeight + 6, heapText(), heapWork(m_cost), theme::leakedFill());
}

} // namespace memviz::ui
