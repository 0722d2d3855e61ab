// memviz-bench: the performance figures of DESIGN.md §7 that exist so far, as text or (--json) JSON.
#include "interpreter_bench.h"
#include "replay_bench.h"

#include "replay/json_writer.h"
#include "replay/trace_loader.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

namespace {

using namespace memviz;

constexpr double kReplayTarget = 10e6;  // events/s, every policy, metrics on
constexpr double kProcessRatioTarget = 3.0;
constexpr std::uint64_t kProcessEvents = 380'000;
constexpr double kPlainTarget = 30e6;      // interpreter steps/s, no history
constexpr double kRecordingTarget = 5e6;   // interpreter steps/s, recording history
constexpr double kBytesPerStepTarget = 1073741824.0 / 10e6; // 10 M recorded steps in <= 1 GiB
constexpr double kSeekTargetMs = 20;
constexpr double kStepBackTargetMs = 1;

// The interpreter's programs, in bench/programs.
constexpr const char* kPrograms[] = {"loop.c", "fib.c", "heap_churn.c"};

struct Options {
    bool json = false;
    int runs = 3;
    std::string trace = MEMVIZ_BENCH_TRACE;
    bool replay = true;
    bool interpreter = true;
};

void usage() {
    std::fputs("usage: memviz-bench [--json] [--runs N] [--trace FILE] [--only replay|interpreter]\n"
               "  replay: replays a real heaptrack recording under every allocator (best of N runs) and times\n"
               "    `memviz-cli replay` against a C program using the system malloc on the same 380k events.\n"
               "  interpreter: runs bench/programs/*.c on the simulated machine without history (best of N)\n"
               "    and times the same programs built by gcc -O0, checking that both print the same.\n",
               stdout);
}

bool parse(int argc, char** argv, Options& options) {
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--json") options.json = true;
        else if (arg == "--runs" && i + 1 < argc) options.runs = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--trace" && i + 1 < argc) options.trace = argv[++i];
        else if (arg == "--only" && i + 1 < argc) {
            std::string part = argv[++i];
            if (part != "replay" && part != "interpreter") {
                std::fprintf(stderr, "memviz-bench: error: --only takes replay or interpreter, not '%s'\n",
                             part.c_str());
                return false;
            }
            options.replay = part == "replay";
            options.interpreter = part == "interpreter";
        }
        else if (arg == "--help" || arg == "-h") {
            usage();
            std::exit(0);
        } else {
            std::fprintf(stderr, "memviz-bench: error: unknown argument '%s'\n", arg.c_str());
            return false;
        }
    }
    return true;
}

// What one invocation measured: the parts asked for.
struct ReplayPart {
    replay::Trace trace;
    std::vector<bench::PolicyFigures> policies;
    bench::ProcessComparison process;
};

struct InterpreterPart {
    std::vector<bench::InterpreterFigures> programs;
    double gccStartupSeconds = 0;
    bool allOk() const {
        return std::all_of(programs.begin(), programs.end(), [](const bench::InterpreterFigures& f) { return f.ok; });
    }
    // The minimum over the programs (0 when one of them failed).
    double plainStepsPerSecond() const {
        double slowest = 0;
        for (const bench::InterpreterFigures& f : programs) {
            if (!f.ok) return 0;
            if (slowest == 0 || f.stepsPerSecond() < slowest) slowest = f.stepsPerSecond();
        }
        return slowest;
    }
    bool historyOk() const {
        return std::all_of(programs.begin(), programs.end(), [](const bench::InterpreterFigures& f) { return f.historyOk; });
    }
    template <class F> double worst(F figure, bool highest) const {
        double result = 0;
        bool first = true;
        for (const bench::InterpreterFigures& f : programs) {
            double v = figure(f);
            if (first || (highest ? v > result : v < result)) result = v;
            first = false;
        }
        return result;
    }
    double recordingStepsPerSecond() const { return worst([](const auto& f) { return f.recordingStepsPerSecond(); }, false); }
    double bytesPerStep() const { return worst([](const auto& f) { return f.historyBytesPerStep(); }, true); }
    double seekMsMax() const { return worst([](const auto& f) { return f.seekMsMax; }, true); }
    double stepBackMsMax() const { return worst([](const auto& f) { return f.stepBackMsMax; }, true); }
    bool outputMismatch() const {
        return std::any_of(programs.begin(), programs.end(), [](const bench::InterpreterFigures& f) {
            return f.ok && f.gccMeasured && !f.outputMatchesGcc;
        });
    }
};

