// Buggy programs: each tests/programs/errors/*.c starts with `// expect: KIND line N`; memviz must report
// that kind first, at that line (for memory-leak: a leak whose allocation is at that line).
#include "engine_test_support.h"

#include <regex>

namespace memviz::engine::test {

TEST_CASE("buggy programs report the expected error kind and line", "[engine][errors]") {
    std::filesystem::path folder = std::filesystem::path(MEMVIZ_SOURCE_DIR) / "tests" / "programs" / "errors";
    std::vector<std::filesystem::path> programs = programsIn(folder);
    REQUIRE(programs.size() >= 13);
    std::regex expectation(R"(//\s*expect:\s*([a-z-]+)\s+line\s+(\d+))");
    for (const auto& program : programs) {
        INFO("program: " << program.filename().string());
        std::string source = readFile(program);
        std::smatch match;
        REQUIRE(std::regex_search(source, match, expectation));
        std::string kind = match[1];
        std::uint32_t line = static_cast<std::uint32_t>(std::stoul(match[2]));
        RunOptions options;
        options.stackLimit = 1u << 20;
        options.keepGoing = source.find("// keep-going") != std::string::npos;
        RunResult result = runSource(source, options);
        if (kind == "memory-leak") {
            bool found = std::any_of(result.leaks.begin(), result.leaks.end(),
                                     [&](const Leak& leak) { return leak.line == line; });
            CHECK(result.errors.empty());
            CHECK(found);
            continue;
        }
        REQUIRE(!result.errors.empty());
        CHECK(std::string(errorKindName(result.errors[0].kind)) == kind);
        CHECK(result.errors[0].line == line);
        INFO("message: " << result.errors[0].message);
        CHECK(result.status == (options.keepGoing ? RunStatus::Exited : RunStatus::RuntimeError));
    }
}

} // namespace memviz::engine::test
