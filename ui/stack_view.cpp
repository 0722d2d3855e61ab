// StackView: painting, expansion clicks, tooltips and the push/pop animation of the frame cards.
#include "stack_view.h"

#include "theme.h"
#include "value_text.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QVariantAnimation>

#include <algorithm>

namespace memviz::ui {

StackView::StackView(QWidget* parent) : QAbstractScrollArea(parent) {
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setMouseTracking(true);
    m_animation = new QVariantAnimation(this);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant& v) {
        m_progress = v.toDouble();
        viewport()->update();
        emit geometryChanged();
    });
    connect(m_animation, &QVariantAnimation::finished, this, [this] {
        m_progress = 1.0;
        m_previousFrames.clear();
        m_previousLayout = StackLayout();
        viewport()->update();
        emit geometryChanged();
    });
}

void StackView::setState(const trace::MachineState& state, bool animate, int durationMs) {
    m_animation->stop();
    const bool doAnimate = animate && durationMs > 0;
    if (doAnimate) {
        m_previousFrames = std::move(m_frames);
        m_previousLayout = m_layout;
        // The old layout points into m_previousFrames' nodes: rebuild it over the moved frames.
        StackLayout::Params params;
        params.width = m_layout.cards().empty() ? 400 : m_layout.cards().front().rect.width();
        params.machineDetails = m_machineDetails;
        m_previousLayout.layout(m_previousFrames, m_toggles, QFontMetricsF(font()), params);
    } else {
        m_previousFrames.clear();
        m_previousLayout = StackLayout();
    }
    m_frames = state.frames;
    m_ended = state.ended;
    relayout();
    m_progress = doAnimate ? 0.0 : 1.0;
    if (doAnimate) {
        m_animation->setDuration(durationMs);
        m_animation->start();
    }
    if (!m_frames.empty()) ensureFrameVisible(m_frames.back().id);
    viewport()->update();
    emit geometryChanged();
}

void StackView::setMachineDetails(bool on) {
    if (m_machineDetails == on) return;
    m_machineDetails = on;
    relayout();
    viewport()->update();
    emit geometryChanged();
}

void StackView::relayout() {
    StackLayout::Params params;
    params.width = std::max(200.0, viewport()->width() - 16.0 - 24.0); // room on the right for arrows
    params.machineDetails = m_machineDetails;
    m_layout.layout(m_frames, m_toggles, QFontMetricsF(font()), params);
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(fontMetrics().height() + 6);
    verticalScrollBar()->setRange(0, std::max(0, static_cast<int>(m_layout.contentHeight()) - viewport()->height()));
}

void StackView::toggleExpanded(const QString& key) {
    if (!m_toggles.erase(key)) m_toggles.insert(key);
    relayout();
    viewport()->update();
    emit geometryChanged();
}

void StackView::ensureFrameVisible(std::uint64_t frameId) {
    const StackCard* card = m_layout.card(frameId);
    if (!card) return;
    const int top = verticalScrollBar()->value();
    const int bottom = top + viewport()->height();
    if (card->rect.bottom() > bottom) verticalScrollBar()->setValue(static_cast<int>(card->rect.bottom()) - viewport()->height() + 8);
    if (card->rect.top() < verticalScrollBar()->value()) verticalScrollBar()->setValue(static_cast<int>(card->rect.top()) - 8);
}

QPointF StackView::origin() const { return {0, -static_cast<double>(verticalScrollBar()->value())}; }

StackView::Placement StackView::placement(const StackCard& card, bool leaving) const {
    Placement place;
    if (m_progress >= 1.0) return place;
    const double slide = card.rect.width() * 0.6;
    if (leaving) {
        place.offset = QPointF(slide * m_progress, 0);
        place.opacity = 1.0 - m_progress;
        return place;
    }
    if (const StackCard* old = m_previousLayout.card(card.frameId)) {
        place.offset = QPointF(0, (old->rect.top() - card.rect.top()) * (1.0 - m_progress));
        return place;
    }
    place.offset = QPointF(slide * (1.0 - m_progress), 0);
    place.opacity = m_progress;
    return place;
}

std::optional<QRectF> StackView::rowRect(core::Address address, std::uint64_t frameId) const {
    const StackCard* card = frameId != 0 ? m_layout.card(frameId) : m_layout.cardForAddress(address);
    if (!card) return std::nullopt;
    if (const StackRow* row = m_layout.rowForAddress(*card, address)) {
        const Placement place = placement(*card, false);
        return row->rect.translated(card->rect.topLeft() + origin() + place.offset);
    }
    return std::nullopt;
}

