// MemoryPanel: the picture of memory: the stack view on the left, globals and the heap (overview strip, zoom
// buttons, map) on the right, and the pointer overlay above all three so arrows can cross between them. A
// note above them says when the picture is of an older version of the program than the editor's.
#pragma once

#include "trace/machine_state.h"

#include <QWidget>

class QLabel;
class QSplitter;

namespace memviz::ui {

class GlobalsView;
class HeapOverview;
class HeapView;
class PointerOverlay;
class StackView;

class MemoryPanel : public QWidget {
    Q_OBJECT

public:
    explicit MemoryPanel(QWidget* parent = nullptr);

    void setState(const trace::MachineState& state, bool animate, int durationMs);
    void setMachineDetails(bool on);
    // Shown above the picture while it is stale (empty: hidden).
    void setStaleNote(const QString& text);
    QString staleNote() const;

    StackView* stackView() const { return m_stack; }
    GlobalsView* globalsView() const { return m_globals; }
    HeapView* heapView() const { return m_heap; }
    HeapOverview* heapOverview() const { return m_overview; }
    PointerOverlay* overlay() const { return m_overlay; }

    QByteArray saveSplitters() const;
    void restoreSplitters(const QByteArray& state);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* titled(const QString& title, QWidget* content, QWidget* extra = nullptr);

    StackView* m_stack = nullptr;
    GlobalsView* m_globals = nullptr;
    HeapView* m_heap = nullptr;
    HeapOverview* m_overview = nullptr;
    PointerOverlay* m_overlay = nullptr;
    QSplitter* m_horizontal = nullptr;
    QSplitter* m_vertical = nullptr;
    QLabel* m_staleNote = nullptr;
};

} // namespace memviz::ui
