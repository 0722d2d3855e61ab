// CodeEditor: the gutter is a child widget kept in the viewport margin; markers are extra selections.
#include "code_editor.h"

#include "c_highlighter.h"
#include "line_number_gutter.h"
#include "theme.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTimer>
#include <QTextBlock>
#include <QToolTip>

namespace memviz::ui {

CodeEditor::CodeEditor(QWidget* parent) : QPlainTextEdit(parent) {
    m_gutter = new LineNumberGutter(this);
    m_highlighter = new CHighlighter(document());
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSize(11);
    setFont(mono);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateGutterGeometry);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect& rect, int dy) {
        if (dy != 0)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    updateGutterGeometry();
}

void CodeEditor::setFontSize(int points) {
    QFont f = font();
    f.setPointSize(points);
    setFont(f);
    setTabStopDistance(QFontMetricsF(f).horizontalAdvance(QLatin1Char(' ')) * 4);
    updateGutterGeometry();
}

int CodeEditor::gutterWidth() const {
    int digits = 2;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10) ++digits;
    const int lineHeight = fontMetrics().height();
    return lineHeight * 2 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void CodeEditor::updateGutterGeometry() {
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect r = contentsRect();
    m_gutter->setGeometry(r.left(), r.top(), gutterWidth(), r.height());
    m_gutter->update();
}

void CodeEditor::resizeEvent(QResizeEvent* event) {
    QPlainTextEdit::resizeEvent(event);
    updateGutterGeometry();
}

std::uint32_t CodeEditor::lineAtY(int y) const {
    QTextBlock block = firstVisibleBlock();
    while (block.isValid()) {
        const QRectF r = blockBoundingGeometry(block).translated(contentOffset());
        if (y >= r.top() && y < r.bottom()) return static_cast<std::uint32_t>(block.blockNumber() + 1);
        if (r.top() > y) break;
        block = block.next();
    }
    return 0;
}

void CodeEditor::paintGutter(QPaintEvent* event, QWidget* gutter) {
    QPainter p(gutter);
    p.fillRect(event->rect(), QColor(0xf0, 0xf0, 0xec));
    p.setRenderHint(QPainter::Antialiasing);
    const int lineHeight = fontMetrics().height();
    const int markerWidth = lineHeight;            // breakpoint / error column
    const int arrowLeft = gutter->width() - lineHeight; // the execution arrow column
    QTextBlock block = firstVisibleBlock();
    while (block.isValid()) {
        const QRectF r = blockBoundingGeometry(block).translated(contentOffset());
        if (r.top() > event->rect().bottom()) break;
        if (block.isVisible() && r.bottom() >= event->rect().top()) {
            const auto line = static_cast<std::uint32_t>(block.blockNumber() + 1);
            const QRectF row(0, r.top(), gutter->width(), lineHeight);
            const bool isCurrent = line == m_currentLine;
            if (isCurrent) p.fillRect(row, theme::currentLine());
            p.setPen(isCurrent ? theme::text() : theme::mutedText());
            p.setFont(font());
            p.drawText(QRectF(markerWidth, r.top(), arrowLeft - markerWidth - 2, lineHeight),
                       Qt::AlignRight | Qt::AlignVCenter, QString::number(line));
            const QRectF marker(3, r.top() + 3, markerWidth - 6, lineHeight - 6);
            if (m_breakpoints.count(line)) {
                p.setPen(Qt::NoPen);
                p.setBrush(theme::breakpoint());
                p.drawEllipse(marker);
            } else if (m_marks.count(line)) {
                const bool warning = m_marks.find(line)->second.warning;
                p.setPen(QPen(warning ? theme::warning() : theme::error(), 2));
                p.setBrush(Qt::NoBrush);
                p.drawLine(marker.topLeft(), marker.bottomRight());
                p.drawLine(marker.topRight(), marker.bottomLeft());
            }
            if (isCurrent || line == m_previousLine) {
                const QRectF a(arrowLeft + 2, r.top() + 3, lineHeight - 5, lineHeight - 6);
                QPainterPath arrow;
                arrow.moveTo(a.left(), a.top() + a.height() * 0.25);
                arrow.lineTo(a.center().x(), a.top() + a.height() * 0.25);
                arrow.lineTo(a.center().x(), a.top());
                arrow.lineTo(a.right(), a.center().y());
                arrow.lineTo(a.center().x(), a.bottom());
                arrow.lineTo(a.center().x(), a.top() + a.height() * 0.75);
                arrow.lineTo(a.left(), a.top() + a.height() * 0.75);
                arrow.closeSubpath();
                p.setPen(Qt::NoPen);
                p.setBrush(isCurrent ? theme::currentArrow() : theme::previousArrow());
                p.drawPath(arrow);
            }
        }
        block = block.next();
    }
}

