// CodeEditor: the C source editor: line-number gutter, C highlighting, the current-line arrow and the
// previous line's faded mark, breakpoints (gutter click or F9) and compile/runtime errors underlined with
// a wavy line at their line, their message shown on hover.
#pragma once

#include <QPlainTextEdit>

#include <cstdint>
#include <map>
#include <set>

namespace memviz::ui {

class CHighlighter;
class LineNumberGutter;

class CodeEditor : public QPlainTextEdit {
    Q_OBJECT

public:
    struct Mark {
        std::uint32_t column = 0; // 1-based; 0: the whole line
        QString message;
        bool warning = false;
    };

    explicit CodeEditor(QWidget* parent = nullptr);

    // Lines are 1-based; 0 clears.
    void setExecutionLines(std::uint32_t current, std::uint32_t previous);
    std::uint32_t currentLine() const { return m_currentLine; }
    std::uint32_t previousLine() const { return m_previousLine; }

    const std::set<std::uint32_t>& breakpoints() const { return m_breakpoints; }
    void toggleBreakpoint(std::uint32_t line);
    void setBreakpoints(std::set<std::uint32_t> lines);

    void setMarks(std::multimap<std::uint32_t, Mark> marks); // by line
    const std::multimap<std::uint32_t, Mark>& marks() const { return m_marks; }
    QString marksText(std::uint32_t line) const;

    void setFontSize(int points);
    void goToLine(std::uint32_t line, std::uint32_t column = 0);
    std::uint32_t lineAtCursor() const;

    // For the gutter.
    int gutterWidth() const;
    void paintGutter(QPaintEvent* event, QWidget* gutter);
    std::uint32_t lineAtY(int y) const;

signals:
    void breakpointsChanged();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    void updateGutterGeometry();
    void ensureCurrentLineVisible();
    void updateExtraSelections();

    LineNumberGutter* m_gutter = nullptr;
    CHighlighter* m_highlighter = nullptr;
    std::uint32_t m_currentLine = 0;
    std::uint32_t m_previousLine = 0;
    std::set<std::uint32_t> m_breakpoints;
    std::multimap<std::uint32_t, Mark> m_marks;
};

} // namespace memviz::ui
