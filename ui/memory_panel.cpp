// MemoryPanel: layout and the signals that make the overlay repaint.
#include "memory_panel.h"

#include "globals_view.h"
#include "heap_overview.h"
#include "heap_view.h"
#include "pointer_overlay.h"
#include "stack_view.h"
#include "theme.h"

#include <QDataStream>
#include <QHBoxLayout>
#include <QIODevice>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace memviz::ui {

MemoryPanel::MemoryPanel(QWidget* parent) : QWidget(parent) {
    m_stack = new StackView;
    m_stack->setObjectName(QStringLiteral("stackView"));
    m_globals = new GlobalsView;
    m_globals->setObjectName(QStringLiteral("globalsView"));
    m_heap = new HeapView;
    m_heap->setObjectName(QStringLiteral("heapView"));
    m_overview = new HeapOverview;

    auto* heapBox = new QWidget;
    auto* heapLayout = new QVBoxLayout(heapBox);
    heapLayout->setContentsMargins(0, 0, 0, 0);
    heapLayout->setSpacing(2);
    heapLayout->addWidget(m_overview);
    heapLayout->addWidget(m_heap, 1);

    auto* zoom = new QWidget;
    auto* zoomLayout = new QHBoxLayout(zoom);
    zoomLayout->setContentsMargins(0, 0, 0, 0);
    zoomLayout->setSpacing(2);
    auto button = [&](const QString& text, const QString& tip, auto slot) {
        auto* b = new QToolButton;
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        zoomLayout->addWidget(b);
    };
    button(QStringLiteral("−"), tr("Zoom out (Ctrl+wheel)"), [this] { m_heap->setZoom(m_heap->zoom() / 1.5); });
    button(QStringLiteral("1:1"), tr("Reset zoom"), [this] { m_heap->setZoom(1.0); });
    button(QStringLiteral("+"), tr("Zoom in (Ctrl+wheel)"), [this] { m_heap->setZoom(m_heap->zoom() * 1.5); });

    m_vertical = new QSplitter(Qt::Vertical);
    m_vertical->addWidget(titled(tr("Globals and statics"), m_globals));
    m_vertical->addWidget(titled(tr("Heap"), heapBox, zoom));
    m_vertical->setStretchFactor(0, 1);
    m_vertical->setStretchFactor(1, 3);
    m_horizontal = new QSplitter(Qt::Horizontal);
    m_horizontal->addWidget(titled(tr("Stack"), m_stack));
    m_horizontal->addWidget(m_vertical);
    m_horizontal->setStretchFactor(0, 1);
    m_horizontal->setStretchFactor(1, 1);
    m_horizontal->setChildrenCollapsible(false);
    m_vertical->setChildrenCollapsible(false);

    m_staleNote = new QLabel;
    m_staleNote->setObjectName(QStringLiteral("staleNote"));
    m_staleNote->setWordWrap(true);
    m_staleNote->setTextFormat(Qt::PlainText);
    m_staleNote->setContentsMargins(8, 4, 8, 4);
    m_staleNote->setAutoFillBackground(true);
    QPalette notePalette = m_staleNote->palette();
    notePalette.setColor(QPalette::Window, theme::currentLine());
    notePalette.setColor(QPalette::WindowText, theme::text());
    m_staleNote->setPalette(notePalette);
    m_staleNote->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_staleNote);
    layout->addWidget(m_horizontal, 1);

    m_overlay = new PointerOverlay(m_stack, m_globals, m_heap, this);
    m_overlay->raise();
    auto repaint = [this] { m_overlay->update(); };
    connect(m_stack, &StackView::geometryChanged, this, repaint);
    connect(m_globals, &GlobalsView::geometryChanged, this, repaint);
    connect(m_heap, &HeapView::geometryChanged, this, repaint);
    connect(m_horizontal, &QSplitter::splitterMoved, this, repaint);
    connect(m_vertical, &QSplitter::splitterMoved, this, repaint);
    connect(m_heap, &HeapView::visibleRangeChanged, this, [this] {
        const auto [first, last] = m_heap->visibleAddresses();
        m_overview->setVisibleRange(first, last);
    });
    connect(m_overview, &HeapOverview::addressClicked, m_heap, &HeapView::scrollToAddress);
}

QWidget* MemoryPanel::titled(const QString& title, QWidget* content, QWidget* extra) {
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    auto* header = new QHBoxLayout;
    auto* label = new QLabel(title);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    header->addWidget(label);
    header->addStretch(1);
    if (extra) header->addWidget(extra);
    layout->addLayout(header);
    layout->addWidget(content, 1);
    return box;
}

void MemoryPanel::setState(const trace::MachineState& state, bool animate, int durationMs) {
    m_stack->setState(state, animate, durationMs);
    m_globals->setGlobals(state.globals);
    m_heap->setState(state, animate, durationMs);
    m_overview->setState(state);
    const auto [first, last] = m_heap->visibleAddresses();
    m_overview->setVisibleRange(first, last);
    m_overlay->setPointers(state.pointers);
}

void MemoryPanel::setMachineDetails(bool on) { m_stack->setMachineDetails(on); }

void MemoryPanel::setStaleNote(const QString& text) {
    m_staleNote->setText(text);
    m_staleNote->setVisible(!text.isEmpty());
}

QString MemoryPanel::staleNote() const {
    return m_staleNote->isHidden() ? QString() : m_staleNote->text();
}

void MemoryPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    m_overlay->setGeometry(rect());
    m_overlay->raise();
}

QByteArray MemoryPanel::saveSplitters() const {
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << m_horizontal->saveState() << m_vertical->saveState();
    return out;
}

void MemoryPanel::restoreSplitters(const QByteArray& state) {
    QDataStream s(state);
    QByteArray h, v;
    s >> h >> v;
    if (s.status() != QDataStream::Ok) return;
    m_horizontal->restoreState(h);
    m_vertical->restoreState(v);
}

} // namespace memviz::ui