void CodeEditor::setExecutionLines(std::uint32_t current, std::uint32_t previous) {
    m_currentLine = current;
    m_previousLine = previous == current ? 0 : previous;
    updateExtraSelections();
    m_gutter->update();
    ensureCurrentLineVisible();
}

void CodeEditor::ensureCurrentLineVisible() {
    if (m_currentLine == 0 || !isVisible()) return;
    const QTextBlock block = document()->findBlockByNumber(static_cast<int>(m_currentLine) - 1);
    if (!block.isValid()) return;
    // Keep the current line in view without moving the user's cursor.
    const QRectF r = blockBoundingGeometry(block).translated(contentOffset());
    if (r.top() >= 0 && r.bottom() <= viewport()->height()) return;
    const QTextCursor saved = textCursor();
    setTextCursor(QTextCursor(block));
    centerCursor();
    const int scroll = verticalScrollBar()->value();
    setTextCursor(saved);
    verticalScrollBar()->setValue(scroll);
}

void CodeEditor::showEvent(QShowEvent* event) {
    QPlainTextEdit::showEvent(event);
    QTimer::singleShot(0, this, &CodeEditor::ensureCurrentLineVisible);
}

void CodeEditor::toggleBreakpoint(std::uint32_t line) {
    if (line == 0) return;
    if (!m_breakpoints.erase(line)) m_breakpoints.insert(line);
    m_gutter->update();
    emit breakpointsChanged();
}

void CodeEditor::setBreakpoints(std::set<std::uint32_t> lines) {
    m_breakpoints = std::move(lines);
    m_gutter->update();
    emit breakpointsChanged();
}

void CodeEditor::setMarks(std::multimap<std::uint32_t, Mark> marks) {
    m_marks = std::move(marks);
    updateExtraSelections();
    m_gutter->update();
}

QString CodeEditor::marksText(std::uint32_t line) const {
    QStringList lines;
    const auto [first, last] = m_marks.equal_range(line);
    for (auto it = first; it != last; ++it) lines << it->second.message;
    return lines.join(QLatin1Char('\n'));
}

void CodeEditor::updateExtraSelections() {
    QList<QTextEdit::ExtraSelection> selections;
    if (m_currentLine != 0) {
        QTextEdit::ExtraSelection s;
        s.format.setBackground(theme::currentLine());
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        s.cursor = QTextCursor(document()->findBlockByNumber(static_cast<int>(m_currentLine) - 1));
        selections << s;
    }
    for (const auto& [line, mark] : m_marks) {
        const QTextBlock block = document()->findBlockByNumber(static_cast<int>(line) - 1);
        if (!block.isValid()) continue;
        QTextEdit::ExtraSelection s;
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(mark.warning ? theme::warning() : theme::error());
        s.format.setToolTip(mark.message);
        QTextCursor c(block);
        const QString text = block.text();
        int start = 0;
        while (start < text.size() && text[start].isSpace()) ++start;
        if (mark.column > 0 && static_cast<int>(mark.column) - 1 < text.size()) start = static_cast<int>(mark.column) - 1;
        c.setPosition(block.position() + start);
        c.setPosition(block.position() + std::max(static_cast<int>(text.size()), start + 1), QTextCursor::KeepAnchor);
        s.cursor = c;
        selections << s;
    }
    setExtraSelections(selections);
}

void CodeEditor::goToLine(std::uint32_t line, std::uint32_t column) {
    const QTextBlock block = document()->findBlockByNumber(static_cast<int>(line) - 1);
    if (!block.isValid()) return;
    QTextCursor c(block);
    if (column > 0) c.setPosition(block.position() + std::min(static_cast<int>(column) - 1, block.length() - 1));
    setTextCursor(c);
    centerCursor();
    setFocus();
}

std::uint32_t CodeEditor::lineAtCursor() const {
    return static_cast<std::uint32_t>(textCursor().blockNumber() + 1);
}

void CodeEditor::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_F9 && event->modifiers() == Qt::NoModifier) {
        toggleBreakpoint(lineAtCursor());
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool CodeEditor::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint inViewport = viewport()->mapFromGlobal(help->globalPos());
        const QTextCursor c = cursorForPosition(inViewport);
        const QString text = marksText(static_cast<std::uint32_t>(c.blockNumber() + 1));
        if (!text.isEmpty() && inViewport.x() >= 0)
            QToolTip::showText(help->globalPos(), text, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::event(event);
}

} // namespace memviz::ui
