// The Examples menu: every resources/examples/*.c compiles, runs under every allocator policy, and ends
// as its `// expect: KIND` header says (`clean`: exited, no errors, no leaks; otherwise the first error,
// or a leak for `memory-leak`, has that kind). Each opens with a `// Title:` line and a "watch" comment.
// The clean examples print exactly what gcc's build prints.
#include "engine_test_support.h"

#include <cctype>
#include <regex>

namespace memviz::engine::test {

namespace {

std::filesystem::path examplesFolder() {
    return std::filesystem::path(MEMVIZ_SOURCE_DIR) / "resources" / "examples";
}

// The text of the first `// KEY: value` line, or "" if there is none.
std::string headerValue(const std::string& source, const std::string& key) {
    std::regex pattern("(?:^|\n)//\\s*" + key + ":[ \\t]*([^\\r\\n]*)");
    std::smatch match;
    if (!std::regex_search(source, match, pattern)) return {};
    std::string value = match[1];
    while (!value.empty() && std::isspace(static_cast<unsigned char>(value.back()))) value.pop_back();
    return value;
}

// The comment lines before the first line that is not a `//` comment.
std::vector<std::string> openingComment(const std::string& source) {
    std::vector<std::string> lines;
    std::istringstream in(source);
    std::string line;
    while (std::getline(in, line) && line.rfind("//", 0) == 0) lines.push_back(line);
    return lines;
}

bool hasGcc() {
    static const bool present = std::system("gcc --version > /dev/null 2>&1") == 0;
    return present;
}

} // namespace

TEST_CASE("every example compiles, runs as its header expects under every allocator, and matches gcc",
          "[engine][examples]") {
    std::vector<std::filesystem::path> examples = programsIn(examplesFolder());
    REQUIRE(examples.size() >= 14);
    CHECK(std::filesystem::exists(examplesFolder() / "README.md"));
    for (const auto& example : examples) {
        INFO("example: " << example.filename().string());
        std::string source = readFile(example);

        // The opening comment: a title, at least one line saying what to watch, an expectation.
        std::vector<std::string> comment = openingComment(source);
        REQUIRE(!comment.empty());
        CHECK(comment[0].rfind("// Title: ", 0) == 0);
        CHECK(!headerValue(source, "Title").empty());
        CHECK(std::any_of(comment.begin(), comment.end(), [](const std::string& line) {
            return line.find("Watch") != std::string::npos || line.find("watch") != std::string::npos;
        }));
        std::size_t lines = static_cast<std::size_t>(std::count(source.begin(), source.end(), '\n'));
        CHECK(lines >= 20);
        CHECK(lines <= 70);
        std::string expect = headerValue(source, "expect");
        REQUIRE(!expect.empty());

        lang::CompileResult compiled = lang::compile(source, example.filename().string());
        INFO(lang::formatDiagnostics(compiled.diagnostics, example.filename().string(), source));
        REQUIRE(compiled.ok());

        HostRun reference;
        if (expect == "clean" && hasGcc()) {
            reference = runWithGcc(example, {});
            CHECK(reference.built);
        }

        for (alloc::Policy policy : alloc::allPolicies()) {
            INFO("allocator: " << alloc::policyName(policy));
            RunOptions options; // default limits: the runaway recursion needs the whole 8 MiB stack to overflow
            options.allocator = policy;
            options.programName = example.stem().string();
            options.maxSteps = 50'000'000;
            Machine machine(*compiled.unit, options);
            RunResult result = machine.run();
            std::string firstError = result.errors.empty()
                                         ? std::string("(none)")
                                         : std::string(errorKindName(result.errors[0].kind)) + " line " +
                                               std::to_string(result.errors[0].line) + ": " + result.errors[0].message;
            INFO("status: " << runStatusName(result.status) << ", first error: " << firstError
                            << ", leaks: " << result.leaks.size());
            if (expect == "clean") {
                CHECK(result.status == RunStatus::Exited);
                CHECK(result.errors.empty());
                CHECK(result.leaks.empty());
                CHECK(result.exitCode == 0);
                if (reference.built) {
                    CHECK(result.output == reference.output);
                    CHECK(result.exitCode == reference.exitCode);
                }
            } else if (expect == "memory-leak") {
                CHECK(result.status == RunStatus::Exited);
                CHECK(result.errors.empty());
                CHECK(!result.leaks.empty());
            } else {
                CHECK(result.status == RunStatus::RuntimeError);
                REQUIRE(!result.errors.empty());
                CHECK(std::string(errorKindName(result.errors[0].kind)) == expect);
            }
        }
    }
}

TEST_CASE("the examples README names the default example and lists every example", "[engine][examples]") {
    std::string readme = readFile(examplesFolder() / "README.md");
    REQUIRE(!readme.empty());
    std::smatch match;
    REQUIRE(std::regex_search(readme, match, std::regex(R"(Default example:\s*`([^`]+\.c)`)")));
    CHECK(std::filesystem::exists(examplesFolder() / std::string(match[1])));
    for (const auto& example : programsIn(examplesFolder())) {
        INFO("example: " << example.filename().string());
        CHECK(readme.find("`" + example.filename().string() + "`") != std::string::npos);
    }
}

} // namespace memviz::engine::test
