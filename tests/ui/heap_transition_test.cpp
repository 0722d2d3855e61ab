// HeapTransition: where blocks slide from when a step splits, merges, allocates or moves a block, and the
// heap view sliding them (and the arrows' end points with them) only when a step animates.
#include "examples_catalog.h"
#include "heap_transition.h"
#include "heap_view.h"
#include "run_controller.h"

#include <catch2/catch.hpp>

#include <QTest>

using namespace memviz::ui;
using memviz::trace::BlockState;
using memviz::trace::HeapBlockState;

namespace {

HeapBlockState block(std::uint64_t address, std::uint64_t size, std::uint64_t id = 0) {
    HeapBlockState b;
    b.id = id;
    b.address = address;
    b.payload = address + 8;
    b.size = size;
    b.requested = id != 0 ? size - 8 : 0;
    b.state = id != 0 ? BlockState::Allocated : BlockState::Free;
    b.allocLine = id != 0 ? 3 : 0;
    return b;
}

HeapLayout::Params params() {
    HeapLayout::Params p;
    p.rowWidth = 4000;
    p.pixelsPerByte = 1.0;
    p.minBlockWidth = 40;
    return p;
}

memviz::trace::MachineState heapState(std::vector<HeapBlockState> heap) {
    memviz::trace::MachineState s;
    s.heapStart = 0x405000;
    s.heap = std::move(heap);
    return s;
}

} // namespace

TEST_CASE("a split slides the rest of the free block over to make room", "[ui][heap][animation]") {
    // [A 32][free 992]  ->  [A 32][B 16][free 976]: B is drawn 40 wide (the minimum), 24 more than to scale.
    const std::vector<HeapBlockState> before{block(0x405000, 32, 1), block(0x405020, 992)};
    const std::vector<HeapBlockState> after{block(0x405000, 32, 1), block(0x405020, 16, 2),
                                            block(0x405030, 976)};
    HeapLayout old, now;
    old.setBlocks(&before, params());
    now.setBlocks(&after, params());
    HeapTransition t;
    t.start(old, before, now, after);
    REQUIRE(t.active());
    CHECK_FALSE(t.still());
    CHECK(t.moved().empty());
    // A stays; B opens out of the free block's first 16 bytes; the free rest slides right by 24.
    CHECK(t.range(0, 0.0).first == Approx(0));
    CHECK(t.range(0, 0.0).second == Approx(40));
    CHECK(t.range(1, 0.0).first == Approx(40));
    CHECK(t.range(1, 0.0).second == Approx(56));
    CHECK(t.range(1, 1.0).second == Approx(80));
    CHECK(t.range(2, 0.0).first == Approx(56));
    CHECK(t.range(2, 0.5).first == Approx(68));
    CHECK(t.range(2, 1.0).first == Approx(80));
    // The band search sees the blocks where they are mid-slide.
    const auto [first, last] = t.blocksIn(70, 75, 0.5); // block 1 ends at 68 then
    CHECK(first == 2);
    CHECK(last == 3);
}

TEST_CASE("a coalesce merges the old pieces' places into one", "[ui][heap][animation]") {
    // [free 16][A 16][free 100] -> free(A) -> [free 132]: the merged block starts from all three places.
    const std::vector<HeapBlockState> before{block(0x405000, 16), block(0x405010, 16, 4),
                                             block(0x405020, 100)};
    const std::vector<HeapBlockState> after{block(0x405000, 132)};
    HeapLayout old, now;
    old.setBlocks(&before, params());
    now.setBlocks(&after, params());
    HeapTransition t;
    t.start(old, before, now, after);
    CHECK(t.range(0, 0.0).first == Approx(0));
    CHECK(t.range(0, 0.0).second == Approx(180)); // 40 + 40 + 100
    CHECK(t.range(0, 1.0).second == Approx(132));
}

