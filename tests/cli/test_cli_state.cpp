// memviz-cli state: the JSON state of every golden program at random steps (and at its end), its keys, and
// the usage errors.
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <random>
#include <regex>

using namespace memviz::cli::test;

namespace {

std::uint64_t totalSteps(const std::string& json) {
    std::smatch match;
    if (!std::regex_search(json, match, std::regex("\"total_steps\": ([0-9]+)"))) return 0;
    return std::stoull(match[1]);
}

} // namespace

TEST_CASE("state answers for any step of every golden program", "[cli][state]") {
    std::vector<std::filesystem::path> programs;
    for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(MEMVIZ_SOURCE_DIR) / "tests" / "programs"))
        if (entry.path().extension() == ".c") programs.push_back(entry.path());
    std::sort(programs.begin(), programs.end());
    REQUIRE(programs.size() >= 60);
    std::mt19937 random(7);
    for (const auto& program : programs) {
        INFO(program.filename().string());
        std::vector<std::string> args = {"state", program.string(), "--step", "end"};
        std::filesystem::path in = program;
        in.replace_extension(".in");
        if (std::filesystem::exists(in)) {
            args.push_back("--stdin");
            args.push_back(in.string());
        }
        CliRun end = runCli(args);
        REQUIRE(end.exitCode == 0);
        CHECK(end.err.empty());
        std::uint64_t total = totalSteps(end.out);
        REQUIRE(total > 0);
        CHECK(end.out.find("\"ended\": true") != std::string::npos);
        args[3] = std::to_string(std::uniform_int_distribution<std::uint64_t>(1, total)(random));
        CliRun some = runCli(args);
        CHECK(some.exitCode == 0);
        for (const char* key : {"\"step\": ", "\"line\": ", "\"frames\": [", "\"function\": \"main\"", "\"locals\": [",
                                "\"globals\": [", "\"heap\": {", "\"metrics\": {", "\"output\": "})
            CHECK(some.out.find(key) != std::string::npos);
        CHECK(some.out.find("\"step\": " + args[3] + ",") != std::string::npos);
    }
}

TEST_CASE("state shows locals, heap blocks and pointers", "[cli][state]") {
    std::string path = scratchPath("state_heap.c");
    {
        std::FILE* file = std::fopen(path.c_str(), "w");
        std::fputs("#include <stdlib.h>\nint main(void) {\n    int *p = malloc(sizeof(int) * 4);\n    p[1] = 42;\n"
                   "    free(p);\n    return 0;\n}\n",
                   file);
        std::fclose(file);
    }
    CliRun run = runCli({"state", path, "--step", "3", "--allocator", "best-fit"});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.find("\"allocator\": \"best-fit\"") != std::string::npos);
    CHECK(run.out.find("\"line\": 5") != std::string::npos);
    CHECK(run.out.find("\"name\": \"p\"") != std::string::npos);
    CHECK(run.out.find("\"type\": \"int *\"") != std::string::npos);
    CHECK(run.out.find("\"state\": \"allocated\"") != std::string::npos);
    CHECK(run.out.find("\"requested\": 16") != std::string::npos);
    CHECK(run.out.find("\"alloc_line\": 3") != std::string::npos);
    CHECK(run.out.find("\"target\": \"heap\"") != std::string::npos);
    CHECK(run.out.find("\"live_bytes\": 16") != std::string::npos);
    CHECK(run.out.find("malloc(16)") == std::string::npos); // narration is of step 2 (p[1] = 42)
    CHECK(run.out.find("\"narration\": \"p = ") == std::string::npos);

    CliRun after = runCli({"state", path, "--step", "4"});
    REQUIRE(after.exitCode == 0);
    CHECK(after.out.find("\"target\": \"dangling-heap\"") != std::string::npos);
    CHECK(after.out.find("free(0x") != std::string::npos);
    std::remove(path.c_str());
}

TEST_CASE("state usage errors", "[cli][state][errors]") {
    CliRun noStep = runCli({"state", "x.c"});
    CHECK(noStep.exitCode == 2);
    CHECK(noStep.err.find("state needs --step N") != std::string::npos);
    CliRun bad = runCli({"state", "x.c", "--step", "abc"});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.find("invalid --step 'abc'") != std::string::npos);
    CliRun zero = runCli({"state", "x.c", "--step", "0"});
    CHECK(zero.exitCode == 2);
    CliRun missing = runCli({"state", "missing-file.c", "--step", "1"});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.find("missing-file.c: no such file") != std::string::npos);
    std::string path = scratchPath("state_short.c");
    std::FILE* file = std::fopen(path.c_str(), "w");
    std::fputs("int main(void) { return 0; }\n", file);
    std::fclose(file);
    CliRun past = runCli({"state", path, "--step", "99"});
    CHECK(past.exitCode == 2);
    CHECK(past.err.find("step 99 is past the end: the run has 1 steps") != std::string::npos);
    CliRun help = runCli({"state", "--help"});
    CHECK(help.exitCode == 0);
    CHECK(help.out.find("usage: memviz-cli state PROGRAM.c --step N") != std::string::npos);
    std::remove(path.c_str());
}
