// The history's central property: for every golden, example and buggy program, the state rebuilt by seeking
// (backwards from the end first, then in random order) equals, in every field, the state of a live machine
// stopped at the same step — under every allocator for the examples.
#include "source_file.h"
#include "live_state_probe.h"
#include "state_compare.h"

#include "lang/compiler.h"
#include "trace/timeline.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace memviz::trace::test {

namespace {

std::vector<std::filesystem::path> cFiles(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        if (entry.path().extension() == ".c") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

// Records `program`, picks `count` random steps (plus the first, the last and the end), captures the live
// states at those steps in a second run, and compares them with the history's, seeking in a shuffled order.
void checkProgram(const std::filesystem::path& program, alloc::Policy policy, std::uint32_t seed, int count,
                  bool keepGoing = false) {
    std::string source = readSourceFile(program);
    lang::CompileResult compiled = lang::compile(source, program.filename().string());
    if (!compiled.ok() || compiled.unit->mainFunction == nullptr || !compiled.unit->mainFunction->isDefined())
        return; // the error programs that do not compile on purpose
    engine::RunOptions options;
    options.allocator = policy;
    options.maxSteps = 200'000;
    options.keepGoing = keepGoing;
    options.programName = program.stem().string();
    std::filesystem::path stdinFile = program;
    stdinFile.replace_extension(".in");
    if (std::filesystem::exists(stdinFile)) options.stdinBytes = readSourceFile(stdinFile);

    std::unique_ptr<Timeline> timeline = Timeline::record(*compiled.unit, options);
    std::uint64_t end = timeline->endStep();
    std::mt19937 random(seed);
    std::set<std::uint64_t> steps = {1, end > 1 ? end - 1 : 1};
    for (int i = 0; i < count; ++i) steps.insert(std::uniform_int_distribution<std::uint64_t>(1, end)(random));
    steps.erase(end);

    LiveStateProbe probe(steps);
    engine::Machine machine(*compiled.unit, options, &probe);
    probe.attach(machine);
    engine::RunResult result = machine.run();
    probe.captureEnd(result);
    REQUIRE(result.steps == timeline->totalSteps());
    REQUIRE(result.output == timeline->result().output);

    // The end first, then backwards from it, then the same steps in a random order.
    std::vector<std::uint64_t> shuffled(steps.begin(), steps.end());
    std::shuffle(shuffled.begin(), shuffled.end(), random);
    std::vector<std::uint64_t> order = {end};
    for (auto it = steps.rbegin(); it != steps.rend(); ++it) order.push_back(*it);
    for (std::uint64_t step : shuffled) order.push_back(step);
    for (std::uint64_t step : order) {
        INFO("program " << program.filename().string() << ", " << alloc::policyName(policy) << ", step " << step
                        << " of " << end);
        MachineState rebuilt = timeline->stateAt(step);
        CHECK(rebuilt.step == step);
        CHECK(firstDifference(rebuilt, probe.states().at(step)) == "");
    }
}

} // namespace

TEST_CASE("states rebuilt from the history equal the live machine's: golden programs", "[trace][property]") {
    auto programs = cFiles(std::filesystem::path(MEMVIZ_SOURCE_DIR) / "tests" / "programs");
    REQUIRE(programs.size() >= 60);
    std::uint32_t seed = 1;
    for (const auto& program : programs) checkProgram(program, alloc::Policy::FirstFit, seed++, 12);
}

TEST_CASE("states rebuilt from the history equal the live machine's: buggy programs, keep-going", "[trace][property]") {
    auto programs = cFiles(std::filesystem::path(MEMVIZ_SOURCE_DIR) / "tests" / "programs" / "errors");
    std::uint32_t seed = 100;
    for (const auto& program : programs) {
        checkProgram(program, alloc::Policy::BestFit, seed++, 8, false);
        checkProgram(program, alloc::Policy::FirstFit, seed++, 8, true);
    }
}

TEST_CASE("states rebuilt from the history equal the live machine's: examples under every allocator",
          "[trace][property]") {
    auto programs = cFiles(std::filesystem::path(MEMVIZ_SOURCE_DIR) / "resources" / "examples");
    REQUIRE(programs.size() >= 12);
    std::uint32_t seed = 1000;
    for (alloc::Policy policy : alloc::allPolicies())
        for (const auto& program : programs) checkProgram(program, policy, seed++, 6);
}

} // namespace memviz::trace::test
