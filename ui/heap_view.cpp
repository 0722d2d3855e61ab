// HeapView: painting, tooltips, zoom and the step animation of the heap map.
#include "heap_view.h"

#include "heap_block_painter.h"
#include "theme.h"
#include "value_text.h"

#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QVariantAnimation>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace memviz::ui {

namespace {

QColor blend(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

HeapView::HeapView(QWidget* parent) : QAbstractScrollArea(parent) {
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(false);
    m_animation = new QVariantAnimation(this);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant& v) {
        m_progress = v.toDouble();
        viewport()->update();
        emit geometryChanged();
    });
    connect(m_animation, &QVariantAnimation::finished, this, [this] {
        m_progress = 1.0;
        m_transition.clear();
        m_previous.clear();
        m_previousLayout.setBlocks(nullptr, m_layout.params());
        viewport()->update();
        emit geometryChanged();
    });
}

void HeapView::setState(const trace::MachineState& state, bool animate, int durationMs) {
    m_animation->stop();
    const bool doAnimate = animate && durationMs > 0;
    if (doAnimate) {
        m_previous = std::move(m_blocks);
        m_previousClassifier = m_classifier;
    } else {
        m_previous.clear();
    }
    m_blocks = state.heap;
    m_heapStart = state.heapStart;
    m_classifier.setState(state);
    m_progress = doAnimate ? 0.0 : 1.0;
    relayout();
    if (doAnimate) {
        m_animation->setDuration(durationMs);
        m_animation->start();
    }
    viewport()->update();
    emit geometryChanged();
    emit visibleRangeChanged();
}

void HeapView::relayout() {
    HeapLayout::Params params;
    const QFontMetrics fm(font());
    params.rowWidth = std::max(80.0, viewport()->width() - leftMargin() - 8);
    params.pixelsPerByte = 1.5 * m_zoom;
    // Zooming out below 1:1 also shrinks the minimum, down to a sliver per block.
    params.minBlockWidth = std::max(3.0, (fm.horizontalAdvance(QStringLiteral("line 999")) + 14.0) * std::min(1.0, m_zoom));
    params.maxBlockWidth = params.rowWidth;
    params.rowHeight = fm.height() * 2 + 12;
    params.rowGap = fm.height() * 0.9;
    m_layout.setBlocks(&m_blocks, params);
    // A step being animated: where each block slides from, with the same scale and row width.
    m_previousLayout.setBlocks(m_progress < 1.0 ? &m_previous : nullptr, params);
    if (m_progress < 1.0)
        m_transition.start(m_previousLayout, m_previous, m_layout, m_blocks);
    else
        m_transition.clear();
    const int content = static_cast<int>(std::ceil(m_layout.contentHeight() + topMargin() * 2));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(static_cast<int>(m_layout.rowPitch()));
    verticalScrollBar()->setRange(0, std::max(0, content - viewport()->height()));
}

void HeapView::setZoom(double zoom) {
    zoom = std::clamp(zoom, 0.02, 16.0);
    if (zoom == m_zoom) return;
    const auto [first, last] = visibleAddresses();
    m_zoom = zoom;
    relayout();
    scrollToAddress(first);
    (void)last;
    viewport()->update();
    emit geometryChanged();
    emit visibleRangeChanged();
}

void HeapView::scrollToAddress(core::Address address) {
    const QPointF p = m_layout.pointOfOffset(m_layout.offsetOfAddress(address));
    verticalScrollBar()->setValue(static_cast<int>(p.y() - m_layout.params().rowHeight / 2));
}

std::pair<core::Address, core::Address> HeapView::visibleAddresses() const {
    if (m_blocks.empty()) return {0, 0};
    const double y0 = verticalScrollBar()->value();
    const double y1 = y0 + viewport()->height();
    const double w = m_layout.params().rowWidth;
    const double from = std::floor(std::max(0.0, y0 - topMargin()) / m_layout.rowPitch()) * w;
    const double to = (std::floor(std::max(0.0, y1 - topMargin()) / m_layout.rowPitch()) + 1) * w;
    return {m_layout.addressAtOffset(from), m_layout.addressAtOffset(to) + 1};
}

double HeapView::leftMargin() const {
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    return QFontMetricsF(small).horizontalAdvance(QStringLiteral("0x4050000")) + 10;
}

