// RunController: a session (the source, the compile result, the recorded timeline) is made on the worker
// thread and handed to the GUI thread whole; only the GUI thread touches it afterwards.
#include "run_controller.h"

#include "lang/compiler.h"

#include "trace/timeline.h"

#include <QTimer>

#include <algorithm>
#include <QtConcurrent/QtConcurrentRun>

namespace memviz::ui {

struct RunSession {
    std::string source;
    lang::CompileResult compiled;
    std::unique_ptr<trace::Timeline> timeline;
};

namespace {

std::shared_ptr<RunSession> compileAndRecord(std::string source, std::string fileName, engine::RunOptions options,
                                             std::shared_ptr<std::atomic<bool>> cancel) {
    auto session = std::make_shared<RunSession>();
    session->source = std::move(source);
    session->compiled = lang::compile(session->source, std::move(fileName));
    if (session->compiled.ok() && !cancel->load())
        session->timeline = trace::Timeline::record(*session->compiled.unit, options, cancel.get());
    return session;
}

const std::vector<core::Diagnostic> kNoDiagnostics;

} // namespace

RunController::RunController(QObject* parent) : QObject(parent) {
    m_watcher = new QFutureWatcher<std::shared_ptr<RunSession>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &RunController::finished);
    m_playTimer = new QTimer(this);
    m_playTimer->setInterval(650);
    connect(m_playTimer, &QTimer::timeout, this, [this] {
        const std::uint64_t before = step();
        stepInto();
        const bool atBreakpoint = m_breakpoints.count(m_state.line) > 0;
        if (step() == before || m_state.ended || atBreakpoint) pause();
    });
    m_state.frames.clear();
}

RunController::~RunController() {
    if (m_cancel) m_cancel->store(true);
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

void RunController::run(const QString& source, const QString& fileName, const engine::RunOptions& options,
                        std::uint64_t step, bool keepOnCompileError) {
    pause();
    if (m_cancel) m_cancel->store(true);
    m_watcher->waitForFinished(); // the cancelled run stops within a few steps
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_pendingStep = step;
    m_keepOnCompileError = keepOnCompileError;
    m_watcher->setFuture(
        QtConcurrent::run(compileAndRecord, source.toStdString(), fileName.toStdString(), options, m_cancel));
    emit runStarted();
}

void RunController::stop() {
    pause();
    if (m_cancel) m_cancel->store(true);
}

bool RunController::isRunning() const { return m_watcher->isRunning(); }
void RunController::waitForRun() {
    m_watcher->waitForFinished();
    // Deliver the finished signal now rather than from the event loop.
    if (m_watcher->isFinished() && m_watcher->future().resultCount() > 0 &&
        (!m_compiled || m_compiled != m_watcher->result()))
        finished();
}

void RunController::finished() {
    if (m_watcher->future().resultCount() == 0) return;
    std::shared_ptr<RunSession> session = m_watcher->result();
    if (!session || session == m_compiled) return;
    m_compiled = std::move(session);
    if (!m_compiled->compiled.ok() && m_keepOnCompileError && hasRun()) {
        emit compileFinished(false); // the previous history and step stay
        return;
    }
    m_session = m_compiled;
    emit compileFinished(m_session->compiled.ok());
    if (!hasRun()) {
        m_state = trace::MachineState();
        m_state.totalSteps = 0;
        emit stateChanged(false);
        return;
    }
    emit runFinished();
    goTo(m_pendingStep, false);
}

bool RunController::hasRun() const {
    return m_session && m_session->timeline;
}

bool RunController::isStale() const {
    return hasRun() && m_compiled != m_session;
}

trace::Timeline* RunController::timeline() const {
    return m_session ? m_session->timeline.get() : nullptr;
}

const std::vector<core::Diagnostic>& RunController::diagnostics() const {
    return m_compiled ? m_compiled->compiled.diagnostics : kNoDiagnostics;
}

const engine::RunResult* RunController::result() const {
    return hasRun() ? &m_session->timeline->result() : nullptr;
}

std::uint64_t RunController::endStep() const {
    return hasRun() ? m_session->timeline->endStep() : 1;
}

void RunController::goTo(std::uint64_t to, bool animate) {
    if (!hasRun()) return;
    m_state = m_session->timeline->stateAt(std::clamp<std::uint64_t>(to, 1, endStep()));
    emit stateChanged(animate);
}

void RunController::move(std::uint64_t to) {
    if (!hasRun() || to == step()) return;
    goTo(to, true);
}

void RunController::stepInto() { if (hasRun()) move(timeline()->stepInto(step())); }
void RunController::stepOver() { if (hasRun()) move(timeline()->stepOver(step())); }
void RunController::stepOut() { if (hasRun()) move(timeline()->stepOut(step())); }
void RunController::stepBack() { if (hasRun()) move(timeline()->backOver(step())); }
void RunController::stepBackInto() { if (hasRun()) move(timeline()->backInto(step())); }
void RunController::continueForward() {
    if (!hasRun()) return;
    const std::uint64_t to = m_breakpoints.empty() ? endStep() : timeline()->runTo(step(), m_breakpoints, true);
    move(to);
}
void RunController::continueBackward() {
    if (!hasRun()) return;
    const std::uint64_t to = m_breakpoints.empty() ? 1 : timeline()->runTo(step(), m_breakpoints, false);
    move(to);
}

void RunController::reset() {
    pause();
    if (hasRun()) goTo(1, false);
}

void RunController::setPlayInterval(int ms) { m_playTimer->setInterval(std::max(15, ms)); }
bool RunController::isPlaying() const { return m_playTimer->isActive(); }

void RunController::play() {
    if (!hasRun() || isPlaying()) return;
    if (m_state.ended) goTo(1, false);
    m_playTimer->start();
    emit playingChanged(true);
}

void RunController::pause() {
    if (!m_playTimer->isActive()) return;
    m_playTimer->stop();
    emit playingChanged(false);
}

void RunController::togglePlay() { isPlaying() ? pause() : play(); }

FragmentationChart::Curves RunController::curves(std::size_t points) const {
    FragmentationChart::Curves c;
    if (!hasRun()) return c;
    const trace::MetricSeries& m = timeline()->metrics();
    c.extent = m.downsample(trace::Metric::Extent, points);
    c.live = m.downsample(trace::Metric::LiveBytes, points);
    c.free = m.downsample(trace::Metric::FreeBytes, points);
    c.largestFree = m.downsample(trace::Metric::LargestFree, points);
    c.fragmentation = m.downsample(trace::Metric::ExternalFragmentation, points);
    c.endStep = endStep();
    return c;
}

std::vector<TimelineSlider::Mark> RunController::marks(std::size_t limit) const {
    std::vector<TimelineSlider::Mark> out;
    if (!hasRun()) return out;
    const trace::Timeline& t = *timeline();
    const auto wanted = static_cast<std::uint8_t>(static_cast<std::uint8_t>(trace::StepMark::HeapOp) |
                                                  static_cast<std::uint8_t>(trace::StepMark::Error));
    const auto errorBit = static_cast<std::uint8_t>(trace::StepMark::Error);
    std::uint64_t s = 1;
    if ((t.marksAt(1) & wanted) != 0) out.push_back({1, (t.marksAt(1) & errorBit) != 0});
    while (out.size() < limit) {
        const std::uint64_t next = t.nextMark(s, wanted, true);
        if (next <= s || next > t.totalSteps()) break;
        out.push_back({next, (t.marksAt(next) & errorBit) != 0});
        s = next;
    }
    return out;
}

} // namespace memviz::ui
