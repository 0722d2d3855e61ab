// AutoRerun and the window re-running an edited program: a pause in typing runs the new text at the same
// step (clamped to the new run), a text that does not compile keeps the previous run on screen marked
// stale with the errors shown, and the user's text is never touched.
#include "auto_rerun.h"
#include "code_editor.h"
#include "main_window.h"
#include "memory_panel.h"
#include "output_panel.h"
#include "problems_model.h"
#include "run_controller.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

#include <functional>

using namespace memviz::ui;

namespace {

// Processes events until `done` holds or `ms` pass.
bool waitFor(const std::function<bool()>& done, int ms = 10000) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms) return false;
        QTest::qWait(20);
    }
    return true;
}

// Replaces the first occurrence of `what` as a user would (an edit of the document, not a new text).
void replaceText(QPlainTextEdit* editor, const QString& what, const QString& with) {
    QTextCursor c = editor->document()->find(what);
    REQUIRE_FALSE(c.isNull());
    c.insertText(with);
}

// Waits for the debounce and the run it starts, then for the result to be on screen.
void waitForRerun(MainWindow& window, const QSignalSpy& shown, int before) {
    REQUIRE(waitFor([&] { return shown.count() > before && !window.controller()->isRunning(); }));
    QApplication::processEvents();
}

} // namespace

TEST_CASE("auto re-run waits for a pause in typing and ignores edits back to the run's text", "[ui][rerun]") {
    QPlainTextEdit editor;
    AutoRerun rerun(&editor, 150);
    QSignalSpy requested(&rerun, &AutoRerun::rerunRequested);
    QSignalSpy edited(&rerun, &AutoRerun::edited);
    rerun.setRunSource(QStringLiteral("int x;"));
    editor.setPlainText(QStringLiteral("int x;")); // the text that ran: not an edit
    QApplication::processEvents();
    CHECK_FALSE(rerun.pending());
    CHECK(edited.isEmpty());

    for (const char* key : {"i", "n", "t"}) {
        editor.moveCursor(QTextCursor::End);
        editor.insertPlainText(QString::fromLatin1(key));
        QApplication::processEvents(); // typing: each key restarts the timer
        CHECK(rerun.pending());
    }
    CHECK(requested.isEmpty());
    CHECK(edited.count() == 1);
    REQUIRE(waitFor([&] { return requested.count() == 1; }, 2000));

    // Editing back to the text that ran (typing a character and deleting it) cancels the pending run.
    rerun.setRunSource(editor.toPlainText());
    editor.moveCursor(QTextCursor::End);
    editor.insertPlainText(QStringLiteral("!"));
    QApplication::processEvents();
    CHECK(rerun.pending());
    editor.textCursor().deletePreviousChar();
    QApplication::processEvents();
    CHECK_FALSE(rerun.pending());
    QTest::qWait(300);
    CHECK(requested.count() == 1);
}

TEST_CASE("an edit that compiles runs again and keeps the step", "[ui][rerun][window]") {
    MainWindow window;
    window.autoRerun()->setDelay(200);
    window.show();
    REQUIRE(window.openExample(QStringLiteral("07")));
    window.controller()->waitForRun();
    QApplication::processEvents();
    CHECK_FALSE(window.autoRerun()->pending()); // opening a program is not an edit
    RunController* c = window.controller();
    c->goTo(20);
    REQUIRE(c->step() == 20);
    const auto* firstRun = c->timeline();
    QSignalSpy shown(&window, &MainWindow::stateShown);

    replaceText(window.editor(), QStringLiteral("list freed"), QStringLiteral("all gone"));
    CHECK(c->timeline() == firstRun); // nothing yet: typing has not paused
    waitForRerun(window, shown, 0);
    CHECK(c->timeline() != firstRun); // a new run...
    CHECK_FALSE(c->isStale());
    CHECK(c->step() == 20); // ...at the same step
    CHECK(window.editor()->toPlainText().contains(QStringLiteral("all gone")));
    CHECK(window.memoryPanel()->staleNote().isEmpty());
    c->continueForward();
    CHECK(window.outputPanel()->outputText().contains(QStringLiteral("all gone")));

    SECTION("the step is clamped to a shorter run") {
        const std::uint64_t end = c->endStep();
        REQUIRE(c->step() == end);
        const int before = static_cast<int>(shown.count());
        replaceText(window.editor(), QStringLiteral("printList(head);"), QString());
        waitForRerun(window, shown, before);
        CHECK(c->endStep() < end);
        CHECK(c->step() == c->endStep());
    }

    SECTION("an edit that does not compile keeps the previous run, marked stale") {
        c->goTo(20);
        const auto* goodRun = c->timeline();
        const int before = static_cast<int>(shown.count());
        replaceText(window.editor(), QStringLiteral("head = NULL;"), QStringLiteral("head = ;"));
        waitForRerun(window, shown, before);
        CHECK(c->hasRun());
        CHECK(c->isStale());
        CHECK(c->timeline() == goodRun);
        CHECK(c->step() == 20);
        CHECK(window.problemsModel()->errorCount() >= 1);
        CHECK_FALSE(window.memoryPanel()->staleNote().isEmpty());
        CHECK(window.editor()->toPlainText().contains(QStringLiteral("head = ;"))); // the user's text stays
        // Fixing it runs again: no longer stale.
        const int again = static_cast<int>(shown.count());
        replaceText(window.editor(), QStringLiteral("head = ;"), QStringLiteral("head = NULL;"));
        waitForRerun(window, shown, again);
        CHECK_FALSE(c->isStale());
        CHECK(c->timeline() != goodRun);
        CHECK(c->step() == 20);
        CHECK(window.problemsModel()->errorCount() == 0);
        CHECK(window.memoryPanel()->staleNote().isEmpty());
    }
}

// Not run by default: `memviz_ui_tests "[.screenshot]"` also saves the window showing a previous run after an
// edit that does not compile (MEMVIZ_SHOT_DIR, default: the current directory).
TEST_CASE("screenshot of a stale run after an edit that does not compile", "[.screenshot]") {
    const QString dir = qEnvironmentVariableIsEmpty("MEMVIZ_SHOT_DIR")
                            ? QStringLiteral(".")
                            : qEnvironmentVariable("MEMVIZ_SHOT_DIR");
    MainWindow window;
    window.autoRerun()->setDelay(100);
    window.resize(1600, 1000);
    window.show();
    REQUIRE(window.openExample(QStringLiteral("07")));
    window.controller()->waitForRun();
    QApplication::processEvents();
    window.controller()->goTo(30);
    QSignalSpy shown(&window, &MainWindow::stateShown);
    replaceText(window.editor(), QStringLiteral("head = NULL;"), QStringLiteral("head = ;"));
    waitForRerun(window, shown, 0);
    REQUIRE(window.controller()->isStale());
    CHECK(window.grab().save(dir + QStringLiteral("/stale_edit.png")));
}