std::optional<QRectF> StackView::cardRect(std::uint64_t frameId) const {
    const StackCard* card = m_layout.card(frameId);
    if (!card) return std::nullopt;
    return card->rect.translated(origin() + placement(*card, false).offset);
}

void StackView::paintEvent(QPaintEvent*) {
    QPainter p(viewport());
    paintContents(p);
}

void StackView::paintContents(QPainter& p) {
    p.fillRect(viewport()->rect(), theme::background());
    p.setRenderHint(QPainter::Antialiasing);
    if (m_frames.empty() && m_previousFrames.empty()) {
        p.setPen(theme::mutedText());
        p.drawText(viewport()->rect().adjusted(12, 12, -12, -12), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   m_ended ? tr("The program has ended: every frame has been popped.")
                           : tr("No frames yet. Press Run (or F11) to start the program."));
        return;
    }
    for (const StackCard& card : m_previousLayout.cards())
        if (!m_layout.card(card.frameId) && m_progress < 1.0)
            paintCard(p, card, m_previousFrames[card.frameIndex], m_previousLayout, placement(card, true));
    for (const StackCard& card : m_layout.cards())
        paintCard(p, card, m_frames[card.frameIndex], m_layout, placement(card, false));
    // The direction of growth.
    p.setPen(theme::mutedText());
    const QString hint = tr("↓ the stack grows down (toward lower addresses)");
    const double bottom = m_layout.contentHeight() + origin().y();
    if (bottom < viewport()->height() - fontMetrics().height())
        p.drawText(QRectF(8, bottom, viewport()->width() - 16, fontMetrics().height() + 4), Qt::AlignLeft, hint);
}

void StackView::paintCard(QPainter& p, const StackCard& card, const trace::FrameState& frame,
                          const StackLayout& layout, const Placement& place) {
    const QRectF rect = card.rect.translated(origin() + place.offset);
    if (rect.bottom() < 0 || rect.top() > viewport()->height()) return;
    p.save();
    p.setOpacity(place.opacity);
    const bool current = card.current && !m_ended;
    p.setPen(QPen(current ? theme::currentFrameBorder() : theme::frameBorder(), current ? 3 : 1.5));
    p.setBrush(current ? theme::currentFrameFill() : theme::frameFill());
    p.drawRoundedRect(rect, 6, 6);
    // Header: function, line, address range.
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(theme::text());
    const QRectF header(rect.left() + 8, rect.top() + 2, rect.width() - 16, card.headerHeight - 4);
    const QString title = QStringLiteral("%1()").arg(QString::fromStdString(frame.function));
    p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, title);
    const double titleWidth = QFontMetricsF(bold).horizontalAdvance(title);
    p.setFont(font());
    p.setPen(theme::mutedText());
    QString info = m_machineDetails ? tr("%1 bytes   ").arg(frame.frameBytes) : QString();
    info += QStringLiteral("%1 – %2").arg(hexAddress(frame.stackPointer), hexAddress(frame.frameBase + 16));
    // The line goes first when there is room for everything; otherwise the address range is kept whole.
    const double room = header.width() - titleWidth - 12;
    const QString withLine = tr("line %1").arg(frame.line) + QStringLiteral("   ") + info;
    if (QFontMetricsF(font()).horizontalAdvance(withLine) <= room) info = withLine;
    p.drawText(header.adjusted(titleWidth + 12, 0, 0, 0), Qt::AlignRight | Qt::AlignVCenter,
               QFontMetricsF(font()).elidedText(info, Qt::ElideLeft, room));
    p.setPen(QPen(current ? theme::currentFrameBorder() : theme::frameBorder(), 1));
    p.drawLine(QPointF(rect.left() + 1, rect.top() + card.headerHeight), QPointF(rect.right() - 1, rect.top() + card.headerHeight));

    const StackLayout::Columns cols = layout.columns();
    const QFontMetricsF fm(font());
    for (const StackRow& row : card.rows) {
        const QRectF r = row.rect.translated(rect.topLeft());
        if (r.bottom() < 0 || r.top() > viewport()->height()) continue;
        auto cell = [&](double from, double to) { return QRectF(r.left() + from, r.top(), to - from - 6, r.height()); };
        QString name, type, value;
        bool muted = false;
        switch (row.kind) {
        case StackRow::Kind::ReturnAddress:
            p.fillRect(r.adjusted(2, 1, -2, -1), theme::controlSlotFill());
            name = tr("return address");
            value = frame.callLine ? tr("%1 (after line %2)").arg(hexAddress(frame.returnAddress)).arg(frame.callLine)
                                   : hexAddress(frame.returnAddress);
            muted = true;
            break;
        case StackRow::Kind::SavedFramePointer:
            p.fillRect(r.adjusted(2, 1, -2, -1), theme::controlSlotFill());
            name = tr("saved rbp");
            value = hexAddress(frame.savedFramePointer);
            muted = true;
            break;
        case StackRow::Kind::Empty:
            p.setPen(theme::mutedText());
            p.drawText(cell(cols.name, cols.end), Qt::AlignLeft | Qt::AlignVCenter, tr("(no locals)"));
            continue;
        case StackRow::Kind::Value:
            name = QString::fromStdString(row.node->name);
            type = QString::fromStdString(row.node->type);
            value = valueText(*row.node);
            break;
        }
        const double indent = row.depth * fm.height() * 0.9;
        if (row.expandable) {
            p.setPen(theme::text());
            p.drawText(cell(cols.name + indent, cols.name + indent + fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                       row.expanded ? QStringLiteral("▾") : QStringLiteral("▸"));
        }
        const double nameLeft = cols.name + indent + fm.height() * 0.9;
        p.setPen(muted ? theme::mutedText() : theme::text());
        const double nameRight = muted ? cols.value : cols.type; // control slots have no type
        p.drawText(cell(nameLeft, nameRight), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(name, Qt::ElideRight, nameRight - nameLeft - 6));
        p.setPen(theme::mutedText());
        p.drawText(cell(cols.type, cols.value), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(type, Qt::ElideRight, cols.value - cols.type - 6));
        const bool uninitialized = row.node && !row.node->initialized;
        QFont valueFont = font();
        valueFont.setItalic(uninitialized);
        valueFont.setBold(row.node && row.node->isPointer && !uninitialized);
        p.setFont(valueFont);
        p.setPen(uninitialized || muted ? theme::mutedText() : (row.node && row.node->isPointer ? theme::arrow() : theme::text()));
        p.drawText(cell(cols.value, cols.address), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(valueFont).elidedText(value, Qt::ElideRight, cols.address - cols.value - 6));
        p.setFont(font());
        p.setPen(theme::mutedText());
        p.drawText(cell(cols.address, cols.end), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(hexAddress(row.address), Qt::ElideLeft, cols.end - cols.address - 6));
    }
    p.restore();
}