QPointF HeapView::toViewport(QPointF p) const {
    return {p.x() + leftMargin(), p.y() + topMargin() - verticalScrollBar()->value()};
}

QPointF HeapView::toLayout(QPointF p) const {
    return {p.x() - leftMargin(), p.y() - topMargin() + verticalScrollBar()->value()};
}

std::pair<double, double> HeapView::displayRange(std::size_t i) const {
    if (m_transition.active() && m_progress < 1.0) return m_transition.range(i, m_progress);
    return {m_layout.blockStart(i), m_layout.blockStart(i) + m_layout.blockWidth(i)};
}

double HeapView::displayOffsetOfAddress(core::Address address, std::size_t i) const {
    const trace::HeapBlockState& b = m_blocks[i];
    const auto [from, to] = displayRange(i);
    const double fraction =
        static_cast<double>(address - b.address) / static_cast<double>(std::max<std::uint64_t>(b.size, 1));
    return from + fraction * (to - from);
}

std::optional<QPointF> HeapView::pointForAddress(core::Address address, bool onlyVisible) const {
    const std::size_t i = m_layout.blockOfAddress(address);
    if (i == m_layout.size()) return std::nullopt;
    const QPointF p = toViewport(m_layout.pointOfOffset(displayOffsetOfAddress(address, i)));
    if (onlyVisible && (p.y() < 0 || p.y() > viewport()->height())) return std::nullopt;
    return p;
}

std::optional<QRectF> HeapView::blockRect(core::Address address) const {
    const std::size_t i = m_layout.blockOfAddress(address);
    if (i == m_layout.size()) return std::nullopt;
    const auto [from, to] = displayRange(i);
    const std::vector<QRectF> segs = m_layout.segments(from, to);
    if (segs.empty()) return std::nullopt;
    return segs.front().translated(toViewport(QPointF(0, 0)));
}

const trace::HeapBlockState* HeapView::previousAt(core::Address address) const {
    const auto it = std::lower_bound(m_previous.begin(), m_previous.end(), address,
                                     [](const trace::HeapBlockState& b, core::Address a) { return b.address < a; });
    return it != m_previous.end() && it->address == address ? &*it : nullptr;
}

void HeapView::paintEvent(QPaintEvent* event) {
    QPainter p(viewport());
    paintContents(p, event->rect());
}

void HeapView::paintContents(QPainter& p, const QRect& area) {
    p.fillRect(area, theme::background());
    if (m_blocks.empty()) {
        p.setPen(theme::mutedText());
        p.drawText(viewport()->rect().adjusted(12, 12, -12, -12), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   tr("The heap is empty: nothing has been allocated yet."));
        return;
    }
    const QPointF origin = toViewport(QPointF(0, 0));
    const double y0 = area.top() - origin.y();
    const double y1 = area.bottom() - origin.y();
    p.save();
    p.translate(origin);
    const QRectF clip(-leftMargin(), y0, area.width() + leftMargin(), y1 - y0 + 1);
    for (std::size_t i : blocksToPaint(y0, y1)) paintBlock(p, i, clip);
    // Row start addresses in the margin.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    p.setPen(theme::mutedText());
    const int firstRow = std::max(0, static_cast<int>(std::floor(y0 / m_layout.rowPitch())));
    const int lastRow = std::min(m_layout.rowCount() - 1, static_cast<int>(std::floor(y1 / m_layout.rowPitch())));
    for (int row = firstRow; row <= lastRow; ++row) {
        const double offset = row * m_layout.params().rowWidth;
        // A row that continues a block drawn compressed (not to scale) has no true start address: no label.
        const std::size_t i = m_layout.blockAt(m_layout.pointOfOffset(offset) + QPointF(0.5, 0));
        if (i < m_layout.size() && m_layout.compressed(i) && m_layout.blockStart(i) < offset - 0.5) continue;
        const core::Address a = m_layout.addressAtOffset(offset);
        p.drawText(QRectF(-leftMargin(), row * m_layout.rowPitch(), leftMargin() - 6, m_layout.params().rowHeight),
                   Qt::AlignRight | Qt::AlignVCenter, hexAddress(a));
    }
    p.restore();
}

