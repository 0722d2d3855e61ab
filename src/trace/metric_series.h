// MetricSeries: the heap's metrics over a whole run: one sample per heap operation (the figures are constant
// between operations), looked up by step, and downsampled to a fixed number of chart points that keep every
// peak (each point carries the minimum and maximum of the steps it covers). Samples are packed: each holds
// only the figures that changed, as varint differences from the sample before, in groups of kGroup that start
// from a key with every figure, so a look-up decodes at most one group (about 14 bytes a sample, not 128).
#pragma once

#include "alloc/heap_metrics.h"
#include "trace/byte_arena.h"

#include <cstdint>
#include <memory>
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
    static constexpr std::size_t kGroup = 64;
    static constexpr std::size_t kMaxSample = 2 + 10 + 15 * 10; // a sample's bytes at their longest

    // Adds the figures after a heap operation of step `step` (steps ascending; a second sample of the same step
    // replaces the first).
    void append(std::uint64_t step, const alloc::HeapMetrics& metrics);
    void setEnd(std::uint64_t endStep) { m_endStep = endStep; }

    std::size_t size() const { return m_size; } // samples (one per step that operated on the heap)
    std::size_t bytesHeld() const;
    // The figures in force when step `step` is about to run (all zero before the first heap operation).
    alloc::HeapMetrics at(std::uint64_t step) const;
    static double value(const alloc::HeapMetrics& metrics, Metric metric);
    // At most `points` points over steps 1..endStep, evenly spaced, each keeping its span's min and max.
    std::vector<ChartPoint> downsample(Metric metric, std::size_t points) const;
    std::uint64_t endStep() const { return m_endStep; }

    // Reads the samples in order.
    class Reader {
    public:
        explicit Reader(const MetricSeries& series) : m_series(series) {}
        bool next(); // moves to the next sample; false after the last
        const MetricSample& sample() const { return m_sample; }

    private:
        const MetricSeries& m_series;
        MetricSample m_sample;
        std::size_t m_index = 0; // of the next sample
        const std::uint8_t* m_in = nullptr;
    };

private:
    struct Key {
        const std::uint8_t* data = nullptr; // null for the open group (its bytes are in m_open)
        MetricSample before;                // the group's first step, and the figures before its first sample
    };
    static std::uint8_t* encode(const MetricSample& from, const MetricSample& to, std::uint8_t* out);
    static const std::uint8_t* decode(const std::uint8_t* in, MetricSample& sample);
    const std::uint8_t* groupBytes(std::size_t group) const;

    std::vector<Key> m_keys;
    ByteArena m_arena;                      // closed groups
    std::unique_ptr<std::uint8_t[]> m_open; // the last group's samples so far (room for kGroup at their longest)
    std::size_t m_openSize = 0;
    std::size_t m_lastAt = 0;               // where the last sample starts in m_open
    MetricSample m_beforeLast;              // what the last sample is coded from (a key's values for a group's first)
    MetricSample m_last;
    std::size_t m_size = 0;
    std::uint64_t m_endStep = 1;
};

} // namespace memviz::trace
