// Replay reports: the JSON report has every documented key, the comparison report one run per policy, and
// the CSV one header and one row per sample with twelve columns.
#include "trace_test_support.h"

#include "replay/replay_report.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>

using namespace memviz;
using namespace memviz::replay;
using namespace memviz::replay::test;

namespace {

struct Fixture {
    Trace trace;
    ReplayResult result;
};

Fixture replaySmall(std::uint64_t maxSamples = 10000) {
    LoadResult loaded = loadTrace(dataPath("small.trace"));
    REQUIRE(loaded.ok());
    ReplayOptions options;
    options.maxSamples = maxSamples;
    ReplayResult result = Replayer(options).run(loaded.trace);
    return Fixture{std::move(loaded.trace), std::move(result)};
}

std::size_t countOf(const std::string& text, std::string_view what) {
    std::size_t count = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++count;
    return count;
}

} // namespace

TEST_CASE("the JSON report has every documented key", "[replay][report]") {
    Fixture f = replaySmall();
    std::string json = replayReportJson("tests/data/small.trace", f.trace, f.result);
    for (const char* key : {"trace",
                            "format",
                            "allocator",
                            "events",
                            "allocations",
                            "frees",
                            "reallocs",
                            "skipped_frees",
                            "implicit_frees",
                            "failed_allocations",
                            "peak_extent",
                            "peak_live",
                            "fragmentation",
                            "final",
                            "events_per_second",
                            "replay_seconds",
                            "extent",
                            "live_requested",
                            "live_blocks",
                            "allocated_bytes",
                            "overhead",
                            "free_bytes",
                            "free_blocks",
                            "largest_free",
                            "meta_bytes",
                            "failures",
                            "external_fragmentation",
                            "internal_fragmentation",
                            "utilization"}) {
        INFO(key);
        CHECK(json.find('"' + std::string(key) + "\": ") != std::string::npos);
    }
    CHECK(json.find("\"trace\": \"tests/data/small.trace\"") != std::string::npos);
    CHECK(json.find("\"format\": \"text\"") != std::string::npos);
    CHECK(json.find("\"allocator\": \"first-fit\"") != std::string::npos);
    CHECK(json.find("\"events\": 12,") != std::string::npos);
    CHECK(json.find("\"reallocs\": 2,") != std::string::npos);
    CHECK(json.front() == '{');
    CHECK(json.substr(json.size() - 2) == "}\n");
    CHECK(std::count(json.begin(), json.end(), '{') == std::count(json.begin(), json.end(), '}'));
}

TEST_CASE("the comparison report holds one run per policy", "[replay][report]") {
    Fixture f = replaySmall();
    std::vector<ReplayResult> results;
    for (alloc::Policy policy : alloc::allPolicies()) {
        ReplayOptions options;
        options.policy = policy;
        results.push_back(Replayer(options).run(f.trace));
    }
    std::string json = comparisonReportJson("small.trace", f.trace, results);
    CHECK(json.find("\"runs\": [") != std::string::npos);
    CHECK(countOf(json, "\"allocator\": ") == 6);
    CHECK(json.find("\"allocator\": \"buddy\"") != std::string::npos);
}

TEST_CASE("the JSON report escapes the trace path", "[replay][report]") {
    Fixture f = replaySmall();
    std::string json = replayReportJson("dir\\we\"ird\n.trace", f.trace, f.result);
    CHECK(json.find(R"("trace": "dir\\we\"ird\n.trace")") != std::string::npos);
}

TEST_CASE("the CSV has a header and one row of twelve columns per sample", "[replay][report]") {
    Fixture f = replaySmall();
    std::string csv = metricsCsvHeader(false);
    CHECK(csv == "event,extent,live_requested,live_blocks,allocated_bytes,overhead,free_bytes,free_blocks,"
                 "largest_free,external_fragmentation,internal_fragmentation,utilization\n");
    appendMetricsCsv(csv, f.result, false);
    CHECK(countOf(csv, "\n") == f.result.samples.size() + 1);
    CHECK(f.result.samples.size() == 12);  // fewer events than the row budget: every event
    std::size_t lineStart = 0;
    for (std::size_t end = csv.find('\n'); end != std::string::npos; end = csv.find('\n', lineStart)) {
        std::string line = csv.substr(lineStart, end - lineStart);
        CHECK(std::count(line.begin(), line.end(), ',') == 11);
        lineStart = end + 1;
    }
    CHECK(csv.find("\n1,") != std::string::npos);
    CHECK(csv.find("\n12,") != std::string::npos);
}

TEST_CASE("the CSV of several policies starts each row with the allocator", "[replay][report]") {
    Fixture f = replaySmall(5);
    std::string csv = metricsCsvHeader(true);
    appendMetricsCsv(csv, f.result, true);
    CHECK(csv.starts_with("allocator,event,extent,"));
    CHECK(countOf(csv, "\nfirst-fit,") == f.result.samples.size());
}

TEST_CASE("writeTextFile writes, and says why it cannot", "[replay][report]") {
    std::string path = "replay-report-probe.txt";  // in the test's working directory (the build tree)
    REQUIRE_FALSE(writeTextFile(path, "hello\n").has_value());
    CHECK(readBytes(path) == "hello\n");
    std::remove(path.c_str());
    std::optional<std::string> problem = writeTextFile("/nonexistent/memviz/out.csv", "x");
    REQUIRE(problem.has_value());
    CHECK(*problem == "No such file or directory");
}
