// MetricSeries: packed samples, look-up by step and peak-keeping downsampling.
#include "trace/metric_series.h"

#include "trace/history_log.h"

#include <algorithm>

namespace memviz::trace {

namespace {
using Field = std::uint64_t alloc::HeapMetrics::*;
// Every figure, the ones that change with most operations first; a sample's first two bytes say which changed.
constexpr Field kFields[] = {
    &alloc::HeapMetrics::liveRequested, &alloc::HeapMetrics::liveBlocks,  &alloc::HeapMetrics::allocatedBytes,
    &alloc::HeapMetrics::overhead,      &alloc::HeapMetrics::freeBytes,   &alloc::HeapMetrics::freeBlocks,
    &alloc::HeapMetrics::largestFree,   &alloc::HeapMetrics::allocations, &alloc::HeapMetrics::frees,
    &alloc::HeapMetrics::reallocs,      &alloc::HeapMetrics::peakLive,    &alloc::HeapMetrics::extent,
    &alloc::HeapMetrics::peakExtent,    &alloc::HeapMetrics::metaBytes,   &alloc::HeapMetrics::failures,
};
constexpr std::size_t kFieldCount = sizeof(kFields) / sizeof(kFields[0]);
static_assert(sizeof(alloc::HeapMetrics) == kFieldCount * sizeof(std::uint64_t), "every figure is coded");
static_assert(MetricSeries::kMaxSample >= 2 + 10 + kFieldCount * 10);
} // namespace

// A sample: which figures changed (two bytes), the step's difference from the sample before, then each changed
// figure's difference (zigzag varints; figures wrap modulo 2^64, so any value round-trips).
std::uint8_t* MetricSeries::encode(const MetricSample& from, const MetricSample& to, std::uint8_t* out) {
    std::uint8_t* mask = out;
    out = putVarint(out + 2, to.step - from.step);
    unsigned changed = 0;
    for (std::size_t i = 0; i < kFieldCount; ++i) {
        std::uint64_t before = from.metrics.*kFields[i], after = to.metrics.*kFields[i];
        if (before == after) continue;
        changed |= 1u << i;
        out = putVarint(out, zigzag(static_cast<std::int64_t>(after - before)));
    }
    mask[0] = static_cast<std::uint8_t>(changed);
    mask[1] = static_cast<std::uint8_t>(changed >> 8);
    return out;
}

const std::uint8_t* MetricSeries::decode(const std::uint8_t* in, MetricSample& sample) {
    unsigned changed = in[0] | (static_cast<unsigned>(in[1]) << 8);
    in += 2;
    sample.step += getVarint(in);
    for (std::size_t i = 0; changed != 0; ++i, changed >>= 1)
        if ((changed & 1) != 0) sample.metrics.*kFields[i] += static_cast<std::uint64_t>(unzigzag(getVarint(in)));
    return in;
}

void MetricSeries::append(std::uint64_t step, const alloc::HeapMetrics& metrics) {
    MetricSample sample{step, metrics};
    if (m_size != 0 && m_last.step == step) {
        m_openSize = m_lastAt; // the same step again: its sample is replaced
    } else {
        if (m_size % kGroup == 0) {
            if (!m_keys.empty()) {
                m_keys.back().data = m_arena.append({m_open.get(), m_openSize});
                m_openSize = 0;
            }
            m_keys.push_back({nullptr, {step, m_last.metrics}});
        }
        m_beforeLast = m_size % kGroup == 0 ? m_keys.back().before : m_last;
        m_lastAt = m_openSize;
        ++m_size;
    }
    if (!m_open) m_open = std::make_unique_for_overwrite<std::uint8_t[]>(kGroup * kMaxSample);
    m_openSize = static_cast<std::size_t>(encode(m_beforeLast, sample, m_open.get() + m_openSize) - m_open.get());
    m_last = sample;
}

const std::uint8_t* MetricSeries::groupBytes(std::size_t group) const {
    return m_keys[group].data != nullptr ? m_keys[group].data : m_open.get();
}

std::size_t MetricSeries::bytesHeld() const {
    return m_arena.bytesHeld() + (m_open ? kGroup * kMaxSample : 0) + m_keys.capacity() * sizeof(Key);
}

bool MetricSeries::Reader::next() {
    if (m_index >= m_series.m_size) return false;
    if (m_index % kGroup == 0) {
        std::size_t group = m_index / kGroup;
        m_sample = m_series.m_keys[group].before;
        m_in = m_series.groupBytes(group);
    }
    m_in = decode(m_in, m_sample);
    ++m_index;
    return true;
}

alloc::HeapMetrics MetricSeries::at(std::uint64_t step) const {
    // In force before `step` runs: the last sample of an earlier step, in the last group that starts earlier.
    auto after = std::partition_point(m_keys.begin(), m_keys.end(), [step](const Key& key) { return key.before.step < step; });
    if (after == m_keys.begin()) return {};
    auto group = static_cast<std::size_t>(after - m_keys.begin() - 1);
    MetricSample sample = m_keys[group].before;
    alloc::HeapMetrics inForce;
    const std::uint8_t* in = groupBytes(group);
    for (std::size_t i = group * kGroup; i < m_size && i < (group + 1) * kGroup; ++i) {
        in = decode(in, sample);
        if (sample.step >= step) break;
        inForce = sample.metrics;
    }
    return inForce;
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
    Reader reader(*this);
    bool more = reader.next();
    double current = 0; // the value in force before the first step of the bucket
    for (std::uint64_t first = 1; first <= steps; first += span) {
        std::uint64_t last = std::min(steps, first + span - 1);
        // Samples of steps < first are in force at `first`.
        for (; more && reader.sample().step < first; more = reader.next()) current = value(reader.sample().metrics, metric);
        ChartPoint point{first, current, current, current};
        // Values that come into force within (first, last]: produced by steps first..last - 1 (and in force at
        // the next bucket's first step).
        for (; more && reader.sample().step < last; more = reader.next()) {
            current = value(reader.sample().metrics, metric);
            point.min = std::min(point.min, current);
            point.max = std::max(point.max, current);
        }
        out.push_back(point);
    }
    return out;
}

} // namespace memviz::trace
