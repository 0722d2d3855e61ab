// MainWindow end to end, on the real simulated machine and history: examples open and run, stepping moves
// the views, errors reach the problems list and the editor, compile errors are shown, an endless loop can be
// stopped, changing the allocator keeps the step.
#include "code_editor.h"
#include "control_actions.h"
#include "heap_view.h"
#include "main_window.h"
#include "memory_panel.h"
#include "narration_panel.h"
#include "output_panel.h"
#include "pointer_overlay.h"
#include "problems_model.h"
#include "run_controller.h"
#include "stack_view.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QMenu>
#include <QPixmap>
#include <QTest>

using namespace memviz::ui;

namespace {

void openAndRun(MainWindow& window, const QString& example) {
    REQUIRE(window.openExample(example));
    window.controller()->waitForRun();
    QApplication::processEvents();
}

} // namespace

TEST_CASE("main window has its menus, controls and app icon", "[ui][window]") {
    MainWindow window;
    REQUIRE(window.quitAction() != nullptr);
    CHECK(window.quitAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Q));
    CHECK(window.aboutAction()->text().contains(QStringLiteral("About")));
    CHECK(window.controls()->stepOver->shortcut() == QKeySequence(Qt::Key_F10));
    CHECK(window.controls()->stepInto->shortcut() == QKeySequence(Qt::Key_F11));
    CHECK(window.controls()->stepOut->shortcut() == QKeySequence(Qt::SHIFT | Qt::Key_F11));
    CHECK(window.controls()->stepBack->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Left)));
    CHECK(window.controls()->continueForward->shortcut() == QKeySequence(Qt::Key_F5));
    CHECK(window.examplesMenu()->actions().size() >= 12);
    CHECK_FALSE(MainWindow::appIcon().pixmap(64, 64).isNull());
}

TEST_CASE("the default example opens, runs and paints", "[ui][window]") {
    MainWindow window;
    window.show();
    openAndRun(window, QStringLiteral("01_frames_lifo.c"));
    CHECK(window.windowTitle().contains(QStringLiteral("01_frames_lifo.c")));
    REQUIRE(window.controller()->hasRun());
    CHECK(window.controller()->step() == 1);
    CHECK(window.memoryPanel()->stackView()->layout().cards().size() == 1);
    const QPixmap shot = window.grab();
    CHECK(shot.width() >= 800);
}

TEST_CASE("stepping into calls pushes frames and stepping back pops them", "[ui][window][stepping]") {
    MainWindow window;
    window.show();
    openAndRun(window, QStringLiteral("01"));
    RunController* c = window.controller();
    std::size_t deepest = 0;
    for (int i = 0; i < 12; ++i) {
        c->stepInto();
        deepest = std::max(deepest, window.memoryPanel()->stackView()->layout().cards().size());
    }
    CHECK(deepest == 4); // main, outer, middle, inner
    CHECK(window.editor()->currentLine() == c->state().line);
    const std::uint64_t at = c->step();
    c->stepBack();
    CHECK(c->step() < at);
    c->continueForward();
    CHECK(c->state().ended);
    CHECK(window.outputPanel()->outputText().contains(QStringLiteral("answer = 18")));
    CHECK(window.memoryPanel()->stackView()->layout().cards().empty());
}

TEST_CASE("the linked list example fills the heap and draws arrows", "[ui][window][stepping]") {
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    openAndRun(window, QStringLiteral("07"));
    RunController* c = window.controller();
    bool sawArrowToHeap = false;
    std::size_t maxAllocated = 0;
    for (int i = 0; i < 40 && !c->state().ended; ++i) {
        c->stepOver();
        QApplication::processEvents();
        std::size_t allocated = 0;
        for (const auto& b : window.memoryPanel()->heapView()->blocks())
            allocated += b.state == memviz::trace::BlockState::Allocated ? 1 : 0;
        maxAllocated = std::max(maxAllocated, allocated);
        for (const auto& a : window.memoryPanel()->overlay()->arrows())
            if (!a.intoStack && !a.heapToHeap) sawArrowToHeap = true;
    }
    CHECK(maxAllocated >= 3);
    CHECK(sawArrowToHeap);
    CHECK_FALSE(window.narrationPanel()->narration().isEmpty());
}

