// MetricSeries: the heap's metrics over a whole run: one sample per heap operation (the figures are constant
// between operations), looked up by step, and downsampled to a fixed number of chart points that keep every
// peak (each point carries the minimum and maximum of the steps it covers).
#pragma once

#include "alloc/heap_metrics.h"
#include "trace/chunked_vector.h"

#include <cstdint>
#include <vector>

namespace memviz::trace {

struct MetricSample {
    std::uint64_t step = 0; // the step whose heap operation produced these figures
    alloc::HeapMetrics metrics;
};

enum class Metric : std::uint8_t { Extent, LiveBytes, FreeBytes, LargestFree, ExternalFragmentation, LiveBlocks };

struct ChartPoint {
    std::uint64_t step = 0;  // first step the point covers
    double value = 0;        // the value at that step
    double min = 0, max = 0; // over the steps the point covers
};

class MetricSeries {
public:
    void append(std::uint64_t step, const alloc::HeapMetrics& metrics);
    void setEnd(std::uint64_t endStep) { m_endStep = endStep; }

    const ChunkedVector<MetricSample, 12>& samples() const { return m_samples; }
    // The figures in force when step `step` is about to run (all zero before the first heap operation).
    alloc::HeapMetrics at(std::uint64_t step) const;
    static double value(const alloc::HeapMetrics& metrics, Metric metric);
    // At most `points` points over steps 1..endStep, evenly spaced, each keeping its span's min and max.
    std::vector<ChartPoint> downsample(Metric metric, std::size_t points) const;
    std::uint64_t endStep() const { return m_endStep; }

private:
    ChunkedVector<MetricSample, 12> m_samples; // ascending by step
    std::uint64_t m_endStep = 1;
};

} // namespace memviz::trace
