// PointerOverlay inside the MemoryPanel: one arrow per visible pointer, from the right view to the right
// view, dangling ones marked.
#include "memory_panel.h"
#include "pointer_overlay.h"
#include "heap_view.h"
#include "stack_view.h"
#include "test_states.h"

#include <catch2/catch.hpp>

#include <QApplication>

using namespace memviz::ui;

TEST_CASE("pointer arrows go from their variable to their target across views", "[ui][arrows]") {
    MemoryPanel panel;
    panel.resize(1100, 700);
    panel.show();
    QApplication::processEvents();
    const auto state = test::smallState();
    panel.setState(state, false, 0);
    const auto arrows = panel.overlay()->arrows();
    REQUIRE(arrows.size() == 4);
    const QRect stackArea(panel.stackView()->viewport()->mapTo(&panel, QPoint(0, 0)), panel.stackView()->viewport()->size());
    const QRect heapArea(panel.heapView()->viewport()->mapTo(&panel, QPoint(0, 0)), panel.heapView()->viewport()->size());
    // head (main's frame) -> block 7 in the heap view.
    const auto& head = arrows[0];
    CHECK(stackArea.contains(head.from.toPoint()));
    CHECK(heapArea.adjusted(0, -2, 0, 0).contains(head.to.toPoint()));
    CHECK_FALSE(head.dangling);
    // where (build's frame) -> arr[1] in main's frame: ends on the stack view's side.
    CHECK(arrows[1].intoStack);
    CHECK(stackArea.adjusted(0, 0, 2, 0).contains(arrows[1].to.toPoint()));
    // stale (a global) -> the freed block: dangling.
    CHECK(arrows[2].dangling);
    // block 7's second word -> block 9: heap to heap.
    CHECK(arrows[3].heapToHeap);
    CHECK(heapArea.contains(arrows[3].from.toPoint()));
}

TEST_CASE("pointer arrows follow a scroll", "[ui][arrows]") {
    MemoryPanel panel;
    panel.resize(1100, 300);
    panel.show();
    QApplication::processEvents();
    auto state = test::bigHeap(3000);
    state.frames = test::smallState().frames;
    const memviz::core::Address target = state.heap[40].payload;
    state.pointers = {{0x7ffffffefcf8, target, memviz::trace::PointerTarget::Heap, 1, 0, 0, state.heap[40].id}};
    panel.setState(state, false, 0);
    const auto before = panel.overlay()->arrows();
    REQUIRE(before.size() == 1);
    panel.heapView()->scrollToAddress(target);
    const auto after = panel.overlay()->arrows();
    REQUIRE(after.size() == 1);
    CHECK(after[0].to != before[0].to);
}
