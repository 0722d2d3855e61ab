// The smaller widgets: examples catalog, fragmentation chart, cost meter, narration, timeline slider, and
// settings persistence.
#include "app_settings.h"
#include "cost_meter.h"
#include "examples_catalog.h"
#include "fragmentation_chart.h"
#include "narration_panel.h"
#include "settings_panel.h"
#include "test_states.h"
#include "timeline_slider.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLineSeries>
#include <QSignalSpy>

using namespace memviz::ui;

TEST_CASE("examples catalog lists the teaching examples with titles", "[ui][examples]") {
    const std::vector<Example> all = ExamplesCatalog::all();
    REQUIRE(all.size() >= 12);
    CHECK(all.front().fileName == QStringLiteral("01_frames_lifo.c"));
    CHECK(all.front().title == QStringLiteral("Frames and LIFO order"));
    CHECK(ExamplesCatalog::find(QStringLiteral("07"))->fileName == QStringLiteral("07_linked_list.c"));
    CHECK(ExamplesCatalog::find(QStringLiteral("linked_list"))->fileName == QStringLiteral("07_linked_list.c"));
    CHECK(ExamplesCatalog::find(QStringLiteral("7"))->fileName == QStringLiteral("07_linked_list.c"));
    CHECK_FALSE(ExamplesCatalog::find(QStringLiteral("nope")).has_value());
    CHECK(ExamplesCatalog::source(all.front()).contains(QStringLiteral("int main")));
}

TEST_CASE("fragmentation chart draws its curves and seeks on a click", "[ui][chart]") {
    FragmentationChart chart;
    chart.resize(600, 300);
    chart.show();
    FragmentationChart::Curves curves;
    curves.endStep = 100;
    curves.extent = {{1, 0, 0, 0}, {10, 4096, 4096, 4096}};
    curves.live = {{1, 0, 0, 0}, {10, 100, 100, 100}, {50, 40, 40, 40}};
    curves.fragmentation = {{1, 0, 0, 0}, {50, 0.5, 0.5, 0.5}};
    chart.setCurves(curves);
    CHECK(chart.series(0)->count() == 4); // two samples as a step line, extended to the end
    CHECK(chart.series(4)->at(chart.series(4)->count() - 1).y() == Approx(50));
    chart.setCursorStep(42);
    CHECK(chart.cursorStep() == 42);
    const std::uint64_t step = chart.stepAt(QPointF(chart.width() / 2.0, chart.height() / 2.0));
    CHECK(step >= 1);
    CHECK(step <= 100);
}

TEST_CASE("cost meter contrasts stack and heap work", "[ui][narration]") {
    CostMeter meter;
    memviz::engine::CostCounters before, after;
    after.framePushes = 3;
    after.heapOperations = 2;
    after.blocksExamined = 7;
    after.splits = 1;
    before = after;
    before.blocksExamined = 2;
    meter.setCost(after, before);
    CHECK(meter.stackText().contains(QStringLiteral("3 calls")));
    CHECK(meter.heapText().contains(QStringLiteral("7 blocks examined")));
    CHECK(meter.heapText().contains(QStringLiteral("this step: 5 examined")));
}

TEST_CASE("narration panel says what the step did", "[ui][narration]") {
    NarrationPanel panel;
    panel.setState(test::smallState(), {});
    CHECK(panel.narration().contains(QStringLiteral("malloc(24)")));
}

TEST_CASE("timeline slider keeps marks and reports user moves only", "[ui][timeline]") {
    TimelineSlider slider;
    slider.resize(400, 30);
    slider.setSteps(500);
    slider.setMarks({{10, false}, {200, true}});
    CHECK(slider.marks().size() == 2);
    QSignalSpy requested(&slider, &TimelineSlider::stepRequested);
    slider.setStep(100);
    CHECK(requested.isEmpty());
    slider.setValue(150);
    REQUIRE(requested.count() == 1);
    CHECK(requested.front().front().value<std::uint64_t>() == 150);
    CHECK_FALSE(slider.grab().isNull());
}

TEST_CASE("settings persist and tell run changes from view changes", "[ui][settings]") {
    AppSettings s;
    s.allocator = QStringLiteral("best-fit");
    s.stepLimit = 5000;
    s.fontSize = 18;
    s.save();
    const AppSettings loaded = AppSettings::load();
    CHECK(loaded.allocator == QStringLiteral("best-fit"));
    CHECK(loaded.stepLimit == 5000);
    CHECK(loaded.fontSize == 18);
    CHECK(loaded.runOptions().allocator == memviz::alloc::Policy::BestFit);

    SettingsPanel panel;
    panel.setSettings(loaded);
    QSignalSpy run(&panel, &SettingsPanel::runOptionsChanged);
    QSignalSpy view(&panel, &SettingsPanel::viewOptionsChanged);
    panel.allocatorBox()->setCurrentText(QStringLiteral("buddy"));
    CHECK(run.count() == 1);
    CHECK(view.count() == 0);
    CHECK(panel.settings().allocator == QStringLiteral("buddy"));
    AppSettings reduced = loaded;
    reduced.reducedMotion = true;
    CHECK(reduced.animationMs() == 0);
    CHECK(loaded.animationMs() > 0);
}
