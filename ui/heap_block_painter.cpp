// HeapBlockPainter: each row piece is painted clipped to itself, as if the whole block were laid out from
// where its first byte would be on that row.
#include "heap_block_painter.h"

#include "theme.h"
#include "value_text.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>

namespace memviz::ui {

void HeapBlockPainter::paint(const trace::HeapBlockState& b, const std::vector<QRectF>& segs,
                             const Look& look) {
    if (segs.empty()) return;
    double width = 0;
    for (const QRectF& r : segs) width += r.width();
    const double k = width / static_cast<double>(std::max<std::uint64_t>(b.size, 1)); // pixels per byte here
    const bool allocated = b.state == trace::BlockState::Allocated;
    const double headerWidth = std::max(3.0, 8.0 * k);
    const double payloadWidth =
        allocated ? std::min(width - headerWidth, static_cast<double>(b.requested) * k) : 0;
    const bool detailed = width >= 6;

    std::size_t widest = 0;
    double consumed = 0; // the block's width on the rows before this one
    for (std::size_t s = 0; s < segs.size(); ++s) {
        const QRectF& r = segs[s];
        if (r.width() > segs[widest].width()) widest = s;
        const double blockX = r.x() - consumed; // where the block's first byte would be on this row
        consumed += r.width();
        if (r.bottom() < m_clip.top() || r.top() > m_clip.bottom()) continue;
        m_p.save();
        m_p.setClipRect(r.adjusted(0, 0, 0.5, 0.5));
        if (!allocated) {
            m_p.fillRect(r, look.kind == BlockKind::Dangling ? theme::freeFill() : look.fill);
            if (look.kind == BlockKind::Dangling) {
                // Only the freed bytes something still points into.
                for (const auto& [address, bytes] : m_classifier.danglingRanges()) {
                    if (address + bytes <= b.address || address >= b.address + b.size) continue;
                    const QRectF range(blockX + static_cast<double>(address - b.address) * k, r.y(),
                                       std::max(6.0, static_cast<double>(bytes) * k), r.height());
                    m_p.fillRect(range, theme::danglingFill());
                    m_p.fillRect(range, QBrush(theme::danglingArrow(), Qt::BDiagPattern));
                }
            }
        } else {
            m_p.fillRect(r, theme::freshFill());
            const double payloadEnd = blockX + headerWidth + payloadWidth * look.grow;
            const double blockEnd = blockX + headerWidth + (width - headerWidth) * look.grow;
            m_p.fillRect(QRectF(blockX + headerWidth, r.y(), payloadEnd - blockX - headerWidth, r.height()),
                         look.fill);
            if (blockEnd > payloadEnd) {
                const QRectF pad(payloadEnd, r.y(), blockEnd - payloadEnd, r.height());
                m_p.fillRect(pad, theme::paddingFill());
                if (detailed) m_p.fillRect(pad, QBrush(theme::frameBorder(), Qt::FDiagPattern));
            }
            if (look.kind == BlockKind::Corrupted) m_p.fillRect(r, QBrush(Qt::white, Qt::DiagCrossPattern));
        }
        m_p.fillRect(QRectF(blockX, r.y(), headerWidth, r.height()), theme::headerFill());
        if (detailed) {
            m_p.setPen(QPen(theme::blockBorder(), 1));
            m_p.setBrush(Qt::NoBrush);
            m_p.drawRect(QRectF(blockX, r.y(), width, r.height()).adjusted(0.5, 0.5, -0.5, -0.5));
        }
        if (look.compressed && detailed) {
            // Drawn shorter than its size: a break mark in the middle.
            const double mx = blockX + width * 0.85;
            m_p.setPen(QPen(theme::mutedText(), 1.5));
            for (double dx : {-4.0, 4.0}) {
                QPolygonF zig;
                for (int j = 0; j <= 6; ++j)
                    zig << QPointF(mx + dx + ((j % 2) ? 3 : -3), r.top() + r.height() * j / 6.0);
                m_p.drawPolyline(zig);
            }
        }
        if (!look.oldBoundaries.empty() && look.boundaryOpacity > 0) {
            QColor line = theme::blockBorder();
            line.setAlphaF(static_cast<float>(look.boundaryOpacity));
            m_p.setPen(QPen(line, 2, Qt::DashLine));
            for (core::Address old : look.oldBoundaries) {
                const double x = blockX + static_cast<double>(old - b.address) * k;
                m_p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
            }
        }
        m_p.restore();
    }
    if (detailed) paintLabel(b, segs[widest], widest == 0, headerWidth, look.kind);
}

void HeapBlockPainter::paintLabel(const trace::HeapBlockState& b, const QRectF& r, bool first,
                                  double headerWidth, BlockKind kind) {
    if (r.bottom() < m_clip.top() || r.top() > m_clip.bottom()) return;
    const bool allocated = b.state == trace::BlockState::Allocated;
    const QFontMetrics fm(m_p.font());
    const double textLeft = r.x() + (first ? headerWidth : 0); // not over the header
    const QRectF textArea(textLeft, r.y() + 3, r.right() - textLeft, r.height() - 6);
    const double room = textArea.width() - 4;
    const QString size = byteSize(allocated ? b.requested : b.size);
    QString second = allocated
                         ? QCoreApplication::translate("memviz::ui::HeapView", "line %1").arg(b.allocLine)
                         : QCoreApplication::translate("memviz::ui::HeapView", "free");
    if (fm.horizontalAdvance(second) > room)
        second = allocated ? QCoreApplication::translate("memviz::ui::HeapView", "L%1").arg(b.allocLine)
                           : QString();
    if (fm.horizontalAdvance(second) > room) second.clear();
    if (fm.horizontalAdvance(size) > room) return;
    m_p.setPen(kind == BlockKind::Corrupted ? Qt::white : theme::text());
    m_p.drawText(textArea, Qt::AlignHCenter | Qt::AlignTop, size);
    m_p.drawText(textArea, Qt::AlignHCenter | Qt::AlignBottom, second);
}

} // namespace memviz::ui
