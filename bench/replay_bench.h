// Replay benchmarks: every placement policy replaying a real trace (best of several runs), and the whole
// memviz-cli replay process against a plain C program replaying the same text trace through malloc.
#pragma once

#include "alloc/allocator.h"
#include "replay/trace.h"

#include <cstdint>
#include <string>
#include <vector>

namespace memviz::bench {

struct PolicyFigures {
    alloc::Policy policy = alloc::Policy::FirstFit;
    double eventsPerSecond = 0;
    double fragmentation = 0;  // peak extent / peak live - 1
    std::uint64_t peakExtent = 0;
    std::uint64_t peakLive = 0;
};

std::vector<PolicyFigures> benchPolicies(const replay::Trace& trace, int runs);

struct ProcessComparison {
    bool ok = false;
    std::string error;
    std::uint64_t events = 0;
    double cliSeconds = 0;
    double systemSeconds = 0;
    double ratio() const { return systemSeconds > 0 ? cliSeconds / systemSeconds : 0; }
};

// Exports the first `events` events of `trace` as a text trace and times both programs on it.
ProcessComparison compareWithSystemMalloc(const replay::Trace& trace, std::uint64_t events, const std::string& cli,
                                          const std::string& systemReplay, int runs);

} // namespace memviz::bench