TEST_CASE("a block that kept its id slides from where it was; a grown heap grows from its end",
          "[ui][heap][animation]") {
    const std::vector<HeapBlockState> before{block(0x405000, 48, 7), block(0x405030, 200)};
    const std::vector<HeapBlockState> after{block(0x405000, 48), block(0x405030, 200, 9),
                                            block(0x4050f8, 48, 7), block(0x405128, 64)};
    HeapLayout old, now;
    old.setBlocks(&before, params());
    now.setBlocks(&after, params());
    HeapTransition t;
    t.start(old, before, now, after);
    REQUIRE(t.moved() == std::vector<std::size_t>{2});
    CHECK(t.range(2, 0.0).first == Approx(0)); // block 7 was first
    CHECK(t.range(2, 0.0).second == Approx(48));
    CHECK(t.range(1, 0.0).first == Approx(48));  // block 9 took the old free block's place
    CHECK(t.range(3, 0.0).first == Approx(248)); // new space past the old end starts there, zero wide
    CHECK(t.range(3, 0.0).second == Approx(248));
    // The moved block is painted wherever it is, even outside the band search.
    const auto [first, last] = t.blocksIn(0, 40, 0.0);
    CHECK(first == 0);
    CHECK(last <= 2);
}

TEST_CASE("the heap view slides blocks on a step and jumps on a seek", "[ui][heap][animation]") {
    HeapView view;
    view.resize(900, 300);
    view.show();
    const auto before = heapState({block(0x405000, 32, 1), block(0x405020, 992)});
    const auto after = heapState({block(0x405000, 32, 1), block(0x405020, 16, 2), block(0x405030, 976)});
    view.setState(before, false);
    const auto freeBefore = view.blockRect(0x405020);
    REQUIRE(freeBefore.has_value());

    // A step: the free rest starts where the free block was and ends further right.
    view.setState(after, true, 250);
    CHECK(view.animating());
    const auto start = view.blockRect(0x405030);
    REQUIRE(start.has_value());
    CHECK(start->left() > freeBefore->left());
    CHECK(start->left() < view.blockRect(0x405020)->right() + 40);
    const auto arrowStart = view.pointForAddress(0x405030);
    for (int i = 0; i < 150 && view.animating(); ++i) QTest::qWait(20);
    CHECK_FALSE(view.animating());
    const auto end = view.blockRect(0x405030);
    REQUIRE(end.has_value());
    CHECK(end->left() > start->left() + 10);
    REQUIRE(arrowStart.has_value());
    CHECK(view.pointForAddress(0x405030)->x() > arrowStart->x()); // arrows follow the block

    // A jump (slider, seek) or reduced motion (no duration): already in place.
    view.setState(before, false);
    view.setState(after, false);
    CHECK_FALSE(view.animating());
    CHECK(view.blockRect(0x405030)->left() == Approx(end->left()));
    view.setState(before, false);
    view.setState(after, true, 0);
    CHECK_FALSE(view.animating());
    CHECK(view.blockRect(0x405030)->left() == Approx(end->left()));
}

// Not run by default: `memviz_ui_tests "[.animation-frames]"` saves the heap view before, halfway through
// and after the first steps of the fragmentation example that split and merge blocks, into MEMVIZ_SHOT_DIR
// (default: the current directory), for looking at the slide.
TEST_CASE("frames of the heap view sliding", "[.animation-frames]") {
    const QString dir = qEnvironmentVariableIsEmpty("MEMVIZ_SHOT_DIR")
                            ? QStringLiteral(".")
                            : qEnvironmentVariable("MEMVIZ_SHOT_DIR");
    HeapView view;
    view.resize(700, 260);
    view.show();
    memviz::engine::RunOptions options;
    RunController c;
    c.run(ExamplesCatalog::source(*ExamplesCatalog::find(QStringLiteral("10"))), QStringLiteral("10.c"),
          options);
    c.waitForRun();
    REQUIRE(c.hasRun());
    int saved = 0;
    for (std::uint64_t s = 1; s + 1 < c.endStep() && saved < 4; ++s) {
        c.goTo(s);
        const memviz::trace::MachineState before = c.state();
        c.goTo(s + 1);
        const memviz::trace::MachineState after = c.state();
        if (before.heap.size() == after.heap.size() || before.heap.empty()) continue;
        const QString name = dir + QStringLiteral("/slide_step%1_").arg(s);
        view.setState(before, false);
        CHECK(view.grab().save(name + QStringLiteral("a.png")));
        view.setState(after, true, 1000);
        QTest::qWait(500);
        CHECK(view.grab().save(name + QStringLiteral("b.png")));
        QTest::qWait(700);
        CHECK(view.grab().save(name + QStringLiteral("c.png")));
        ++saved;
    }
    CHECK(saved > 0);
}
