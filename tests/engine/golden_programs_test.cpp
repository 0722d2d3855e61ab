// Golden programs: every tests/programs/*.c is built with gcc and run; memviz must print the same bytes
// and end with the same exit status, under every allocator policy. stdin comes from a sibling .in file.
#include "engine_test_support.h"

namespace memviz::engine::test {

TEST_CASE("golden programs match gcc byte for byte under every allocator", "[engine][golden]") {
    std::filesystem::path folder = std::filesystem::path(MEMVIZ_SOURCE_DIR) / "tests" / "programs";
    std::vector<std::filesystem::path> programs = programsIn(folder);
    REQUIRE(programs.size() >= 30);
    for (const auto& program : programs) {
        std::filesystem::path stdinFile = program;
        stdinFile.replace_extension(".in");
        if (!std::filesystem::exists(stdinFile)) stdinFile.clear();
        HostRun expected = runWithGcc(program, stdinFile);
        INFO("program: " << program.filename().string());
        CHECK(expected.built);
        if (!expected.built) continue;
        std::string source = readFile(program);
        lang::CompileResult compiled = lang::compile(source, program.filename().string());
        INFO(lang::formatDiagnostics(compiled.diagnostics, program.filename().string(), source));
        CHECK(compiled.ok());
        if (!compiled.ok()) continue;
        for (alloc::Policy policy : alloc::allPolicies()) {
            RunOptions options;
            options.allocator = policy;
            options.programName = program.stem().string();
            if (!stdinFile.empty()) options.stdinBytes = readFile(stdinFile);
            Machine machine(*compiled.unit, options);
            RunResult result = machine.run();
            INFO("allocator: " << alloc::policyName(policy));
            std::string firstError = result.errors.empty() ? std::string()
                                                           : std::string(errorKindName(result.errors[0].kind)) + " line " +
                                                                 std::to_string(result.errors[0].line) + ": " +
                                                                 result.errors[0].message;
            INFO("first error: " << firstError);
            CHECK(result.status == RunStatus::Exited);
            CHECK(result.output == expected.output);
            CHECK(result.exitCode == expected.exitCode);
        }
    }
}

} // namespace memviz::engine::test
