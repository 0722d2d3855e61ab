// MetricSeries: look-up by step and peak-keeping downsampling.
#include "trace/metric_series.h"

#include <algorithm>

namespace memviz::trace {

void MetricSeries::append(std::uint64_t step, const alloc::HeapMetrics& metrics) {
    if (!m_samples.empty() && m_samples.back().step == step) m_samples.back().metrics = metrics;
    else m_samples.push_back({step, metrics});
}

alloc::HeapMetrics MetricSeries::at(std::uint64_t step) const {
    // In force before `step` runs: the last sample of an earlier step.
    auto it = std::lower_bound(m_samples.begin(), m_samples.end(), step,
                               [](const MetricSample& s, std::uint64_t v) { return s.step < v; });
    if (it == m_samples.begin()) return {};
    return (it - 1)->metrics;
}

double MetricSeries::value(const alloc::HeapMetrics& metrics, Metric metric) {
    switch (metric) {
    case Metric::Extent: return static_cast<double>(metrics.extent);
    case Metric::LiveBytes: return static_cast<double>(metrics.liveRequested);
    case Metric::FreeBytes: return static_cast<double>(metrics.freeBytes);
    case Metric::LargestFree: return static_cast<double>(metrics.largestFree);
    case Metric::ExternalFragmentation: return metrics.externalFragmentation();
    case Metric::LiveBlocks: return static_cast<double>(metrics.liveBlocks);
    }
    return 0;
}

std::vector<ChartPoint> MetricSeries::downsample(Metric metric, std::size_t points) const {
    std::vector<ChartPoint> out;
    if (points == 0) return out;
    std::uint64_t steps = m_endStep;
    std::uint64_t span = std::max<std::uint64_t>(1, (steps + points - 1) / points);
    auto sample = m_samples.begin();
    double current = 0; // the value in force before the first step of the bucket
    for (std::uint64_t first = 1; first <= steps; first += span) {
        std::uint64_t last = std::min(steps, first + span - 1);
        // Samples of steps < first are in force at `first`.
        while (sample != m_samples.end() && sample->step < first) {
            current = value(sample->metrics, metric);
            ++sample;
        }
        ChartPoint point{first, current, current, current};
        // Values that come into force within (first, last]: produced by steps first..last - 1.
        for (auto it = sample; it != m_samples.end() && it->step < last; ++it) {
            double v = value(it->metrics, metric);
            point.min = std::min(point.min, v);
            point.max = std::max(point.max, v);
        }
        out.push_back(point);
    }
    return out;
}

} // namespace memviz::trace
