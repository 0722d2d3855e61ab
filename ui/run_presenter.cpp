// RunPresenter: one handler per controller signal; each updates every view that shows that part of the run.
#include "run_presenter.h"
#include "value_text.h"

#include "code_editor.h"
#include "control_actions.h"
#include "fragmentation_chart.h"
#include "memory_panel.h"
#include "narration_panel.h"
#include "output_panel.h"
#include "problems_model.h"
#include "run_controller.h"
#include "timeline_slider.h"

#include <QAction>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>


namespace memviz::ui {

RunPresenter::RunPresenter(RunController* controller, ControlActions* actions, const Views& views,
                           QObject* parent)
    : QObject(parent), m_controller(controller), m_actions(actions), m_views(views) {
    connectNavigation();
    // While a run is recorded the narration says so, at once when there is nothing on screen yet; over a
    // previous run only if it takes a while (re-runs after an edit are usually done before that).
    m_busy = new QTimer(this);
    m_busy->setSingleShot(true);
    m_busy->setInterval(400);
    connect(m_busy, &QTimer::timeout, this, [this] {
        if (m_controller->isRunning())
            m_views.narration->setMessage(tr("Compiling and running %1…").arg(m_programName));
    });
    connect(m_controller, &RunController::runStarted, this, [this] {
        if (m_controller->hasRun())
            m_busy->start();
        else
            m_views.narration->setMessage(tr("Compiling and running %1…").arg(m_programName));
        m_views.statusBar->showMessage(tr("Running… (Stop: Ctrl+.)"));
        updateActions();
    });
    connect(m_controller, &RunController::compileFinished, this, &RunPresenter::showCompileResult);
    connect(m_controller, &RunController::runFinished, this, &RunPresenter::showRunOutcome);
    connect(m_controller, &RunController::stateChanged, this, &RunPresenter::showState);
    connect(m_controller, &RunController::playingChanged, this, [this](bool playing) {
        m_actions->setPlaying(playing);
        updateActions();
    });
}

void RunPresenter::connectNavigation() {
    RunController* c = m_controller;
    connect(m_actions->stop, &QAction::triggered, c, &RunController::stop);
    connect(m_actions->stepInto, &QAction::triggered, c, &RunController::stepInto);
    connect(m_actions->stepOver, &QAction::triggered, c, &RunController::stepOver);
    connect(m_actions->stepOut, &QAction::triggered, c, &RunController::stepOut);
    connect(m_actions->stepBack, &QAction::triggered, c, &RunController::stepBack);
    connect(m_actions->continueForward, &QAction::triggered, c, &RunController::continueForward);
    connect(m_actions->continueBackward, &QAction::triggered, c, &RunController::continueBackward);
    connect(m_actions->play, &QAction::triggered, c, &RunController::togglePlay);
    connect(m_actions->reset, &QAction::triggered, c, &RunController::reset);
    CodeEditor* editor = m_views.editor;
    connect(m_actions->toggleBreakpoint, &QAction::triggered, editor,
            [editor] { editor->toggleBreakpoint(editor->lineAtCursor()); });
    connect(editor, &CodeEditor::breakpointsChanged, c,
            [c, editor] { c->setBreakpoints(editor->breakpoints()); });

    // Seeks jump: no animation.
    connect(m_views.problemsView, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const auto step = index.data(ProblemsModel::StepRole).toULongLong();
        if (step != 0 && m_controller->hasRun()) m_controller->goTo(step, false);
        m_views.editor->goToLine(index.data(ProblemsModel::LineRole).toUInt(),
                                 index.data(ProblemsModel::ColumnRole).toUInt());
    });
    connect(m_views.chart, &FragmentationChart::seekRequested, c,
            [c](std::uint64_t step) { c->goTo(step, false); });
    connect(m_views.slider, &TimelineSlider::stepRequested, c,
            [c](std::uint64_t step) { c->goTo(step, false); });
}