std::string grouped(std::uint64_t n) {
    std::string digits = std::to_string(n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

void printReplayText(const Options& options, const ReplayPart& part) {
    std::printf("trace: %s (%llu events)\n\n", options.trace.c_str(),
                static_cast<unsigned long long>(part.trace.events()));
    std::printf("allocator replay, metrics on (target >= 10 M events/s), best of %d\n", options.runs);
    for (const bench::PolicyFigures& f : part.policies) {
        std::printf("  %-11s %7.2f M events/s  fragmentation %6.3f  %s\n",
                    std::string(alloc::policyName(f.policy)).c_str(), f.eventsPerSecond / 1e6, f.fragmentation,
                    f.eventsPerSecond >= kReplayTarget ? "ok" : "BELOW TARGET");
    }
    const bench::ProcessComparison& process = part.process;
    if (process.ok) {
        std::printf("\nmemviz-cli replay vs system malloc, %llu events: %.1f ms vs %.1f ms, ratio %.2f (target <= %.0f) %s\n",
                    static_cast<unsigned long long>(process.events), process.cliSeconds * 1e3, process.systemSeconds * 1e3,
                    process.ratio(), kProcessRatioTarget, process.ratio() <= kProcessRatioTarget ? "ok" : "ABOVE TARGET");
    } else {
        std::printf("\nmemviz-cli replay vs system malloc: not measured (%s)\n", process.error.c_str());
    }
}

void printInterpreterText(const Options& options, const InterpreterPart& part) {
    std::printf("interpreter, no history (target >= %.0f M steps/s), best of %d; gcc -O0 binary, best of %d\n",
                kPlainTarget / 1e6, options.runs, options.runs);
    std::printf("  %-13s %12s %10s %12s %12s %10s  %s\n", "program", "steps", "memviz ms", "M steps/s",
                "gcc -O0 ms", "slowdown", "output");
    for (const bench::InterpreterFigures& f : part.programs) {
        if (!f.ok) {
            std::printf("  %-13s FAILED: %s\n", f.name.c_str(), f.error.c_str());
            continue;
        }
        if (f.gccMeasured) {
            std::printf("  %-13s %12s %10.1f %12.2f %12.2f %9.0fx  %s\n", f.name.c_str(), grouped(f.steps).c_str(),
                        f.seconds * 1e3, f.stepsPerSecond() / 1e6, f.gccSeconds * 1e3, f.slowdown(),
                        f.outputMatchesGcc ? "same as gcc" : "MISMATCH");
        } else {
            std::printf("  %-13s %12s %10.1f %12.2f %12s %10s  (gcc: %s)\n", f.name.c_str(), grouped(f.steps).c_str(),
                        f.seconds * 1e3, f.stepsPerSecond() / 1e6, "-", "-", f.gccError.c_str());
        }
    }
    if (part.allOk()) {
        double plain = part.plainStepsPerSecond();
        std::printf("  slowest: %.2f M steps/s %s\n", plain / 1e6, plain >= kPlainTarget ? "ok" : "BELOW TARGET");
    }
    if (part.gccStartupSeconds > 0)
        std::printf("  (gcc -O0 times are whole processes; an empty main() takes %.2f ms)\n",
                    part.gccStartupSeconds * 1e3);
    std::printf("\ninterpreter recording its history (targets: >= %.0f M steps/s, <= %.0f bytes/step, seek <= %.0f ms, "
                "step back <= %.0f ms)\n",
                kRecordingTarget / 1e6, kBytesPerStepTarget, kSeekTargetMs, kStepBackTargetMs);
    std::printf("  %-13s %10s %12s %10s %11s %11s %13s %10s\n", "program", "record ms", "M steps/s", "slowdown",
                "MiB held", "bytes/step", "seek ms max", "back ms");
    for (const bench::InterpreterFigures& f : part.programs) {
        if (!f.historyOk) {
            std::printf("  %-13s FAILED: %s\n", f.name.c_str(), f.historyError.empty() ? f.error.c_str() : f.historyError.c_str());
            continue;
        }
        std::printf("  %-13s %10.1f %12.2f %9.0fx %11.1f %11.1f %13.2f %10.3f\n", f.name.c_str(), f.recordingSeconds * 1e3,
                    f.recordingStepsPerSecond() / 1e6, f.recordingSlowdown(), static_cast<double>(f.historyBytes) / 1048576.0,
                    f.historyBytesPerStep(), f.seekMsMax, f.stepBackMsMax);
    }
    if (part.historyOk()) {
        std::printf("  slowest recording %.2f M steps/s %s; most bytes/step %.1f %s; seek max %.2f ms %s; step back max "
                    "%.3f ms %s\n",
                    part.recordingStepsPerSecond() / 1e6, part.recordingStepsPerSecond() >= kRecordingTarget ? "ok" : "BELOW TARGET",
                    part.bytesPerStep(), part.bytesPerStep() <= kBytesPerStepTarget ? "ok" : "ABOVE TARGET", part.seekMsMax(),
                    part.seekMsMax() <= kSeekTargetMs ? "ok" : "ABOVE TARGET", part.stepBackMsMax(),
                    part.stepBackMsMax() <= kStepBackTargetMs ? "ok" : "ABOVE TARGET");
    }
    for (const bench::InterpreterFigures& f : part.programs) {
        if (f.ok && f.gccMeasured && !f.outputMatchesGcc) {
            std::printf("\n  OUTPUT MISMATCH in %s\n  memviz printed:\n%s\n  gcc -O0 binary printed:\n%s\n",
                        f.name.c_str(), f.output.c_str(), f.gccOutput.c_str());
        }
    }
}

void printReplayJson(replay::JsonWriter& json, const Options& options, const ReplayPart& part) {
    json.key("trace").beginObject();
    json.field("path", options.trace);
    json.field("events", static_cast<std::uint64_t>(part.trace.events()));
    json.field("format", std::string(replay::formatName(part.trace.format)));
    json.endObject();
    json.key("replay").beginArray();
    double slowest = 0;
    for (const bench::PolicyFigures& f : part.policies) {
        json.beginObject();
        json.field("allocator", std::string(alloc::policyName(f.policy)));
        json.field("events_per_second", f.eventsPerSecond);
        json.field("fragmentation", f.fragmentation);
        json.field("peak_extent", f.peakExtent);
        json.field("peak_live", f.peakLive);
        json.field("meets_target", f.eventsPerSecond >= kReplayTarget);
        json.endObject();
        if (slowest == 0 || f.eventsPerSecond < slowest) slowest = f.eventsPerSecond;
    }
    json.endArray();
    json.field("replay_events_per_s_min", slowest);
    json.field("replay_target_events_per_s", kReplayTarget);
    const bench::ProcessComparison& process = part.process;
    json.key("cli_replay_vs_system_malloc").beginObject();
    if (process.ok) {
        json.field("events", process.events);
        json.field("memviz_cli_seconds", process.cliSeconds);
        json.field("system_malloc_seconds", process.systemSeconds);
        json.field("ratio", process.ratio());
        json.field("target_ratio", kProcessRatioTarget);
        json.field("meets_target", process.ratio() <= kProcessRatioTarget);
    } else {
        json.field("error", process.error);
    }
    json.endObject();
}

void printInterpreterJson(replay::JsonWriter& json, const InterpreterPart& part) {
    json.key("interpreter").beginObject();
    json.field("history", "off");
    json.key("programs").beginArray();
    for (const bench::InterpreterFigures& f : part.programs) {
        json.beginObject();
        json.field("name", f.name);
        if (!f.ok) {
            json.field("error", f.error);
        } else {
            json.field("steps", f.steps);
            json.field("seconds", f.seconds);
            json.field("steps_per_second", f.stepsPerSecond());
        }
        if (f.historyOk) {
            json.key("history").beginObject();
            json.field("recording_seconds", f.recordingSeconds);
            json.field("steps_per_second", f.recordingStepsPerSecond());
            if (f.gccMeasured) json.field("slowdown_vs_gcc_o0", f.recordingSlowdown());
            json.field("history_bytes", f.historyBytes);
            json.field("bytes_per_step", f.historyBytesPerStep());
            json.field("seeks", f.seeks);
            json.field("seek_ms_max", f.seekMsMax);
            json.field("seek_ms_mean", f.seekMsMean);
            json.field("step_back_ms_max", f.stepBackMsMax);
            json.endObject();
        } else {
            json.field("history_error", f.historyError);
        }
        if (f.gccMeasured) {
            json.field("gcc_o0_seconds", f.gccSeconds);
            if (f.ok) json.field("slowdown_vs_gcc_o0", f.slowdown());
            else json.key("slowdown_vs_gcc_o0").null();
            json.field("output_matches_gcc", f.outputMatchesGcc);
        } else {
            json.key("gcc_o0_seconds").null();
            json.key("slowdown_vs_gcc_o0").null();
            json.key("output_matches_gcc").null();
            json.field("gcc_error", f.gccError);
        }
        json.endObject();
    }
    json.endArray();
    if (part.gccStartupSeconds > 0) json.field("gcc_o0_empty_main_seconds", part.gccStartupSeconds);
    else json.key("gcc_o0_empty_main_seconds").null();
    if (part.allOk()) json.field("interp_steps_per_s_plain", part.plainStepsPerSecond());
    else json.key("interp_steps_per_s_plain").null();
    json.field("target_plain_steps_per_s", kPlainTarget);
    if (part.historyOk()) {
        json.field("interp_steps_per_s_recording", part.recordingStepsPerSecond());
        json.field("history_bytes_per_step", part.bytesPerStep());
        json.field("seek_ms_max", part.seekMsMax());
        json.field("step_back_ms_max", part.stepBackMsMax());
    } else {
        for (const char* key : {"interp_steps_per_s_recording", "history_bytes_per_step", "seek_ms_max", "step_back_ms_max"})
            json.key(key).null();
    }
    json.field("target_recording_steps_per_s", kRecordingTarget);
    json.field("target_history_bytes_per_step", kBytesPerStepTarget);
    json.field("target_seek_ms", kSeekTargetMs);
    json.field("target_step_back_ms", kStepBackTargetMs);
    json.field("meets_target", part.allOk() && part.plainStepsPerSecond() >= kPlainTarget);
    json.field("output_mismatch", part.outputMismatch());
    json.endObject();
}

void printJson(const Options& options, const std::optional<ReplayPart>& replayPart,
               const std::optional<InterpreterPart>& interpreterPart) {
    replay::JsonWriter json;
    json.beginObject();
    json.field("runs", static_cast<std::uint64_t>(options.runs));
    if (replayPart) printReplayJson(json, options, *replayPart);
    if (interpreterPart) printInterpreterJson(json, *interpreterPart);
    // The heap view's paint time needs Qt: memviz-bench-ui reports heap_view_paint_100k_ms.
    json.key("not_yet_measured").beginArray();
    for (const char* figure : {"ui_step_ms", "startup_ms"})
        json.value(figure);
    json.endArray();
    json.endObject();
    std::printf("%s\n", json.text().c_str());
}

} // namespace

int main(int argc, char** argv) {
    Options options;
    if (!parse(argc, argv, options)) return 2;
    std::optional<ReplayPart> replayPart;
    if (options.replay) {
        replay::LoadResult loaded = replay::loadTrace(options.trace);
        if (!loaded.ok()) {
            std::fprintf(stderr, "memviz-bench: %s\n", replay::formatTraceError(*loaded.error).c_str());
            return 1;
        }
        replayPart.emplace();
        replayPart->trace = std::move(loaded.trace);
        replayPart->policies = bench::benchPolicies(replayPart->trace, options.runs);
        replayPart->process = bench::compareWithSystemMalloc(replayPart->trace, kProcessEvents, MEMVIZ_CLI_PATH,
                                                             MEMVIZ_SYSTEM_REPLAY_PATH, std::max(options.runs, 5));
    }
    std::optional<InterpreterPart> interpreterPart;
    if (options.interpreter) {
        std::vector<std::string> programs;
        for (const char* name : kPrograms) programs.push_back(std::string(MEMVIZ_BENCH_PROGRAMS) + "/" + name);
        interpreterPart.emplace();
        interpreterPart->programs = bench::benchInterpreter(programs, options.runs);
        interpreterPart->gccStartupSeconds = bench::gccStartupSeconds(std::max(options.runs, 5));
    }
    if (options.json) {
        printJson(options, replayPart, interpreterPart);
    } else {
        if (replayPart) printReplayText(options, *replayPart);
        if (replayPart && interpreterPart) std::printf("\n");
        if (interpreterPart) printInterpreterText(options, *interpreterPart);
    }
    // A program that fails or prints something else than gcc's binary is a failed benchmark.
    if (interpreterPart && (!interpreterPart->allOk() || interpreterPart->outputMismatch())) {
        std::fprintf(stderr, "memviz-bench: error: %s\n",
                     interpreterPart->allOk() ? "memviz's output differs from the gcc -O0 binary's"
                                              : "an interpreter benchmark program failed");
        return 1;
    }
    return 0;
}
