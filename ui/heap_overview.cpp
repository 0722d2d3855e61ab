// HeapOverview: blocks are painted at true scale into a cached image; tiny blocks still get a pixel.
#include "heap_overview.h"

#include "theme.h"
#include "value_text.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace memviz::ui {

HeapOverview::HeapOverview(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("The whole heap at true scale: blue is in use, green is free. Click to scroll there."));
}

QSize HeapOverview::sizeHint() const { return {300, fontMetrics().height() * 2 + 14}; }

void HeapOverview::setState(const trace::MachineState& state) {
    m_blocks = state.heap;
    m_classifier.setState(state);
    m_start = state.heapStart;
    m_end = std::max(state.heapBreak, m_blocks.empty() ? m_start : m_blocks.back().address + m_blocks.back().size);
    m_liveBytes = state.metrics.liveRequested;
    m_freeBytes = state.metrics.freeBytes;
    render();
    update();
}

void HeapOverview::setVisibleRange(core::Address first, core::Address last) {
    m_visibleFirst = first;
    m_visibleLast = last;
    update();
}

QRectF HeapOverview::stripRect() const {
    const int text = fontMetrics().height();
    return QRectF(4, text + 6, width() - 8, height() - text - 10);
}

double HeapOverview::xOf(core::Address address) const {
    const QRectF strip = stripRect();
    if (m_end <= m_start) return strip.left();
    const double f = static_cast<double>(std::clamp(address, m_start, m_end) - m_start) / static_cast<double>(m_end - m_start);
    return strip.left() + f * strip.width();
}

void HeapOverview::render() {
    const QRectF strip = stripRect();
    const QSize size(std::max(1, static_cast<int>(strip.width())), std::max(1, static_cast<int>(strip.height())));
    m_image = QImage(size, QImage::Format_RGB32);
    m_image.fill(theme::freshFill());
    if (m_end <= m_start) return;
    QPainter p(&m_image);
    const double scale = size.width() / static_cast<double>(m_end - m_start);
    for (const trace::HeapBlockState& b : m_blocks) {
        const double x0 = static_cast<double>(b.address - m_start) * scale;
        const double w = std::max(1.0, static_cast<double>(b.size) * scale);
        const BlockKind kind = m_classifier.kind(b);
        QColor c = BlockClassifier::fill(kind == BlockKind::Dangling ? BlockKind::Free : kind);
        if (kind == BlockKind::Allocated) c = c.darker(115);
        p.fillRect(QRectF(x0, 0, w, size.height()), c);
    }
    // Freed bytes still pointed to, on top of the free blocks that hold them.
    for (const auto& [address, bytes] : m_classifier.danglingRanges()) {
        if (address < m_start || address >= m_end) continue;
        p.fillRect(QRectF(static_cast<double>(address - m_start) * scale, 0, std::max(2.0, static_cast<double>(bytes) * scale),
                          size.height()),
                   theme::danglingArrow());
    }
}

void HeapOverview::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    render();
}

void HeapOverview::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), theme::background());
    const QRectF strip = stripRect();
    p.setPen(theme::text());
    const QString summary =
        m_end > m_start ? tr("Heap %1 – %2: %3 in use, %4 free")
                              .arg(hexAddress(m_start), hexAddress(m_end), byteSize(m_liveBytes), byteSize(m_freeBytes))
                        : tr("Heap: empty");
    p.drawText(QRectF(4, 2, width() - 8, fontMetrics().height() + 2), Qt::AlignLeft | Qt::AlignVCenter, summary);
    p.drawImage(strip.topLeft(), m_image);
    p.setPen(theme::gridLine());
    p.drawRect(strip.adjusted(-0.5, -0.5, 0.5, 0.5));
    if (m_visibleLast > m_visibleFirst && m_end > m_start && (m_visibleFirst > m_start || m_visibleLast < m_end)) {
        const double x0 = xOf(m_visibleFirst), x1 = std::max(xOf(m_visibleLast), x0 + 3);
        p.setPen(QPen(theme::currentFrameBorder(), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(x0, strip.top() - 1, x1 - x0, strip.height() + 2));
    }
}

void HeapOverview::mousePressEvent(QMouseEvent* event) {
    const QRectF strip = stripRect();
    if (m_end <= m_start || strip.width() <= 0) return;
    const double f = std::clamp((event->position().x() - strip.left()) / strip.width(), 0.0, 1.0);
    emit addressClicked(m_start + static_cast<core::Address>(f * static_cast<double>(m_end - m_start)));
}

} // namespace memviz::ui
