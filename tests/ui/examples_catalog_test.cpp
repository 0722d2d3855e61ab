// ExamplesCatalog and the app's run of every example: the 17 programs built into the app are found by file
// name, number and name, and each one, recorded as the app records it (RunController with the app's default
// settings), runs under every allocator to the end its `// expect:` line names, with no other error: clean
// ones exit 0 without errors or leaks, the leak example only leaks, the others stop at their one error,
// which the last step's state and the timeline's marks show.
#include "app_settings.h"
#include "examples_catalog.h"
#include "run_controller.h"

#include "alloc/allocator.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

#include <algorithm>

using namespace memviz::ui;

namespace {

QString expectation(const QString& source) {
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^//\\s*expect:\\s*(\\S+)"), QRegularExpression::MultilineOption)
            .match(source);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

TEST_CASE("the examples catalog finds examples by file name, number and name", "[ui][examples]") {
    const std::vector<Example> all = ExamplesCatalog::all();
    REQUIRE(all.size() == 17);
    for (const Example& e : all) {
        INFO(e.fileName.toStdString());
        CHECK(e.title != e.fileName); // every example has a "// Title:" line
        CHECK_FALSE(ExamplesCatalog::source(e).isEmpty());
    }
    CHECK(ExamplesCatalog::find(QStringLiteral("07"))->fileName == QStringLiteral("07_linked_list.c"));
    CHECK(ExamplesCatalog::find(QStringLiteral("7"))->fileName == QStringLiteral("07_linked_list.c"));
    CHECK(ExamplesCatalog::find(QStringLiteral("linked_list"))->fileName ==
          QStringLiteral("07_linked_list.c"));
    CHECK(ExamplesCatalog::find(QStringLiteral("07_linked_list.c")).has_value());
    CHECK(ExamplesCatalog::find(ExamplesCatalog::defaultName()).has_value());
    CHECK_FALSE(ExamplesCatalog::find(QStringLiteral("no_such_example")).has_value());
}

TEST_CASE("every example runs in the app under every allocator with only its intended error",
          "[ui][examples]") {
    const AppSettings defaults;
    for (const Example& e : ExamplesCatalog::all()) {
        const QString source = ExamplesCatalog::source(e);
        const std::string expect = expectation(source).toStdString();
        INFO("example: " << e.fileName.toStdString() << ", expect: " << expect);
        REQUIRE_FALSE(expect.empty());
        for (memviz::alloc::Policy policy : memviz::alloc::allPolicies()) {
            INFO("allocator: " << memviz::alloc::policyName(policy));
            memviz::engine::RunOptions options = defaults.runOptions();
            options.allocator = policy;
            RunController c;
            c.run(source, e.fileName, options);
            c.waitForRun();
            REQUIRE(c.hasRun());
            const memviz::engine::RunResult& r = *c.result();
            const std::string firstError = r.errors.empty()
                                               ? std::string("(none)")
                                               : std::string(memviz::engine::errorKindName(r.errors[0].kind));
            INFO("status: " << memviz::engine::runStatusName(r.status) << ", errors: " << r.errors.size()
                            << ", first: " << firstError << ", leaks: " << r.leaks.size());
            c.goTo(c.endStep());
            const memviz::trace::MachineState& end = c.state();
            CHECK(end.ended);
            if (expect == "clean" || expect == "memory-leak") {
                CHECK(r.status == memviz::engine::RunStatus::Exited);
                CHECK(r.exitCode == 0);
                CHECK(r.errors.empty());
                CHECK(r.leaks.empty() == (expect == "clean"));
                CHECK(end.errors.empty());
            } else {
                CHECK(r.status == memviz::engine::RunStatus::RuntimeError);
                REQUIRE(r.errors.size() == 1);
                CHECK(firstError == expect);
                REQUIRE(end.errors.size() == 1);
                CHECK(end.errors.front().kind == r.errors.front().kind);
                const auto marks = c.marks();
                CHECK(std::any_of(marks.begin(), marks.end(),
                                  [](const TimelineSlider::Mark& m) { return m.error; }));
            }
        }
    }
}
