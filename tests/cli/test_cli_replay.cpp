// memviz-cli replay: the summary, --all-policies, the CSV and JSON outputs, and every kind of bad input
// with its exit code and message.
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>

using namespace memviz::cli::test;

TEST_CASE("replay prints a summary of a text trace", "[cli][replay]") {
    CliRun run = runCli({"replay", dataPath("small.trace")});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.empty());
    CHECK(run.out.find("(text)") != std::string::npos);
    CHECK(run.out.find("allocator      first-fit") != std::string::npos);
    CHECK(run.out.find("events         12 (5 allocations, 5 frees, 2 reallocs)") != std::string::npos);
    CHECK(run.out.find("peak extent") != std::string::npos);
    CHECK(run.out.find("peak live") != std::string::npos);
    CHECK(run.out.find("fragmentation") != std::string::npos);
    CHECK(run.out.find("final external fragmentation") != std::string::npos);
    CHECK(run.out.find("events/s") != std::string::npos);
}

TEST_CASE("replay of the real recording under all policies prints a table", "[cli][replay]") {
    CliRun run = runCli({"replay", dataPath("cc1-small.raw.zst"), "--all-policies"});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.find("(heaptrack)") != std::string::npos);
    for (const char* policy : {"first-fit", "next-fit", "best-fit", "worst-fit", "segregated", "buddy"}) {
        INFO(policy);
        CHECK(run.out.find(std::string("\n") + policy + " ") != std::string::npos);
    }
}

TEST_CASE("replay writes the CSV and the JSON report", "[cli][replay]") {
    std::string csv = scratchPath("metrics.csv");
    std::string report = scratchPath("report.json");
    CliRun run = runCli({"replay", dataPath("cc1-small.raw.zst"), "--allocator", "best-fit", "--csv", csv,
                         "--report=" + report, "--csv-rows", "50"});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    std::string csvText = readFile(csv);
    std::string json = readFile(report);
    std::remove(csv.c_str());
    std::remove(report.c_str());
    CHECK(csvText.starts_with("event,extent,live_requested,"));
    auto rows = std::count(csvText.begin(), csvText.end(), '\n') - 1;
    CHECK(rows >= 50);
    CHECK(rows <= 52);
    CHECK(json.find("\"allocator\": \"best-fit\"") != std::string::npos);
    CHECK(json.find("\"format\": \"heaptrack\"") != std::string::npos);
    for (const char* key : {"events", "allocations", "frees", "reallocs", "peak_extent", "peak_live",
                            "fragmentation", "final", "events_per_second"})
        CHECK(json.find('"' + std::string(key) + "\": ") != std::string::npos);
}

TEST_CASE("replay --all-policies writes every run into the report and the CSV", "[cli][replay]") {
    std::string csv = scratchPath("all.csv");
    std::string report = scratchPath("all.json");
    CliRun run =
        runCli({"replay", dataPath("small.trace"), "--all-policies", "--csv", csv, "--report", report});
    REQUIRE(run.exitCode == 0);
    std::string csvText = readFile(csv);
    std::string json = readFile(report);
    std::remove(csv.c_str());
    std::remove(report.c_str());
    CHECK(csvText.starts_with("allocator,event,"));
    CHECK(std::count(csvText.begin(), csvText.end(), '\n') == 1 + 6 * 12);
    CHECK(json.find("\"runs\": [") != std::string::npos);
    CHECK(json.find("\"allocator\": \"segregated\"") != std::string::npos);
}

TEST_CASE("replay with a small heap reports failed allocations", "[cli][replay]") {
    CliRun run = runCli({"replay", dataPath("cc1-small.raw.zst"), "--heap-size", "64K"});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.find("failed allocs") != std::string::npos);
}

