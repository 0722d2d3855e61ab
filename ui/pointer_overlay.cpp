// PointerOverlay: endpoints come from the views in their viewport coordinates and are mapped here.
#include "pointer_overlay.h"

#include "globals_view.h"
#include "heap_view.h"
#include "stack_view.h"
#include "theme.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace memviz::ui {

namespace {

constexpr std::size_t kMaxArrows = 4000;

bool visibleIn(const QWidget* viewport, QPointF p) {
    return p.y() >= -1 && p.y() <= viewport->height() + 1;
}

} // namespace

PointerOverlay::PointerOverlay(StackView* stack, GlobalsView* globals, HeapView* heap, QWidget* parent)
    : QWidget(parent), m_stack(stack), m_globals(globals), m_heap(heap) {
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
}

void PointerOverlay::setPointers(const std::vector<trace::PointerEdge>& pointers) {
    m_pointers = pointers;
    update();
}

std::optional<QRectF> PointerOverlay::mapRect(QWidget* from, const std::optional<QRectF>& rect) const {
    if (!rect || !from->isVisible()) return std::nullopt;
    const QPointF offset = from->mapTo(parentWidget(), QPoint(0, 0)) - pos();
    return rect->translated(offset);
}

std::optional<QPointF> PointerOverlay::sourcePoint(const trace::PointerEdge& e) const {
    if (e.fromFrameId != 0) {
        const auto r = m_stack->rowRect(e.from, e.fromFrameId);
        if (!r || !visibleIn(m_stack->viewport(), r->center())) return std::nullopt;
        const double valueRight = r->left() + m_stack->layout().columns().address;
        const auto mapped = mapRect(m_stack->viewport(), QRectF(valueRight - 4, r->top(), 1, r->height()));
        return mapped ? std::optional<QPointF>(mapped->center()) : std::nullopt;
    }
    if (e.fromBlockId != 0) {
        const auto p = m_heap->pointForAddress(e.from);
        if (!p) return std::nullopt;
        const auto mapped = mapRect(m_heap->viewport(), QRectF(*p, QSizeF(0, 0)));
        return mapped ? std::optional<QPointF>(mapped->topLeft()) : std::nullopt;
    }
    const auto r = m_globals->rowRect(e.from);
    if (!r || !visibleIn(m_globals->viewport(), r->center())) return std::nullopt;
    const auto mapped = mapRect(m_globals->viewport(), r);
    return mapped ? std::optional<QPointF>(QPointF(mapped->right() - 4, mapped->center().y())) : std::nullopt;
}

std::optional<QPointF> PointerOverlay::targetPoint(const trace::PointerEdge& e, bool& intoRow) const {
    using trace::PointerTarget;
    intoRow = false;
    switch (e.target) {
    case PointerTarget::Heap:
    case PointerTarget::DanglingHeap: {
        auto p = m_heap->pointForAddress(e.to, false);
        if (!p) return std::nullopt;
        const auto block = m_heap->blockRect(e.to);
        const double rowTop = p->y() - m_heap->layout().params().rowHeight / 2;
        QPointF tip(p->x(), rowTop);
        if (block && std::abs(block->left() - p->x()) < 2) tip.setX(p->x() + 2);
        // Targets scrolled away: the arrow ends at the heap view's edge.
        tip.setY(std::clamp(tip.y(), 0.0, static_cast<double>(m_heap->viewport()->height())));
        const auto mapped = mapRect(m_heap->viewport(), QRectF(tip, QSizeF(0, 0)));
        return mapped ? std::optional<QPointF>(mapped->topLeft()) : std::nullopt;
    }
    case PointerTarget::Stack:
    case PointerTarget::DanglingStack: {
        const auto r = m_stack->rowRect(e.to, e.target == PointerTarget::Stack ? e.toFrameId : 0);
        if (!r) return std::nullopt;
        intoRow = true;
        QRectF clamped = *r;
        clamped.moveTop(std::clamp(r->top(), 0.0, m_stack->viewport()->height() - r->height()));
        const auto mapped = mapRect(m_stack->viewport(), clamped);
        return mapped ? std::optional<QPointF>(QPointF(mapped->right(), mapped->center().y())) : std::nullopt;
    }
    case PointerTarget::Global: {
        const auto r = m_globals->rowRect(e.to);
        if (!r) return std::nullopt;
        intoRow = true;
        const auto mapped = mapRect(m_globals->viewport(), r);
        return mapped ? std::optional<QPointF>(QPointF(mapped->left() + 2, mapped->center().y())) : std::nullopt;
    }
    default: return std::nullopt;
    }
}

std::vector<PointerOverlay::Arrow> PointerOverlay::arrows() const {
    std::vector<Arrow> out;
    for (const trace::PointerEdge& e : m_pointers) {
        if (out.size() >= kMaxArrows) break;
        const auto from = sourcePoint(e);
        if (!from) continue;
        bool intoRow = false;
        const auto to = targetPoint(e, intoRow);
        if (!to) continue;
        Arrow a;
        a.from = *from;
        a.to = *to;
        a.dangling = e.target == trace::PointerTarget::DanglingHeap || e.target == trace::PointerTarget::DanglingStack;
        a.intoStack = intoRow;
        a.heapToHeap = e.fromBlockId != 0 && !intoRow;
        out.push_back(a);
    }
    return out;
}

void PointerOverlay::paintEvent(QPaintEvent*) {
    const std::vector<Arrow> all = arrows();
    if (all.empty()) return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    for (const Arrow& a : all) {
        QPainterPath path(a.from);
        QPointF c1, c2;
        if (a.heapToHeap) {
            const double lift = std::clamp(std::abs(a.to.x() - a.from.x()) * 0.3, 18.0, 60.0);
            c1 = a.from + QPointF(0, -lift);
            c2 = a.to + QPointF(0, -lift);
        } else if (a.intoStack) {
            const double out = std::clamp(std::abs(a.to.y() - a.from.y()) * 0.35, 30.0, 120.0);
            c1 = a.from + QPointF(out, 0);
            c2 = a.to + QPointF(out, 0);
        } else {
            const double dx = std::max(40.0, (a.to.x() - a.from.x()) * 0.5);
            c1 = a.from + QPointF(dx, 0);
            c2 = a.to + QPointF(0, -std::max(30.0, std::abs(a.to.y() - a.from.y()) * 0.3));
        }
        path.cubicTo(c1, c2, a.to);
        const QColor colour = a.dangling ? theme::danglingArrow() : theme::arrow();
        QPen pen(colour, 2.2, a.dangling ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        // Source dot and arrowhead along the last tangent.
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(a.from, 3.5, 3.5);
        QPointF dir = a.to - c2;
        const double len = std::hypot(dir.x(), dir.y());
        dir = len > 0.01 ? dir / len : QPointF(0, 1);
        const QPointF normal(-dir.y(), dir.x());
        const double head = 10;
        QPolygonF tip;
        tip << a.to << a.to - dir * head + normal * head * 0.45 << a.to - dir * head - normal * head * 0.45;
        p.drawPolygon(tip);
        if (a.dangling) {
            p.setPen(QPen(colour, 2.5));
            const QPointF x = a.to - dir * (head + 6);
            p.drawLine(x + QPointF(-5, -5), x + QPointF(5, 5));
            p.drawLine(x + QPointF(-5, 5), x + QPointF(5, -5));
        }
    }
}

} // namespace memviz::ui
