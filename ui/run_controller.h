// RunController: one program's run and the cursor over its history. run() compiles and records the program
// on a worker thread (QtConcurrent; Timeline::record with a cancel flag, so stop() ends an endless loop and
// the window never freezes); then navigation (step into/over/out, back, continue to a breakpoint forwards
// and backwards, play at a speed, seek) moves the current step and emits the state to show, saying whether
// the change should animate (a step) or not (a jump).
#pragma once

#include "core/diagnostic.h"
#include "engine/run_options.h"
#include "engine/run_result.h"
#include "fragmentation_chart.h"
#include "timeline_slider.h"
#include "trace/machine_state.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <set>
#include <vector>

class QTimer;

namespace memviz::trace {
class Timeline;
}

namespace memviz::ui {

struct RunSession;

class RunController : public QObject {
    Q_OBJECT

public:
    explicit RunController(QObject* parent = nullptr);
    ~RunController() override;

    // Compiles and records `source` in the background; when done, goes to `step` (clamped) without animation.
    // With `keepOnCompileError`, a source that does not compile leaves the previous run in place (its
    // diagnostics are reported; isStale() says the history is of an older source).
    void run(const QString& source, const QString& fileName, const engine::RunOptions& options,
             std::uint64_t step = 1, bool keepOnCompileError = false);
    void stop();
    bool isRunning() const;
    bool hasRun() const;  // a recorded history exists
    bool isStale() const; // the history is of an older source than the last one compiled (which failed)
    void waitForRun();   // blocks until the background run is done (tests, --screenshot)

    const trace::MachineState& state() const { return m_state; }
    std::uint64_t step() const { return m_state.step; }
    std::uint64_t endStep() const;
    const engine::RunResult* result() const;
    const std::vector<core::Diagnostic>& diagnostics() const;
    trace::Timeline* timeline() const;

    FragmentationChart::Curves curves(std::size_t points = 600) const;
    std::vector<TimelineSlider::Mark> marks(std::size_t limit = 4000) const;

    void setBreakpoints(std::set<std::uint32_t> lines) { m_breakpoints = std::move(lines); }
    void setPlayInterval(int ms);
    bool isPlaying() const;

public slots:
    void goTo(std::uint64_t step, bool animate = false);
    void stepInto();
    void stepOver();
    void stepOut();
    void stepBack();     // back over: the previous line at this depth or shallower
    void stepBackInto(); // the previous step
    void continueForward();
    void continueBackward();
    void reset();
    void play();
    void pause();
    void togglePlay();

signals:
    void runStarted();
    void compileFinished(bool ok);        // diagnostics() holds the messages
    void runFinished();                   // a new history is ready (marks, curves, result)
    void stateChanged(bool animate);      // state() changed
    void playingChanged(bool playing);

private:
    void finished();
    void move(std::uint64_t to);

    std::shared_ptr<RunSession> m_session;  // the run whose history is shown
    std::shared_ptr<RunSession> m_compiled; // the last source compiled: m_session, or a newer one that failed
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<std::shared_ptr<RunSession>>* m_watcher = nullptr;
    std::uint64_t m_pendingStep = 1;
    bool m_keepOnCompileError = false;
    trace::MachineState m_state;
    std::set<std::uint32_t> m_breakpoints;
    QTimer* m_playTimer = nullptr;
};

} // namespace memviz::ui
