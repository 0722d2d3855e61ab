// CodeEditor: breakpoints (F9 and the API), error marks with their messages, execution lines.
#include "code_editor.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using memviz::ui::CodeEditor;

TEST_CASE("code editor toggles breakpoints with F9", "[ui][editor]") {
    CodeEditor editor;
    editor.setPlainText(QStringLiteral("int main(void) {\n    int x = 1;\n    return x;\n}\n"));
    QSignalSpy changed(&editor, &CodeEditor::breakpointsChanged);
    editor.goToLine(2);
    QTest::keyClick(&editor, Qt::Key_F9);
    CHECK(editor.breakpoints() == std::set<std::uint32_t>{2});
    QTest::keyClick(&editor, Qt::Key_F9);
    CHECK(editor.breakpoints().empty());
    CHECK(changed.count() == 2);
    editor.toggleBreakpoint(3);
    CHECK(editor.breakpoints().count(3) == 1);
}

TEST_CASE("code editor underlines errors and tells their message", "[ui][editor]") {
    CodeEditor editor;
    editor.setPlainText(QStringLiteral("int main(void) {\n    int x = 1\n    return x;\n}\n"));
    std::multimap<std::uint32_t, CodeEditor::Mark> marks;
    marks.emplace(2, CodeEditor::Mark{14, QStringLiteral("expected ';'"), false});
    editor.setMarks(marks);
    CHECK(editor.marksText(2) == QStringLiteral("expected ';'"));
    CHECK(editor.marksText(3).isEmpty());
    bool wavy = false;
    for (const auto& s : editor.extraSelections())
        if (s.format.underlineStyle() == QTextCharFormat::WaveUnderline) wavy = s.cursor.block().blockNumber() == 1;
    CHECK(wavy);
}

TEST_CASE("code editor marks the current and previous lines", "[ui][editor]") {
    CodeEditor editor;
    editor.resize(400, 300);
    editor.setPlainText(QStringLiteral("a\nb\nc\nd\n"));
    editor.setExecutionLines(3, 2);
    CHECK(editor.currentLine() == 3);
    CHECK(editor.previousLine() == 2);
    editor.setExecutionLines(3, 3);
    CHECK(editor.previousLine() == 0);
    CHECK(editor.gutterWidth() > 20);
}
