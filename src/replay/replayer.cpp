// Replayer: the replay loop, kept tight: one switch and one heap call per event, ids mapped by a vector.
#include "replay/replayer.h"

#include "memory/address_space.h"

#include <chrono>

namespace memviz::replay {

Replayer::Replayer(const ReplayOptions& options) : m_options(options) {}

Replayer::~Replayer() = default;

ReplayResult Replayer::run(const Trace& trace) {
    m_heap.reset();
    memory::Layout layout;
    layout.heapLimit = m_options.heapLimit;
    m_space = std::make_unique<memory::AddressSpace>(layout);
    // A trace has no program to check: keep the block format in simulated memory, skip the byte shadow.
    m_heap = std::make_unique<alloc::Heap>(*m_space, m_options.policy, alloc::HeapOptions{false});
    alloc::Heap& heap = *m_heap;

    ReplayResult result;
    result.policy = m_options.policy;
    result.events = trace.events();
    result.allocations = trace.allocations;
    result.frees = trace.frees;
    result.reallocs = trace.reallocs;

    std::vector<core::Address> payloads(trace.idCount, 0);  // id -> payload, 0 when not allocated
    MetricsSeries series(trace.events(), m_options.maxSamples);
    std::uint64_t failed = 0;
    std::uint64_t skipped = 0;
    const TraceOp* ops = trace.ops.data();
    const std::uint64_t count = trace.ops.size();

    auto start = std::chrono::steady_clock::now();
    for (std::uint64_t i = 0; i < count; ++i) {
        const TraceOp& op = ops[i];
        core::Address& payload = payloads[op.id];
        switch (op.kind) {
        case TraceOpKind::Alloc:
            payload = heap.malloc(op.size);
            if (payload == 0) ++failed;
            break;
        case TraceOpKind::Free:
            if (payload == 0) {
                ++skipped;  // its allocation failed at the heap limit
            } else {
                heap.free(payload);
                payload = 0;
            }
            break;
        case TraceOpKind::Realloc:
            if (op.size == 0) {  // realloc(p, 0) frees p
                if (payload == 0) {
                    ++skipped;
                } else {
                    heap.realloc(payload, 0);
                    payload = 0;
                }
            } else if (core::Address moved = heap.realloc(payload, op.size); moved != 0) {
                payload = moved;
            } else {
                ++failed;  // the old block stays as it was
            }
            break;
        }
        series.observe(i + 1, heap.metrics());
    }
    auto stop = std::chrono::steady_clock::now();

    series.finish(count, heap.metrics());
    result.seconds = std::chrono::duration<double>(stop - start).count();
    result.failedAllocations = failed;
    result.skippedFrees = trace.skippedFrees + skipped;
    result.finalMetrics = heap.metrics();
    result.samples = series.takeSamples();
    return result;
}

} // namespace memviz::replay