TEST_CASE("a dangling pointer's error reaches the problems list and the editor", "[ui][window]") {
    MainWindow window;
    openAndRun(window, QStringLiteral("12"));
    const ProblemsModel* problems = window.problemsModel();
    bool found = false;
    std::uint32_t line = 0;
    for (const Problem& p : problems->problems())
        if (p.title == QStringLiteral("heap-use-after-free")) {
            found = true;
            line = p.line;
            CHECK(p.step > 0);
        }
    REQUIRE(found);
    CHECK(window.editor()->marksText(line).contains(QStringLiteral("heap-use-after-free")));
}

TEST_CASE("a compile error is shown at its line", "[ui][window]") {
    MainWindow window;
    window.setSource(QStringLiteral("int main(void) {\n    int x = 1\n    return x;\n}\n"), QStringLiteral("bad.c"));
    window.controller()->waitForRun();
    QApplication::processEvents();
    CHECK_FALSE(window.controller()->hasRun());
    REQUIRE(window.problemsModel()->errorCount() >= 1);
    const std::uint32_t line = window.problemsModel()->problems().front().line;
    CHECK((line == 2 || line == 3));
    CHECK_FALSE(window.editor()->marksText(line).isEmpty());
    CHECK(window.narrationPanel()->narration().contains(QStringLiteral("does not compile")));
    CHECK_FALSE(window.controls()->stepInto->isEnabled());
}

TEST_CASE("an endless loop can be stopped and the window stays responsive", "[ui][window]") {
    MainWindow window;
    AppSettings s = window.settings();
    s.stepLimit = 100'000'000;
    window.applySettings(s);
    QElapsedTimer timer;
    timer.start();
    window.setSource(QStringLiteral("int main(void) {\n    long n = 0;\n    for (;;) n++;\n}\n"), QStringLiteral("loop.c"));
    // The run is on a worker thread: the GUI thread is back at once.
    CHECK(timer.elapsed() < 2000);
    CHECK(window.controller()->isRunning());
    CHECK(window.controls()->stop->isEnabled());
    QTest::qWait(300); // the event loop keeps running meanwhile
    CHECK(window.controller()->isRunning());
    window.controller()->stop();
    window.controller()->waitForRun();
    QApplication::processEvents();
    CHECK(timer.elapsed() < 20000);
    REQUIRE(window.controller()->hasRun());
    CHECK(window.controller()->result()->status == memviz::engine::RunStatus::StepLimit);
    CHECK(window.controller()->endStep() > 100);
    window.controller()->goTo(window.controller()->endStep() - 1);
    CHECK(window.controller()->state().line == 3);
}

TEST_CASE("changing the allocator runs again and keeps the step", "[ui][window]") {
    MainWindow window;
    openAndRun(window, QStringLiteral("10"));
    window.controller()->goTo(30);
    REQUIRE(window.controller()->step() == 30);
    REQUIRE(window.setAllocator(QStringLiteral("best-fit")));
    window.runProgram(window.controller()->step());
    window.controller()->waitForRun();
    QApplication::processEvents();
    CHECK(window.controller()->step() == 30);
    CHECK(window.settings().allocator == QStringLiteral("best-fit"));
}

// Not run by default: `memviz_ui_tests "[.screenshot]"` saves pictures of the window with machine details and
// a projector font size into MEMVIZ_SHOT_DIR (default: the current directory), for looking at them.
TEST_CASE("screenshots with machine details and a big font", "[.screenshot]") {
    const QString dir = qEnvironmentVariableIsEmpty("MEMVIZ_SHOT_DIR") ? QStringLiteral(".")
                                                                       : qEnvironmentVariable("MEMVIZ_SHOT_DIR");
    MainWindow window;
    AppSettings s = window.settings();
    s.machineDetails = true;
    s.fontSize = 15;
    s.reducedMotion = true;
    window.applySettings(s);
    window.resize(1600, 1000);
    window.show();
    openAndRun(window, QStringLiteral("04"));
    window.controller()->goTo(20);
    QApplication::processEvents();
    CHECK(window.grab().save(dir + QStringLiteral("/details_big_font.png")));
    s.fontSize = 0;
    s.machineDetails = false;
    window.applySettings(s);
    openAndRun(window, QStringLiteral("12"));
    window.controller()->goTo(9);
    QApplication::processEvents();
    CHECK(window.grab().save(dir + QStringLiteral("/dangling_step9.png")));
}
