// Replayer: drives a simulated alloc::Heap through a Trace under one placement policy, counts what
// happened (failed allocations, skipped frees), samples the metrics for plotting, and times the replay
// alone (parsing excluded) to give events per second.
#pragma once

#include "alloc/allocator.h"
#include "alloc/heap.h"
#include "alloc/heap_metrics.h"
#include "replay/metrics_series.h"
#include "replay/trace.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace memviz::memory {
class AddressSpace;
}

namespace memviz::replay {

struct ReplayOptions {
    alloc::Policy policy = alloc::Policy::FirstFit;
    // Reserved virtual memory, committed only as the simulated heap touches it.
    std::uint64_t heapLimit = std::uint64_t{64} << 30;
    std::uint64_t maxSamples = 10'000;  // rows of the metrics series (about); 0 for none
};

struct ReplayResult {
    alloc::Policy policy = alloc::Policy::FirstFit;
    std::uint64_t events = 0;
    std::uint64_t allocations = 0;        // alloc operations in the trace
    std::uint64_t frees = 0;              // free operations in the trace
    std::uint64_t reallocs = 0;           // realloc operations in the trace
    std::uint64_t skippedFrees = 0; // the trace's (pointers from before recording) + frees of failed ids
    std::uint64_t failedAllocations = 0;  // malloc or realloc answered NULL at the heap limit
    alloc::HeapMetrics finalMetrics;      // after the last event (peaks included)
    std::vector<MetricsSample> samples;
    double seconds = 0;                   // the replay loop alone

    double eventsPerSecond() const { return seconds > 0 ? static_cast<double>(events) / seconds : 0.0; }
    // Johnstone & Wilson: peak extent / peak live requested - 1.
    double fragmentation() const { return finalMetrics.peakFragmentation(); }
};

class Replayer {
public:
    explicit Replayer(const ReplayOptions& options = {});
    ~Replayer();
    Replayer(const Replayer&) = delete;
    Replayer& operator=(const Replayer&) = delete;

    // Replays `trace` on a fresh heap (each call starts from an empty one).
    ReplayResult run(const Trace& trace);

    // The heap of the last run, as the trace left it (for check() and walk()); null before any run.
    const alloc::Heap* heap() const { return m_heap.get(); }

private:
    ReplayOptions m_options;
    std::unique_ptr<memory::AddressSpace> m_space;
    std::unique_ptr<alloc::Heap> m_heap;
};

} // namespace memviz::replay
