// MetricSeries: the figures in force at a step, and downsampling that never loses a peak.
#include "trace/metric_series.h"

#include <catch2/catch.hpp>

namespace memviz::trace::test {

namespace {
alloc::HeapMetrics live(std::uint64_t bytes) {
    alloc::HeapMetrics m;
    m.liveRequested = bytes;
    return m;
}
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

} // namespace memviz::trace::test
