// Interpreter benchmarks: each program of bench/programs compiled once by lang::compile and run on an
// engine::Machine with no event sink (history off), best of several runs; the same program built by
// `gcc -O0` and timed as a process, best of several runs, with both outputs compared byte for byte.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace memviz::bench {

struct InterpreterFigures {
    std::string name;           // the file name, e.g. "fib.c"
    bool ok = false;            // compiled and ran to its end with status 0
    std::string error;          // why not, when !ok
    std::uint64_t steps = 0;
    double seconds = 0;         // best Machine construction + run(), compile excluded
    double stepsPerSecond() const { return seconds > 0 ? static_cast<double>(steps) / seconds : 0; }
    std::string output;         // memviz's stdout

    bool gccMeasured = false;   // false: gcc missing or the build/run failed (gccError says why)
    std::string gccError;
    double gccSeconds = 0;      // best wall time of the gcc -O0 binary as a whole process
    bool outputMatchesGcc = false;
    std::string gccOutput;
    double slowdown() const { return gccMeasured && gccSeconds > 0 ? seconds / gccSeconds : 0; }

    // Recording the execution history (trace::Timeline), the path the app and memviz-cli run use.
    bool historyOk = false;
    std::string historyError;
    double recordingSeconds = 0;      // best Timeline::record, compile excluded
    std::uint64_t historyBytes = 0;   // what the recorded history holds
    double seekMsMax = 0;             // slowest stateAt() of a random far step (the full state built)
    double seekMsMean = 0;
    double stepBackMsMax = 0;         // slowest stateAt(s - 1) right after stateAt(s)
    std::uint64_t seeks = 0;
    double recordingStepsPerSecond() const { return recordingSeconds > 0 ? static_cast<double>(steps) / recordingSeconds : 0; }
    double historyBytesPerStep() const { return steps > 0 ? static_cast<double>(historyBytes) / static_cast<double>(steps) : 0; }
    double recordingSlowdown() const { return gccMeasured && gccSeconds > 0 ? recordingSeconds / gccSeconds : 0; }
};

// Records `source` with its history (best of `runs`) and times seeks and steps back over it.
void measureHistory(const std::string& source, InterpreterFigures& figures, int runs);

// Benchmarks every program in `programs` (paths of C files). The gcc -O0 builds go to a temporary
// directory that is removed afterwards.
std::vector<InterpreterFigures> benchInterpreter(const std::vector<std::string>& programs, int runs);

// The gcc -O0 wall time of an empty main(), best of `runs`: the process start-up included in every
// gcc_o0_seconds figure (0 when gcc is missing).
double gccStartupSeconds(int runs);

} // namespace memviz::bench
