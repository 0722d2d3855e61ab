// History benchmarks: Timeline::record of each bench program (recording throughput and bytes per step), then
// stateAt() of random far steps (seek) and of the step before (step back), each building the complete state.
#include "interpreter_bench.h"

#include "lang/compiler.h"
#include "trace/timeline.h"

#include <algorithm>
#include <chrono>
#include <random>

namespace memviz::bench {

namespace {
constexpr int kSeeks = 60;
double msSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}
} // namespace

void measureHistory(const std::string& source, InterpreterFigures& figures, int runs) {
    lang::CompileResult compiled = lang::compile(source, figures.name);
    if (!compiled.ok()) {
        figures.historyError = "does not compile";
        return;
    }
    engine::RunOptions options;
    options.maxSteps = 1'000'000'000;
    std::unique_ptr<trace::Timeline> timeline;
    for (int run = 0; run < runs; ++run) {
        timeline.reset();
        auto start = std::chrono::steady_clock::now();
        timeline = trace::Timeline::record(*compiled.unit, options);
        double seconds = msSince(start) / 1e3;
        if (run == 0 || seconds < figures.recordingSeconds) figures.recordingSeconds = seconds;
    }
    if (timeline->result().output != figures.output || timeline->totalSteps() != figures.steps) {
        figures.historyError = "the recorded run differs from the plain run";
        return;
    }
    figures.historyBytes = timeline->historyBytes();

    // Seeks: alternately far back and far forward over the whole run, each building the full state.
    std::mt19937_64 random(20261123);
    std::uint64_t end = timeline->endStep();
    double total = 0;
    for (int i = 0; i < kSeeks; ++i) {
        std::uint64_t step = i % 2 == 0 ? std::uniform_int_distribution<std::uint64_t>(1, end / 4)(random)
                                        : std::uniform_int_distribution<std::uint64_t>(3 * end / 4, end)(random);
        auto start = std::chrono::steady_clock::now();
        trace::MachineState state = timeline->stateAt(step);
        double ms = msSince(start);
        total += ms;
        figures.seekMsMax = std::max(figures.seekMsMax, ms);
        // One step back from there.
        start = std::chrono::steady_clock::now();
        state = timeline->stateAt(step > 1 ? step - 1 : 1);
        figures.stepBackMsMax = std::max(figures.stepBackMsMax, msSince(start));
        ++figures.seeks;
    }
    figures.seekMsMean = total / kSeeks;
    figures.historyOk = true;
}

} // namespace memviz::bench
