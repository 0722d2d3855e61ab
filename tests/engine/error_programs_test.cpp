// Buggy programs: each tests/programs/errors/*.c starts with `// expect: KIND line N [column C]`; memviz
// must report that kind first, at that line (and column: taken from gcc's ASan report where ASan sees the
// error; for memory-leak: a leak whose allocation is at that line). Optional further headers:
//   // expect-last: KIND line N [column C] ["message part"]   the last error; the run then stops there
//   // keep-going                                              run with --keep-going
#include "engine_test_support.h"

#include <optional>
#include <regex>

namespace memviz::engine::test {

namespace {

struct Expectation {
    std::string kind;
    std::uint32_t line = 0;
    std::uint32_t column = 0; // 0: not checked
    std::string message;      // a part of the message ("" : not checked)
};

std::optional<Expectation> findExpectation(const std::string& source, const char* tag) {
    std::regex pattern(std::string(R"(//\s*)") + tag +
                       R"re(:\s*([a-z-]+)\s+line\s+(\d+)(?:\s+column\s+(\d+))?(?:\s+"([^"]*)")?)re");
    std::smatch match;
    if (!std::regex_search(source, match, pattern)) return std::nullopt;
    Expectation e;
    e.kind = match[1];
    e.line = static_cast<std::uint32_t>(std::stoul(match[2]));
    if (match[3].matched) e.column = static_cast<std::uint32_t>(std::stoul(match[3]));
    if (match[4].matched) e.message = match[4];
    return e;
}

void checkError(const RuntimeError& error, const Expectation& expected) {
    INFO("message: " << error.message);
    CHECK(std::string(errorKindName(error.kind)) == expected.kind);
    CHECK(error.line == expected.line);
    if (expected.column != 0) CHECK(error.column == expected.column);
    if (!expected.message.empty()) CHECK(error.message.find(expected.message) != std::string::npos);
}

} // namespace

TEST_CASE("buggy programs report the expected error kind and line", "[engine][errors]") {
    std::filesystem::path folder = std::filesystem::path(MEMVIZ_SOURCE_DIR) / "tests" / "programs" / "errors";
    std::vector<std::filesystem::path> programs = programsIn(folder);
    REQUIRE(programs.size() >= 13);
    int columnsChecked = 0;
    for (const auto& program : programs) {
        INFO("program: " << program.filename().string());
        std::string source = readFile(program);
        std::optional<Expectation> first = findExpectation(source, "expect");
        REQUIRE(first.has_value());
        std::optional<Expectation> last = findExpectation(source, "expect-last");
        RunOptions options;
        options.stackLimit = 1u << 20;
        options.keepGoing = source.find("// keep-going") != std::string::npos;
        RunResult result = runSource(source, options);
        if (first->kind == "memory-leak") {
            bool found = std::any_of(result.leaks.begin(), result.leaks.end(),
                                     [&](const Leak& leak) { return leak.line == first->line; });
            CHECK(result.errors.empty());
            CHECK(found);
            continue;
        }
        REQUIRE(!result.errors.empty());
        checkError(result.errors[0], *first);
        if (first->column != 0) ++columnsChecked;
        if (last) {
            checkError(result.errors.back(), *last);
            CHECK(result.errors.size() >= 2);
            CHECK(result.status == RunStatus::RuntimeError); // a fatal error ends even a keep-going run
        } else {
            CHECK(result.status == (options.keepGoing ? RunStatus::Exited : RunStatus::RuntimeError));
        }
    }
    CHECK(columnsChecked >= 15);
}

} // namespace memviz::engine::test