const StackRow* StackView::rowAt(QPointF point, const StackCard** cardOut) const {
    for (const StackCard& card : m_layout.cards()) {
        const QRectF rect = card.rect.translated(origin());
        if (!rect.contains(point)) continue;
        for (const StackRow& row : card.rows)
            if (row.rect.translated(rect.topLeft()).contains(point)) {
                if (cardOut) *cardOut = &card;
                return &row;
            }
    }
    return nullptr;
}

void StackView::mousePressEvent(QMouseEvent* event) {
    const StackRow* row = rowAt(event->position());
    if (row && row->expandable) toggleExpanded(row->key);
}

bool StackView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const StackCard* card = nullptr;
        const StackRow* row = rowAt(help->pos(), &card);
        if (row && row->node) {
            const trace::ValueNode& n = *row->node;
            QToolTip::showText(help->globalPos(),
                               tr("%1 %2 = %3\n%4 bytes at %5%6")
                                   .arg(QString::fromStdString(n.type), QString::fromStdString(n.name), valueText(n))
                                   .arg(n.size)
                                   .arg(hexAddress(n.address),
                                        n.isPointer && n.initialized ? tr("\npoints to %1").arg(hexAddress(n.pointee)) : QString()),
                               viewport());
        } else if (row && row->kind == StackRow::Kind::ReturnAddress) {
            QToolTip::showText(help->globalPos(),
                               tr("Where the CPU continues in the caller when this function returns.\n"
                                  "Pushed by the call instruction at %1.").arg(hexAddress(row->address)),
                               viewport());
        } else if (row && row->kind == StackRow::Kind::SavedFramePointer) {
            QToolTip::showText(help->globalPos(),
                               tr("The caller's frame pointer (rbp), saved on entry and restored on return."), viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void StackView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    relayout();
    if (!m_frames.empty()) ensureFrameVisible(m_frames.back().id); // the current frame stays in view
    emit geometryChanged();
}

void StackView::scrollContentsBy(int, int) {
    viewport()->update();
    emit geometryChanged();
}

void StackView::changeEvent(QEvent* event) {
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        relayout();
        viewport()->update();
        emit geometryChanged();
    }
}

} // namespace memviz::ui
