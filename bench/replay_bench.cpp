// Replay benchmarks over the Replayer and whole processes.
#include "replay_bench.h"

#include "process_timer.h"
#include "replay/replayer.h"
#include "text_trace_export.h"

#include <cstdio>
#include <filesystem>
#include <unistd.h>

namespace memviz::bench {

std::vector<PolicyFigures> benchPolicies(const replay::Trace& trace, int runs) {
    std::vector<PolicyFigures> figures;
    for (alloc::Policy policy : alloc::allPolicies()) {
        replay::ReplayOptions options;
        options.policy = policy;
        replay::Replayer replayer(options);
        PolicyFigures best{policy};
        for (int run = 0; run < runs; ++run) {
            replay::ReplayResult result = replayer.run(trace);
            if (result.eventsPerSecond() > best.eventsPerSecond) best.eventsPerSecond = result.eventsPerSecond();
            best.fragmentation = result.fragmentation();
            best.peakExtent = result.finalMetrics.peakExtent;
            best.peakLive = result.finalMetrics.peakLive;
        }
        figures.push_back(best);
    }
    return figures;
}

ProcessComparison compareWithSystemMalloc(const replay::Trace& trace, std::uint64_t events, const std::string& cli,
                                          const std::string& systemReplay, int runs) {
    ProcessComparison comparison;
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("memviz-bench-" + std::to_string(getpid()) + ".trace");
    if (!writeTextTrace(trace, events, path.string())) {
        comparison.error = "cannot write " + path.string();
        return comparison;
    }
    comparison.events = std::min<std::uint64_t>(events, trace.ops.size());
    ProcessTiming memviz = timeProcess({cli, "replay", path.string()}, runs);
    ProcessTiming system = timeProcess({systemReplay, path.string()}, runs);
    std::filesystem::remove(path);
    if (!memviz.ok || !system.ok) {
        comparison.error = !memviz.ok ? memviz.error : system.error;
        return comparison;
    }
    comparison.ok = true;
    comparison.cliSeconds = memviz.seconds;
    comparison.systemSeconds = system.seconds;
    return comparison;
}

} // namespace memviz::bench
