// MetricsSeries: the heap metrics at sampled events of a replay, for plotting: every k-th event (k chosen
// so there are at most about maxRows rows), the last event, and the event at which the extent peaked.
#pragma once

#include "alloc/heap_metrics.h"

#include <cstdint>
#include <vector>

namespace memviz::replay {

struct MetricsSample {
    std::uint64_t event = 0;  // events replayed so far (1-based index of the event just done)
    alloc::HeapMetrics metrics;
};

class MetricsSeries {
public:
    // A series of a replay of `events` events with at most about `maxRows` rows (0: no rows at all).
    MetricsSeries(std::uint64_t events, std::uint64_t maxRows);

    // After event number `event` (1-based): records it when it is due, and remembers a new extent peak.
    // Inline and cheap: it runs after every event.
    void observe(std::uint64_t event, const alloc::HeapMetrics& metrics) {
        if (m_stride == 0) return;
        if (metrics.extent > m_peak.metrics.extent) m_peak = MetricsSample{event, metrics};
        if (--m_countdown == 0) {
            m_countdown = m_stride;
            m_samples.push_back(MetricsSample{event, metrics});
        }
    }

    // After the last event: adds it and the extent peak if they are not in yet.
    void finish(std::uint64_t lastEvent, const alloc::HeapMetrics& metrics);

    std::uint64_t stride() const { return m_stride; }
    const std::vector<MetricsSample>& samples() const { return m_samples; }
    std::vector<MetricsSample> takeSamples() { return std::move(m_samples); }

private:
    void insertInOrder(const MetricsSample& sample);

    std::uint64_t m_stride = 0;
    std::uint64_t m_countdown = 0;
    MetricsSample m_peak;
    std::vector<MetricsSample> m_samples;
};

} // namespace memviz::replay
