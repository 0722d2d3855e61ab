// CostMeter: two labelled bars; the longer one sets the scale.
#include "cost_meter.h"
#include "value_text.h"

#include "theme.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace memviz::ui {

CostMeter::CostMeter(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_height = fontMetrics().height() * 4 + 16; // one line each until laid out
    setToolTip(tr("A call allocates its whole frame by moving the stack pointer once (and frees it by moving it "
                  "back). malloc and free search free blocks, split and merge them and write their headers."));
}

QSize CostMeter::sizeHint() const { return {420, m_height}; }
QSize CostMeter::minimumSizeHint() const { return {200, m_height}; }

int CostMeter::textHeight(const QString& text, int width) const {
    return fontMetrics()
        .boundingRect(QRect(0, 0, std::max(40, width - 8), 100000), Qt::TextWordWrap, text)
        .height();
}

int CostMeter::heightForWidth(int width) const {
    const int bar = static_cast<int>(std::ceil(fontMetrics().height() * 0.7));
    return 2 + textHeight(stackText(), width) + 1 + bar + 6 + textHeight(heapText(), width) + 1 + bar + 4;
}

void CostMeter::fitHeight() {
    const int h = heightForWidth(width());
    if (h == m_height) return;
    m_height = h;
    updateGeometry();
}

void CostMeter::setCost(const engine::CostCounters& cost, const engine::CostCounters& previous) {
    m_cost = cost;
    m_previous = previous;
    fitHeight(); // a line more or less
    update();
}

void CostMeter::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitHeight();
}

QString CostMeter::stackText() const {
    const std::uint64_t pushes = m_cost.framePushes;
    QString text = tr("Stack: %1, each frame allocated by one pointer move").arg(counted(pushes, tr("call"), tr("calls")));
    if (m_cost.framePushes > m_previous.framePushes) text += tr("  (this step: a frame pushed)");
    return text;
}

QString CostMeter::heapText() const {
    auto count = [](std::uint64_t n, const QString& one, const QString& many) {
        return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
    };
    QString text = tr("Heap: %1, %2 examined, %3, %4, %5")
                       .arg(count(m_cost.heapOperations, tr("operation"), tr("operations")),
                            count(m_cost.blocksExamined, tr("block"), tr("blocks")),
                            count(m_cost.splits, tr("split"), tr("splits")),
                            count(m_cost.coalesces, tr("coalesce"), tr("coalesces")),
                            count(m_cost.headerWrites, tr("header write"), tr("header writes")));
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
    const double barHeight = std::ceil(fontMetrics().height() * 0.7);
    const double scale = static_cast<double>(std::max<std::uint64_t>({stackWork(m_cost), heapWork(m_cost), 1}));
    const double barWidth = width() - 8.0;
    // Returns where the next row starts.
    auto row = [&](double y, const QString& text, std::uint64_t work, const QColor& colour) {
        const int textH = textHeight(text, width());
        p.setPen(theme::text());
        p.drawText(QRectF(4, y, width() - 8, textH), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                   text);
        const QRectF track(4, y + textH + 1, barWidth, barHeight);
        p.setPen(Qt::NoPen);
        p.setBrush(theme::gridLine());
        p.drawRoundedRect(track, 3, 3);
        p.setBrush(colour);
        p.drawRoundedRect(QRectF(track.left(), track.top(), std::max(3.0, barWidth * work / scale), barHeight), 3, 3);
        return track.bottom() + 6;
    };
    const double next = row(2, stackText(), stackWork(m_cost), theme::frameBorder());
    row(next, heapText(), heapWork(m_cost), theme::leakedFill());
}

} // namespace memviz::ui