std::vector<std::size_t> HeapView::blocksToPaint(double y0, double y1) const {
    std::vector<std::size_t> out;
    if (!m_transition.active() || m_progress >= 1.0 || m_transition.still()) {
        const auto [first, last] = m_layout.blocksInBand(y0, y1);
        for (std::size_t i = first; i < last; ++i) out.push_back(i);
        return out;
    }
    // Mid-slide: the blocks whose current places reach into these rows.
    const double w = m_layout.params().rowWidth;
    const double from = std::max(0.0, std::floor(y0 / m_layout.rowPitch())) * w;
    const double to = (std::max(0.0, std::floor(y1 / m_layout.rowPitch())) + 1) * w;
    const auto [first, last] = m_transition.blocksIn(from, to, m_progress);
    for (std::size_t i = first; i < last; ++i) out.push_back(i);
    for (std::size_t i : m_transition.moved())
        if (i < first || i >= last) out.push_back(i);
    return out;
}

void HeapView::paintBlock(QPainter& p, std::size_t i, const QRectF& clipArea) {
    const trace::HeapBlockState& b = m_blocks[i];
    HeapBlockPainter::Look look;
    look.kind = m_classifier.kind(b);
    look.fill = BlockClassifier::fill(look.kind);
    look.compressed = m_layout.compressed(i);
    if (m_progress < 1.0) {
        const bool allocated = b.state == trace::BlockState::Allocated;
        const trace::HeapBlockState* before = previousAt(b.address);
        if (allocated && (!before || before->state != trace::BlockState::Allocated || before->id != b.id))
            look.grow = m_progress;
        else if (!allocated && before && before->state == trace::BlockState::Allocated)
            look.fill =
                blend(BlockClassifier::fill(m_previousClassifier.kind(*before)), look.fill, m_progress);
        if (before && before->size != b.size) {
            // A merge: the old boundaries inside this block fade out.
            auto it = std::upper_bound(
                m_previous.begin(), m_previous.end(), b.address,
                [](core::Address a, const trace::HeapBlockState& o) { return a < o.address; });
            for (; it != m_previous.end() && it->address < b.address + b.size; ++it)
                look.oldBoundaries.push_back(it->address);
            look.boundaryOpacity = 1.0 - m_progress;
        }
    }
    const auto [from, to] = displayRange(i);
    HeapBlockPainter(p, m_classifier, clipArea).paint(b, m_layout.segments(from, to), look);
}

QString HeapView::toolTipAt(QPointF viewportPoint) const {
    const std::size_t i = m_layout.blockAt(toLayout(viewportPoint));
    if (i >= m_blocks.size()) return {};
    const trace::HeapBlockState& b = m_blocks[i];
    const BlockKind kind = m_classifier.kind(b);
    QString text = QStringLiteral("<b>%1</b><br>").arg(BlockClassifier::name(kind).toHtmlEscaped());
    text += tr("block %1 – %2 (%3, 8-byte header included)<br>")
                .arg(hexAddress(b.address), hexAddress(b.address + b.size), byteSize(b.size));
    if (b.state == trace::BlockState::Allocated) {
        text += tr("payload at %1: %2 requested, %3 of padding<br>allocated at line %4 (step %5)")
                    .arg(hexAddress(b.payload), byteSize(b.requested),
                         byteSize(b.size > b.requested + 8 ? b.size - b.requested - 8 : 0))
                    .arg(b.allocLine)
                    .arg(b.allocStep);
        if (!b.words.empty()) {
            text += QStringLiteral("<br><tt>");
            const std::size_t shown = std::min<std::size_t>(b.words.size(), 8);
            for (std::size_t w = 0; w < shown; ++w)
                text += QStringLiteral("%1: %2<br>")
                            .arg(hexAddress(b.words[w].address), valueText(b.words[w]).toHtmlEscaped());
            if (b.words.size() > shown) text += QStringLiteral("…");
            text += QStringLiteral("</tt>");
        }
    }
    return text;
}

void HeapView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    relayout();
    emit geometryChanged();
    emit visibleRangeChanged();
}

void HeapView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(m_zoom * std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

bool HeapView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void HeapView::scrollContentsBy(int, int) {
    viewport()->update();
    emit geometryChanged();
    emit visibleRangeChanged();
}

void HeapView::changeEvent(QEvent* event) {
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        relayout();
        viewport()->update();
        emit geometryChanged();
    }
}

} // namespace memviz::ui
