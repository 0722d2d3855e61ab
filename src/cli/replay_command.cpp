// The `memviz-cli replay` subcommand: options, the replay runs, the human summary and the output files.
#include "replay_command.h"

#include "arg_parser.h"
#include "byte_size.h"
#include "exit_code.h"
#include "program_setup.h"

#include "alloc/allocator.h"
#include "replay/replay_report.h"
#include "replay/replayer.h"
#include "replay/trace_loader.h"

#include <charconv>
#include <optional>
#include <string>
#include <vector>

namespace memviz::cli {

namespace {

using replay::ReplayResult;
using replay::Trace;

constexpr std::uint64_t kMaxHeapSize = std::uint64_t{1} << 46;  // 64 TiB of address space at most

int usageError(std::FILE* err, const std::string& message) {
    std::fprintf(err, "memviz-cli: error: %s\nTry 'memviz-cli replay --help'.\n", message.c_str());
    return kExitUsage;
}

std::string percent(double fraction) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f%%", fraction * 100.0);
    return buffer;
}

std::string duration(double seconds) {
    char buffer[32];
    if (seconds < 1.0)
        std::snprintf(buffer, sizeof buffer, "%.2f ms", seconds * 1e3);
    else
        std::snprintf(buffer, sizeof buffer, "%.2f s", seconds);
    return buffer;
}

std::string rate(double eventsPerSecond) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f M", eventsPerSecond / 1e6);
    return buffer;
}

std::string policyList() {
    std::string list;
    const std::vector<alloc::Policy>& policies = alloc::allPolicies();
    for (std::size_t i = 0; i < policies.size(); ++i) {
        if (i != 0) list += i + 1 == policies.size() ? " or " : ", ";
        list += alloc::policyName(policies[i]);
    }
    return list;
}

void printSummary(std::FILE* out, const std::string& path, const Trace& trace, const ReplayResult& r) {
    const alloc::HeapMetrics& m = r.finalMetrics;
    std::fprintf(out, "trace          %s (%s)\n", path.c_str(),
                 std::string(replay::formatName(trace.format)).c_str());
    std::fprintf(out, "allocator      %s\n", std::string(alloc::policyName(r.policy)).c_str());
    std::fprintf(out, "events         %s (%s allocations, %s frees, %s reallocs)\n",
                 grouped(r.events).c_str(), grouped(r.allocations).c_str(), grouped(r.frees).c_str(),
                 grouped(r.reallocs).c_str());
    if (r.skippedFrees != 0)
        std::fprintf(out,
                     "skipped frees  %s (of blocks allocated before recording began or never allocated)\n",
                     grouped(r.skippedFrees).c_str());
    if (r.failedAllocations != 0)
        std::fprintf(out, "failed allocs  %s (the heap limit was reached)\n",
                     grouped(r.failedAllocations).c_str());
    std::fprintf(out, "peak extent    %s bytes\n", grouped(m.peakExtent).c_str());
    std::fprintf(out, "peak live      %s bytes\n", grouped(m.peakLive).c_str());
    std::fprintf(out, "fragmentation  %s (peak extent / peak live - 1)\n",
                 percent(r.fragmentation()).c_str());
    std::fprintf(out, "final external fragmentation  %s (1 - largest free / free bytes)\n",
                 percent(m.externalFragmentation()).c_str());
    std::fprintf(out, "replay         %s, %s events/s\n", duration(r.seconds).c_str(),
                 rate(r.eventsPerSecond()).c_str());
}

void printComparison(std::FILE* out, const std::string& path, const Trace& trace,
                     const std::vector<ReplayResult>& results) {
    std::fprintf(
        out, "trace  %s (%s): %s events (%s allocations, %s frees, %s reallocs, %s skipped frees)\n\n",
        path.c_str(), std::string(replay::formatName(trace.format)).c_str(), grouped(trace.events()).c_str(),
        grouped(trace.allocations).c_str(), grouped(trace.frees).c_str(), grouped(trace.reallocs).c_str(),
        grouped(trace.skippedFrees).c_str());
    std::fprintf(out, "%-11s %15s %15s %13s %15s %8s %12s\n", "allocator", "peak extent", "peak live",
                 "fragmentation", "final ext frag", "failed", "events/s");
    for (const ReplayResult& r : results) {
        const alloc::HeapMetrics& m = r.finalMetrics;
        std::fprintf(out, "%-11s %15s %15s %13s %15s %8s %12s\n",
                     std::string(alloc::policyName(r.policy)).c_str(), grouped(m.peakExtent).c_str(),
                     grouped(m.peakLive).c_str(), percent(r.fragmentation()).c_str(),
                     percent(m.externalFragmentation()).c_str(), grouped(r.failedAllocations).c_str(),
                     rate(r.eventsPerSecond()).c_str());
    }
}

bool writeOutput(std::FILE* err, const std::string& path, std::string_view text) {
    if (std::optional<std::string> problem = replay::writeTextFile(path, text)) {
        std::fprintf(err, "memviz-cli: error: cannot write '%s': %s\n", path.c_str(), problem->c_str());
        return false;
    }
    return true;
}

} // namespace

