// MetricSeries: the figures in force at a step, and downsampling that never loses a peak.
#include "trace/metric_series.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>
#include <random>
#include <vector>

namespace memviz::trace::test {

namespace {
alloc::HeapMetrics live(std::uint64_t bytes) {
    alloc::HeapMetrics m;
    m.liveRequested = bytes;
    return m;
}
std::uint64_t& figure(alloc::HeapMetrics& m, int i) {
    std::uint64_t* figures[] = {&m.extent,    &m.liveRequested, &m.liveBlocks,  &m.allocatedBytes, &m.overhead,
                                &m.freeBytes, &m.freeBlocks,    &m.largestFree, &m.metaBytes,      &m.peakExtent,
                                &m.peakLive,  &m.allocations,   &m.frees,       &m.reallocs,       &m.failures};
    return *figures[i];
}

bool same(const alloc::HeapMetrics& a, const alloc::HeapMetrics& b) {
    alloc::HeapMetrics x = a, y = b;
    for (int i = 0; i < 15; ++i)
        if (figure(x, i) != figure(y, i)) return false;
    return true;
}

// The series as plain samples: the reference the packed one must match.
struct PlainSeries {
    std::vector<MetricSample> samples;
    void append(std::uint64_t step, const alloc::HeapMetrics& m) {
        if (!samples.empty() && samples.back().step == step) samples.back().metrics = m;
        else samples.push_back({step, m});
    }
    alloc::HeapMetrics at(std::uint64_t step) const {
        alloc::HeapMetrics m;
        for (const MetricSample& s : samples)
            if (s.step < step) m = s.metrics;
        return m;
    }
    // The downsampling as it was written over plain samples.
    std::vector<ChartPoint> downsample(Metric metric, std::size_t points, std::uint64_t steps) const {
        std::vector<ChartPoint> out;
        std::uint64_t span = std::max<std::uint64_t>(1, (steps + points - 1) / points);
        auto sample = samples.begin();
        double current = 0;
        for (std::uint64_t first = 1; first <= steps; first += span) {
            std::uint64_t last = std::min(steps, first + span - 1);
            while (sample != samples.end() && sample->step < first) {
                current = MetricSeries::value(sample->metrics, metric);
                ++sample;
            }
            ChartPoint point{first, current, current, current};
            for (auto it = sample; it != samples.end() && it->step < last; ++it) {
                double v = MetricSeries::value(it->metrics, metric);
                point.min = std::min(point.min, v);
                point.max = std::max(point.max, v);
            }
            out.push_back(point);
        }
        return out;
    }
};
} // namespace

TEST_CASE("metric series: values are in force after the step that produced them", "[trace]") {
    MetricSeries series;
    series.append(3, live(10));
    series.append(7, live(30));
    series.setEnd(10);
    CHECK(series.at(1).liveRequested == 0);
    CHECK(series.at(3).liveRequested == 0);
    CHECK(series.at(4).liveRequested == 10);
    CHECK(series.at(7).liveRequested == 10);
    CHECK(series.at(8).liveRequested == 30);
    CHECK(series.at(10).liveRequested == 30);
}

TEST_CASE("metric series: downsampling keeps a one-step peak", "[trace]") {
    MetricSeries series;
    for (std::uint64_t step = 1; step < 100'000; ++step) series.append(step, live(step == 51'234 ? 1'000'000 : 100));
    series.setEnd(100'000);
    std::vector<ChartPoint> points = series.downsample(Metric::LiveBytes, 500);
    REQUIRE(points.size() <= 500);
    REQUIRE(points.size() >= 450);
    double peak = 0;
    for (const ChartPoint& p : points) peak = std::max(peak, p.max);
    CHECK(peak == 1'000'000);
    CHECK(points.front().step == 1);
    CHECK(points.front().value == 0);
}

TEST_CASE("metric series: packed samples read back exactly, whatever the figures", "[trace]") {
    std::mt19937_64 random(5);
    auto pick = [&](std::uint64_t n) { return std::uniform_int_distribution<std::uint64_t>(0, n - 1)(random); };
    MetricSeries series;
    PlainSeries plain;
    alloc::HeapMetrics m;
    std::uint64_t step = 1;
    for (int i = 0; i < 3000; ++i) {
        // Several samples of one step (the last one stays) now and then, also across group boundaries.
        if (pick(6) != 0) step += 1 + pick(30);
        for (int f = 0; f < 15; ++f) {
            switch (pick(8)) {
            case 0: figure(m, f) += pick(1000); break;
            case 1: figure(m, f) -= pick(1000); break;                          // may wrap: still exact
            case 2: figure(m, f) = (std::uint64_t{64} << 40) - pick(1 << 20); break; // a 64 TiB heap
            case 3: figure(m, f) = std::numeric_limits<std::uint64_t>::max() - pick(2); break;
            default: break; // unchanged
            }
        }
        series.append(step, m);
        plain.append(step, m);
    }
    series.setEnd(step + 10);
    REQUIRE(series.size() == plain.samples.size());
    MetricSeries::Reader reader(series);
    for (const MetricSample& expected : plain.samples) {
        REQUIRE(reader.next());
        REQUIRE(reader.sample().step == expected.step);
        REQUIRE(same(reader.sample().metrics, expected.metrics));
    }
    CHECK_FALSE(reader.next());
    for (std::uint64_t s = 0; s <= step + 10; s += 1 + pick(9)) REQUIRE(same(series.at(s), plain.at(s)));
    for (const MetricSample& sample : plain.samples) {
        REQUIRE(same(series.at(sample.step), plain.at(sample.step)));
        REQUIRE(same(series.at(sample.step + 1), sample.metrics));
    }
    for (Metric metric : {Metric::Extent, Metric::LiveBytes, Metric::FreeBytes, Metric::LargestFree,
                          Metric::ExternalFragmentation, Metric::LiveBlocks})
        for (std::size_t points : {1, 7, 100, 1000, 100000}) {
            std::vector<ChartPoint> got = series.downsample(metric, points);
            std::vector<ChartPoint> expected = plain.downsample(metric, points, step + 10);
            REQUIRE(got.size() == expected.size());
            for (std::size_t i = 0; i < got.size(); ++i) {
                REQUIRE(got[i].step == expected[i].step);
                REQUIRE(got[i].value == expected[i].value);
                REQUIRE(got[i].min == expected[i].min);
                REQUIRE(got[i].max == expected[i].max);
            }
        }
    CHECK(series.bytesHeld() < plain.samples.size() * sizeof(MetricSample));
}

TEST_CASE("metric series: empty, and one sample", "[trace]") {
    MetricSeries series;
    series.setEnd(5);
    CHECK(series.size() == 0);
    CHECK(same(series.at(3), alloc::HeapMetrics{}));
    CHECK(series.downsample(Metric::LiveBytes, 2).size() == 2);
    series.append(2, live(7));
    series.append(2, live(9)); // the same step: replaces
    CHECK(series.size() == 1);
    CHECK(series.at(2).liveRequested == 0);
    CHECK(series.at(3).liveRequested == 9);
}

} // namespace memviz::trace::test