void RunPresenter::showCompileResult(bool ok) {
    m_views.problems->setDiagnostics(m_controller->diagnostics());
    std::multimap<std::uint32_t, CodeEditor::Mark> marks;
    for (const core::Diagnostic& d : m_controller->diagnostics())
        marks.emplace(d.loc.line, CodeEditor::Mark{d.loc.column, QString::fromStdString(d.message),
                                                   d.severity != core::Severity::Error});
    m_views.editor->setMarks(std::move(marks));
    if (ok) return;
    const int errors = m_views.problems->errorCount();
    if (m_controller->isStale()) {
        // An edit that does not compile: the previous run stays on screen, marked as such.
        m_views.narration->setMessage(
            tr("Edited — showing the previous run: the new code does not compile (%1, underlined in the code "
               "and listed under Problems).")
                .arg(counted(static_cast<std::uint64_t>(errors), tr("error"), tr("errors"))));
        m_views.memory->setStaleNote(tr("Edited — showing the previous run. The new code does not compile: "
                                        "see Problems."));
        m_views.statusBar->showMessage(tr("Compile error: showing the previous run"));
        updateActions();
        emit stateShown();
        return;
    }
    m_views.memory->setStaleNote({});
    m_views.narration->setMessage(
        tr("The program does not compile: %1, underlined in the code and listed under Problems.")
            .arg(counted(static_cast<std::uint64_t>(errors), tr("error"), tr("errors"))));
    m_views.output->setOutput({}, {});
    m_views.memory->setState(trace::MachineState(), false, 0);
    m_views.editor->setExecutionLines(0, 0);
    m_views.statusBar->showMessage(tr("Compile error"));
    m_views.chart->setCurves({});
    m_views.slider->setSteps(1);
    m_views.slider->setMarks({});
    updateActions();
    emit stateShown();
}

void RunPresenter::showRunOutcome() {
    const engine::RunResult* result = m_controller->result();
    if (!result) return;
    m_views.memory->setStaleNote({});
    m_views.problems->setRunProblems(result->errors, result->leaks);
    std::multimap<std::uint32_t, CodeEditor::Mark> marks;
    for (const engine::RuntimeError& e : result->errors) {
        const std::string_view kind = engine::errorKindName(e.kind);
        marks.emplace(
            e.line, CodeEditor::Mark{e.column,
                                     QStringLiteral("%1: %2").arg(
                                         QString::fromUtf8(kind.data(), static_cast<qsizetype>(kind.size())),
                                         QString::fromStdString(e.message)),
                                     false});
    }
    for (const engine::Leak& l : result->leaks)
        marks.emplace(l.line, CodeEditor::Mark{
                                  0,
                                  tr("memory-leak: %1 bytes in %2 block(s) allocated here were never freed")
                                      .arg(l.bytes)
                                      .arg(l.blocks),
                                  true});
    m_views.editor->setMarks(std::move(marks));
    m_views.chart->setCurves(m_controller->curves());
    m_views.slider->setSteps(m_controller->endStep());
    m_views.slider->setMarks(m_controller->marks());
    QString status =
        tr("Ran %1").arg(counted(result->steps, tr("step"), tr("steps")));
    if (result->status == engine::RunStatus::StepLimit)
        status += tr(": stopped at the step limit (%1); everything so far is kept").arg(m_stepLimit);
    else if (result->status == engine::RunStatus::RuntimeError)
        status += tr(": stopped at a runtime error");
    else
        status += tr(", exit code %1").arg(result->exitCode);
    m_views.statusBar->showMessage(status);
}

void RunPresenter::showState(bool animate) {
    const trace::MachineState& state = m_controller->state();
    const engine::CostCounters previous = animate ? m_lastCost : state.cost;
    m_lastCost = state.cost;
    const int ms = animate ? m_animationMs : 0;
    m_views.memory->setState(state, animate && ms > 0, ms);
    m_views.editor->setExecutionLines(state.ended ? 0 : state.line, state.previousLine);
    if (m_controller->hasRun()) {
        m_views.narration->setState(state, previous);
        m_views.output->setOutput(state.output, state.errorOutput);
        m_views.chart->setCursorStep(state.step);
        m_views.slider->setStep(state.step);
        // As the narration counts: steps run so far out of all of them.
        m_views.stepLabel->setText(state.ended ? tr("ended after %1 steps").arg(state.totalSteps)
                                               : tr("step %1 / %2").arg(state.step).arg(state.totalSteps));
    }
    updateActions();
    emit stateShown();
}

void RunPresenter::updateActions() {
    const bool have = m_controller->hasRun();
    m_actions->setState(have, m_controller->isRunning(), !have || m_controller->step() <= 1,
                        !have || m_controller->step() >= m_controller->endStep());
    m_views.slider->setEnabled(have && !m_controller->isRunning());
}

} // namespace memviz::ui
