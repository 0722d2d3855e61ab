// LineNumberGutter: all drawing is done by the editor, which knows the block geometry.
#include "line_number_gutter.h"

#include "code_editor.h"

#include <QMouseEvent>

namespace memviz::ui {

LineNumberGutter::LineNumberGutter(CodeEditor* editor) : QWidget(editor), m_editor(editor) {
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click to set or clear a breakpoint (F9)"));
}

QSize LineNumberGutter::sizeHint() const { return {m_editor->gutterWidth(), 0}; }

void LineNumberGutter::paintEvent(QPaintEvent* event) { m_editor->paintGutter(event, this); }

void LineNumberGutter::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    const std::uint32_t line = m_editor->lineAtY(static_cast<int>(event->position().y()));
    if (line != 0) m_editor->toggleBreakpoint(line);
}

} // namespace memviz::ui
