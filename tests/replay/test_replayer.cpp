// Replayer: counts and metrics stay consistent with the trace under every policy, the heap checks clean
// at the end, a small heap limit turns into failed allocations and skipped frees, and the metrics series
// keeps its row budget, the last event and the extent peak.
#include "trace_test_support.h"

#include "replay/replayer.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace memviz;
using namespace memviz::replay;
using namespace memviz::replay::test;

namespace {

Trace loadOk(const std::string& path) {
    LoadResult result = loadTrace(path);
    REQUIRE(result.ok());
    return std::move(result.trace);
}

std::string problemsOf(const alloc::CheckResult& check) {
    std::string text;
    for (const std::string& problem : check.problems) text += problem + "\n";
    return text;
}

} // namespace

TEST_CASE("replay of the hand-written text trace under every policy", "[replay][replayer]") {
    Trace trace = loadOk(dataPath("small.trace"));
    for (alloc::Policy policy : alloc::allPolicies()) {
        INFO("policy " << alloc::policyName(policy));
        ReplayOptions options;
        options.policy = policy;
        Replayer replayer(options);
        ReplayResult result = replayer.run(trace);
        CHECK(result.policy == policy);
        CHECK(result.events == 12);
        CHECK(result.allocations == 5);
        CHECK(result.frees == 5);
        CHECK(result.reallocs == 2);
        CHECK(result.failedAllocations == 0);
        CHECK(result.skippedFrees == 0);
        const alloc::HeapMetrics& m = result.finalMetrics;
        CHECK(m.liveBlocks == 0);
        CHECK(m.liveRequested == 0);
        CHECK(m.allocations == 5);
        CHECK(m.frees == 5);
        CHECK(m.peakLive >= 24 * 3 + 200);
        CHECK(m.peakExtent >= m.peakLive);
        CHECK(result.fragmentation() == Approx(static_cast<double>(m.peakExtent) / m.peakLive - 1));
        REQUIRE(replayer.heap() != nullptr);
        alloc::CheckResult check = replayer.heap()->check();
        INFO(problemsOf(check));
        CHECK(check.ok);
    }
}

TEST_CASE("replay of the real cc1 recording keeps metrics consistent", "[replay][replayer]") {
    Trace trace = loadOk(dataPath("cc1-small.raw.zst"));
    for (alloc::Policy policy : alloc::allPolicies()) {
        INFO("policy " << alloc::policyName(policy));
        ReplayOptions options;
        options.policy = policy;
        Replayer replayer(options);
        ReplayResult result = replayer.run(trace);
        const alloc::HeapMetrics& m = result.finalMetrics;
        CHECK(result.events == trace.events());
        CHECK(result.failedAllocations == 0);
        CHECK(result.skippedFrees == trace.skippedFrees);
        CHECK(m.allocations - m.frees == m.liveBlocks);
        CHECK(trace.allocations - trace.frees == m.liveBlocks);
        CHECK(m.allocatedBytes == m.liveRequested + m.overhead);
        CHECK(m.allocatedBytes + m.freeBytes + m.metaBytes == m.extent);
        CHECK(m.peakExtent >= m.extent);
        CHECK(m.peakLive >= m.liveRequested);
        CHECK(result.seconds > 0);
        CHECK(result.eventsPerSecond() > 0);
        alloc::CheckResult check = replayer.heap()->check();
        INFO(problemsOf(check));
        CHECK(check.ok);
    }
}

TEST_CASE("replay past the heap limit: failed allocations, skipped frees, no crash", "[replay][replayer]") {
    Trace trace = loadOk(dataPath("cc1-small.raw.zst"));
    ReplayOptions options;
    options.heapLimit = 256 * 1024;  // cc1 needs about 3 MB
    Replayer replayer(options);
    ReplayResult result = replayer.run(trace);
    CHECK(result.failedAllocations > 0);
    CHECK(result.skippedFrees > trace.skippedFrees);
    const alloc::HeapMetrics& m = result.finalMetrics;
    CHECK(m.peakExtent <= 256 * 1024);
    std::uint64_t skippedInReplay = result.skippedFrees - trace.skippedFrees;
    CHECK(trace.allocations - result.failedAllocations - (trace.frees - skippedInReplay) == m.liveBlocks);
    CHECK(replayer.heap()->check().ok);
}

TEST_CASE("replay of a text trace whose reallocs fail keeps the old blocks", "[replay][replayer]") {
    LoadResult loaded = parse("a 0 1000\na 1 1000\nr 0 100000000\nr 1 0\nf 0\n");
    REQUIRE(loaded.ok());
    ReplayOptions options;
    options.heapLimit = 64 * 1024;
    Replayer replayer(options);
    ReplayResult result = replayer.run(loaded.trace);
    CHECK(result.failedAllocations == 1);
    CHECK(result.skippedFrees == 0);
    CHECK(result.finalMetrics.liveBlocks == 0);  // r 1 0 freed id 1; f 0 freed the block realloc left alone
    CHECK(replayer.heap()->check().ok);
}

TEST_CASE("the metrics series keeps its row budget, the last event and the extent peak",
          "[replay][replayer]") {
    Trace trace = loadOk(dataPath("cc1-small.raw.zst"));
    SECTION("a hundred rows") {
        ReplayOptions options;
        options.maxSamples = 100;
        Replayer replayer(options);
        ReplayResult result = replayer.run(trace);
        const std::vector<MetricsSample>& samples = result.samples;
        REQUIRE(samples.size() >= 100);
        CHECK(samples.size() <= 102);
        CHECK(samples.back().event == trace.events());
        CHECK(samples.back().metrics.extent == result.finalMetrics.extent);
        for (std::size_t i = 1; i < samples.size(); ++i) REQUIRE(samples[i - 1].event < samples[i].event);
        std::uint64_t maxExtent = 0;
        for (const MetricsSample& sample : samples) maxExtent = std::max(maxExtent, sample.metrics.extent);
        CHECK(maxExtent == result.finalMetrics.peakExtent);
    }
    SECTION("more rows than events: every event") {
        ReplayOptions options;
        options.maxSamples = 1000000;
        ReplayResult result = Replayer(options).run(trace);
        CHECK(result.samples.size() == trace.events());
    }
    SECTION("no rows") {
        ReplayOptions options;
        options.maxSamples = 0;
        CHECK(Replayer(options).run(trace).samples.empty());
    }
}

TEST_CASE("a replayer can run twice, each time on a fresh heap", "[replay][replayer]") {
    Trace trace = loadOk(dataPath("small.trace"));
    Replayer replayer;
    ReplayResult first = replayer.run(trace);
    ReplayResult second = replayer.run(trace);
    CHECK(first.finalMetrics.peakExtent == second.finalMetrics.peakExtent);
    CHECK(second.finalMetrics.allocations == 5);
}