TEST_CASE("replay of bad traces exits with 1 and names file and line", "[cli][replay][errors]") {
    SECTION("a missing size") {
        CliRun run = runCli({"replay", dataPath("bad-missing-size.trace")});
        CHECK(run.exitCode == 1);
        CHECK(run.err == dataPath("bad-missing-size.trace") + ":4: error: expected a size after 'a 3'\n");
        CHECK(run.out.empty());
    }
    SECTION("a double free") {
        CliRun run = runCli({"replay", dataPath("bad-double-free.trace")});
        CHECK(run.exitCode == 1);
        CHECK(run.err == dataPath("bad-double-free.trace") +
                             ":5: error: 'f 1': id 1 is already freed (freed on line 3)\n");
    }
    SECTION("an unknown operation") {
        CliRun run = runCli({"replay", dataPath("bad-unknown-op.trace")});
        CHECK(run.exitCode == 1);
        CHECK(run.err.find(":2: error: unknown operation 'malloc'") != std::string::npos);
    }
    SECTION("a truncated zstd recording") {
        CliRun run = runCli({"replay", dataPath("bad-truncated.raw.zst")});
        CHECK(run.exitCode == 1);
        CHECK(run.err == "memviz-cli: error: " + dataPath("bad-truncated.raw.zst") +
                             ": truncated zstd data (the file ends inside a frame)\n");
    }
    SECTION("a missing file") {
        CliRun run = runCli({"replay", "no-such-trace.txt"});
        CHECK(run.exitCode == 1);
        CHECK(run.err == "memviz-cli: error: no-such-trace.txt: No such file or directory\n");
    }
    SECTION("a directory") {
        CliRun run = runCli({"replay", std::string(MEMVIZ_SOURCE_DIR)});
        CHECK(run.exitCode == 1);
        CHECK(run.err.find("is a directory") != std::string::npos);
    }
    SECTION("an empty file and a binary one") {
        std::string empty = scratchPath("empty.trace");
        std::string binary = scratchPath("binary.trace");
        { std::ofstream(empty, std::ios::binary); }
        { std::ofstream(binary, std::ios::binary) << std::string("\x7f" "ELF\x02\x01\x01\0\0\0garbage", 16); }
        CliRun runEmpty = runCli({"replay", empty});
        CliRun runBinary = runCli({"replay", binary});
        std::remove(empty.c_str());
        std::remove(binary.c_str());
        CHECK(runEmpty.exitCode == 1);
        CHECK(runEmpty.err == "memviz-cli: error: " + empty + ": the file is empty\n");
        CHECK(runBinary.exitCode == 1);
        CHECK(runBinary.err ==
              "memviz-cli: error: " + binary + ": not a trace: the file holds binary data\n");
    }
    SECTION("an output file that cannot be written") {
        CliRun run = runCli({"replay", dataPath("small.trace"), "--report", "/nonexistent/dir/r.json"});
        CHECK(run.exitCode == 1);
        CHECK(run.err ==
              "memviz-cli: error: cannot write '/nonexistent/dir/r.json': No such file or directory\n");
    }
}

TEST_CASE("replay usage errors exit with 2 and name the problem", "[cli][replay][errors]") {
    struct Case {
        std::vector<std::string> args;
        const char* message;
    };
    const std::string trace = dataPath("small.trace");
    const Case cases[] = {
        {{"replay"}, "memviz-cli: error: replay needs a TRACE file"},
        {{"replay", trace, "--frob"}, "memviz-cli: error: unknown option '--frob'"},
        {{"replay", trace, "--allocator", "fast-fit"},
         "memviz-cli: error: unknown allocator 'fast-fit' (expected first-fit, next-fit, best-fit, "
         "worst-fit, "
         "segregated or buddy)"},
        {{"replay", trace, "--csv"}, "memviz-cli: error: option '--csv' needs a value"},
        {{"replay", trace, "--allocator"}, "memviz-cli: error: option '--allocator' needs a value"},
        {{"replay", trace, "--all-policies=yes"},
         "memviz-cli: error: option '--all-policies' takes no value"},
        {{"replay", trace, "other.trace"}, "memviz-cli: error: unexpected argument 'other.trace'"},
        {{"replay", trace, "--heap-size", "lots"}, "memviz-cli: error: invalid --heap-size 'lots'"},
        {{"replay", trace, "--heap-size", "0"}, "memviz-cli: error: invalid --heap-size '0'"},
        {{"replay", trace, "--csv-rows", "-3"}, "memviz-cli: error: invalid --csv-rows '-3'"},
        {{"replay", trace, "--allocator", "buddy", "--all-policies"},
         "memviz-cli: error: --allocator and --all-policies exclude each other"},
    };
    for (const Case& c : cases) {
        CliRun run = runCli(c.args);
        INFO(run.err);
        CHECK(run.exitCode == 2);
        CHECK(run.err.starts_with(c.message));
        CHECK(run.err.find("Try 'memviz-cli replay --help'.") != std::string::npos);
    }
}