void printReplayHelp(std::FILE* out) {
    std::fputs(
        "usage: memviz-cli replay TRACE [options]\n"
        "\n"
        "Replays a real allocation trace through the simulated heap and reports how fragmented it gets.\n"
        "TRACE is a heaptrack raw recording (heaptrack --raw -o F PROGRAM; F.raw.zst, compressed or not)\n"
        "or a text trace: one operation a line, 'a ID SIZE', 'f ID', 'r ID SIZE' (see docs/replay.md).\n"
        "\n"
        "options:\n"
        "  --allocator P      first-fit|next-fit|best-fit|worst-fit|segregated|buddy (default: first-fit)\n"
        "  --all-policies     replay under all six policies and print a comparison table\n"
        "  --csv FILE         metrics of sampled events, one row each (with --all-policies: an\n"
        "                     'allocator' column first, the rows of every policy)\n"
        "  --csv-rows N       sample about N events for the CSV (default 10000)\n"
        "  --report FILE      JSON report (with --all-policies: one report per policy under \"runs\")\n"
        "  --heap-size BYTES  simulated heap limit, e.g. 64M or 2G (default 64G); past it malloc fails\n"
        "  -h, --help         this help\n"
        "\n"
        "exit status: 0 ok, 1 the trace could not be read or an output could not be written, 2 usage error\n",
        out);
}

int runReplayCommand(std::span<const std::string_view> args, std::FILE* out, std::FILE* err) {
    ArgParser parser;
    parser.addOption("--allocator", true);
    parser.addOption("--all-policies", false);
    parser.addOption("--csv", true);
    parser.addOption("--csv-rows", true);
    parser.addOption("--report", true);
    parser.addOption("--heap-size", true);
    parser.addOption("--help", false, "-h");
    if (!parser.parse(args)) return usageError(err, parser.error());
    if (parser.has("--help")) {
        printReplayHelp(out);
        return kExitOk;
    }
    if (parser.positionals().empty()) return usageError(err, "replay needs a TRACE file");
    if (parser.positionals().size() > 1)
        return usageError(err, "unexpected argument '" + parser.positionals()[1] + "'");
    const std::string& path = parser.positionals()[0];

    std::vector<alloc::Policy> policies{alloc::Policy::FirstFit};
    if (std::optional<std::string> name = parser.value("--allocator")) {
        if (parser.has("--all-policies"))
            return usageError(err, "--allocator and --all-policies exclude each other");
        std::optional<alloc::Policy> policy = alloc::parsePolicy(*name);
        if (!policy)
            return usageError(err, "unknown allocator '" + *name + "' (expected " + policyList() + ")");
        policies = {*policy};
    }
    if (parser.has("--all-policies")) policies = alloc::allPolicies();

    replay::ReplayOptions options;
    if (std::optional<std::string> size = parser.value("--heap-size")) {
        std::optional<std::uint64_t> bytes = parseByteSize(*size, kMaxHeapSize);
        if (!bytes)
            return usageError(err, "invalid --heap-size '" + *size +
                                       "' (expected bytes, e.g. 1048576, 64M or 2G)");
        options.heapLimit = *bytes;
    }
    if (std::optional<std::string> rows = parser.value("--csv-rows")) {
        std::uint64_t count = 0;
        auto [end, error] = std::from_chars(rows->data(), rows->data() + rows->size(), count);
        if (error != std::errc() || end != rows->data() + rows->size() || count == 0)
            return usageError(err, "invalid --csv-rows '" + *rows + "' (expected a positive number)");
        options.maxSamples = count;
    }
    std::optional<std::string> csvPath = parser.value("--csv");
    std::optional<std::string> reportPath = parser.value("--report");
    if (!csvPath) options.maxSamples = 0;

    replay::LoadResult loaded = replay::loadTrace(path);
    if (!loaded.ok()) {
        const replay::TraceError& error = *loaded.error;
        if (error.line != 0)
            std::fprintf(err, "%s\n", replay::formatTraceError(error).c_str());
        else
            std::fprintf(err, "memviz-cli: error: %s: %s\n", error.file.c_str(), error.message.c_str());
        return kExitInputError;
    }
    const Trace& trace = loaded.trace;

    std::vector<ReplayResult> results;
    for (alloc::Policy policy : policies) {
        options.policy = policy;
        replay::Replayer replayer(options);
        results.push_back(replayer.run(trace));
    }

    bool comparison = parser.has("--all-policies");
    if (comparison)
        printComparison(out, path, trace, results);
    else
        printSummary(out, path, trace, results.front());
    std::fflush(out);

    if (csvPath) {
        std::string csv = replay::metricsCsvHeader(comparison);
        for (const ReplayResult& result : results) replay::appendMetricsCsv(csv, result, comparison);
        if (!writeOutput(err, *csvPath, csv)) return kExitInputError;
    }
    if (reportPath) {
        std::string json = comparison ? replay::comparisonReportJson(path, trace, results)
                                      : replay::replayReportJson(path, trace, results.front());
        if (!writeOutput(err, *reportPath, json)) return kExitInputError;
    }
    return kExitOk;
}

} // namespace memviz::cli
