// Timeline: the recorded history of one run and a cursor over it. record() runs the program on the
// simulated machine with a HistoryRecorder attached (on the machine's worker thread) and keeps every
// step's events as inverse/forward deltas with periodic checkpoints; stateAt() rebuilds the complete
// MachineState at any step by restoring the nearest checkpoint and replaying deltas (never re-running the
// program). Navigation (over / into / out, run to a line or breakpoint, forwards and backwards) works on
// the per-step line and call-depth index, so it is instant. Not thread-safe: one thread asks at a time.
#pragma once

#include "engine/event_sink.h"
#include "engine/run_options.h"
#include "engine/run_result.h"
#include "lang/translation_unit.h"
#include "trace/machine_state.h"
#include "trace/metric_series.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace memviz::trace {

// What happened at a step, for the timeline slider's marks.
enum class StepMark : std::uint8_t { None = 0, HeapOp = 1, Error = 2, Output = 4, Call = 8, Return = 16 };

class Timeline {
public:
    // Runs `unit` (which must outlive the Timeline) to its end, an error or the step limit, recording
    // everything. `cancel`, when set from another thread, stops the run early (status step-limit, the
    // history so far kept). `observer`, when given, hears every event too (memviz-cli's --trace).
    static std::unique_ptr<Timeline> record(const lang::TranslationUnit& unit, const engine::RunOptions& options,
                                            const std::atomic<bool>* cancel = nullptr,
                                            engine::EventSink* observer = nullptr);
    ~Timeline();
    Timeline(const Timeline&) = delete;
    Timeline& operator=(const Timeline&) = delete;

    const engine::RunResult& result() const;
    std::uint64_t totalSteps() const;          // steps executed; states exist for 1..totalSteps + 1
    std::uint64_t endStep() const { return totalSteps() + 1; } // the state after the program ended

    // The complete state paused before step `step` runs (clamped to 1..endStep()). Heap blocks that did not
    // change since the previous stateAt() are taken over from it (sharing their words), so stepping is cheap.
    MachineState stateAt(std::uint64_t step);
    // Off: every stateAt() builds every heap block afresh (the same state, slower; for tests).
    void setIncrementalStates(bool on);
    std::uint32_t lineAt(std::uint64_t step) const;  // the line of step `step` (0 for endStep())
    std::uint32_t depthAt(std::uint64_t step) const; // frames on the stack when step `step` runs
    std::uint8_t marksAt(std::uint64_t step) const;  // StepMark bits of what step `step` did
    std::string narration(std::uint64_t step);       // one sentence: what step `step` did

    // Navigation: each returns the step to go to from `from` (clamped to 1..endStep()).
    std::uint64_t stepInto(std::uint64_t from) const;   // the next step
    std::uint64_t stepOver(std::uint64_t from) const;   // the next step at the same or a shallower depth
    std::uint64_t stepOut(std::uint64_t from) const;    // the first step after the current function returns
    std::uint64_t backInto(std::uint64_t from) const;   // the previous step
    std::uint64_t backOver(std::uint64_t from) const;   // the previous step at the same or a shallower depth
    std::uint64_t backOut(std::uint64_t from) const;    // the step that called the current function
    // The next (previous) step at one of `lines`; endStep() (1) when there is none.
    std::uint64_t runTo(std::uint64_t from, const std::set<std::uint32_t>& lines, bool forward) const;
    std::uint64_t nextMark(std::uint64_t from, std::uint8_t marks, bool forward) const;

    // Every heap metric after every heap operation, and the figures downsampled for a chart.
    const MetricSeries& metrics() const;

    std::uint64_t historyBytes() const; // memory the history holds

private:
    struct Impl;
    Timeline();
    std::uint64_t freedBlockHolding(core::Address address, std::uint64_t step);
    std::uint32_t lastLineAtDepth(std::size_t depth) const;
    std::unique_ptr<Impl> m_impl;
};

} // namespace memviz::trace
