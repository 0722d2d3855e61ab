// HeapLayout and HeapView: blocks to scale with a minimum width, binary-search look-ups, states and
// tooltips, and the paint time with 100,000 blocks (printed for the bench; the figure is not asserted).
#include "heap_layout.h"
#include "heap_overview.h"
#include "heap_view.h"
#include "test_states.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <cstdio>

using namespace memviz::ui;

TEST_CASE("heap layout puts blocks in address order on wrapping rows", "[ui][heap]") {
    const auto state = test::bigHeap(1000);
    HeapLayout layout;
    HeapLayout::Params params;
    params.rowWidth = 500;
    params.pixelsPerByte = 1.0;
    params.minBlockWidth = 40;
    layout.setBlocks(&state.heap, params);
    REQUIRE(layout.size() == 1000);
    CHECK(layout.blockWidth(0) == Approx(40));  // 32 bytes, widened to the minimum
    CHECK(layout.blockWidth(4) == Approx(96));  // 96 bytes to scale
    for (std::size_t i = 1; i < layout.size(); ++i) CHECK(layout.blockStart(i) > layout.blockStart(i - 1));
    // Every block is found again at its own middle and by its address.
    for (std::size_t i : {0u, 1u, 17u, 500u, 999u}) {
        const std::vector<QRectF> segs = layout.blockSegments(i);
        REQUIRE_FALSE(segs.empty());
        CHECK(layout.blockAt(segs.front().center()) == i);
        CHECK(layout.blockOfAddress(state.heap[i].address + 3) == i);
    }
    const auto [first, last] = layout.blocksInBand(0, layout.rowPitch() * 2 - 1);
    CHECK(first == 0);
    CHECK(last > 0);
    CHECK(layout.blockStart(last - 1) < 2 * params.rowWidth);
    CHECK(layout.blockOfAddress(0x1000) == layout.size());
}

TEST_CASE("heap view classifies blocks by state", "[ui][heap]") {
    HeapView view;
    view.resize(700, 400);
    auto state = test::smallState();
    state.heap[3].pointedTo = false;
    view.setState(state, false);
    const BlockClassifier& c = view.classifier();
    CHECK(c.kind(state.heap[0]) == BlockKind::Allocated);
    CHECK(c.kind(state.heap[1]) == BlockKind::Free);
    CHECK(c.kind(state.heap[2]) == BlockKind::Dangling);
    CHECK(c.kind(state.heap[3]) == BlockKind::Leaked);
    CHECK(c.kind(state.heap[4]) == BlockKind::Fresh);
    state.errors.push_back({memviz::engine::ErrorKind::HeapBufferOverflow, 9, 1, 12, "4-byte write at 0x4050b8"});
    view.setState(state, false);
    CHECK(view.classifier().kind(state.heap[3]) == BlockKind::Corrupted);
}

TEST_CASE("heap view reports where addresses are and explains blocks on hover", "[ui][heap]") {
    HeapView view;
    view.resize(700, 400);
    view.show();
    view.setState(test::smallState(), false);
    const auto block = view.blockRect(0x405010);
    REQUIRE(block.has_value());
    const auto point = view.pointForAddress(0x405010);
    REQUIRE(point.has_value());
    CHECK(block->contains(*point));
    const QString tip = view.toolTipAt(block->center());
    CHECK(tip.contains(QStringLiteral("allocated at line 5")));
    CHECK(tip.contains(QStringLiteral("0x405010")));
    CHECK_FALSE(view.pointForAddress(0x900000).has_value());
}

TEST_CASE("heap view paints 100,000 blocks", "[ui][heap][paint]") {
    const auto state = test::bigHeap(100'000);
    HeapView view;
    view.resize(900, 700);
    view.show();
    QElapsedTimer layoutTimer;
    layoutTimer.start();
    view.setState(state, false);
    const double layoutMs = static_cast<double>(layoutTimer.nsecsElapsed()) / 1e6;
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    auto paintOnce = [&] {
        QPainter p(&image);
        view.paintContents(p, image.rect());
    };
    paintOnce(); // warm up fonts and caches
    double best = 1e9, total = 0;
    const int rounds = 20;
    for (int i = 0; i < rounds; ++i) {
        view.scrollToAddress(state.heap[static_cast<std::size_t>(i) * 4999].address);
        QElapsedTimer t;
        t.start();
        paintOnce();
        const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
        best = std::min(best, ms);
        total += ms;
    }
    std::printf("heap view, 100000 blocks: paint %.2f ms (best of %d), %.2f ms average; layout %.1f ms\n", best,
                rounds, total / rounds, layoutMs);
    CHECK(best > 0);
    // Something was drawn: the image is not a single colour.
    CHECK(image.pixel(100, 20) != image.pixel(5, 5));
}

TEST_CASE("heap overview covers the whole extent", "[ui][heap]") {
    HeapOverview overview;
    overview.resize(400, overview.sizeHint().height());
    overview.setState(test::smallState());
    overview.setVisibleRange(0x405000, 0x405100);
    CHECK_FALSE(overview.grab().isNull());
}

TEST_CASE("a block too big for a row ends the row it starts on when most of it is left", "[ui][heap]") {
    auto block = [](std::uint64_t address, std::uint64_t size, bool allocated) {
        memviz::trace::HeapBlockState b;
        b.address = address;
        b.size = size;
        b.state = allocated ? memviz::trace::BlockState::Allocated : memviz::trace::BlockState::Free;
        return b;
    };
    HeapLayout::Params params;
    params.rowWidth = 400;
    params.pixelsPerByte = 1.0;
    params.minBlockWidth = 40;
    HeapLayout layout;
    // 100 bytes used, then 4000 free: the free block takes the other 300 pixels of the first row.
    const std::vector<memviz::trace::HeapBlockState> early{block(0x405000, 100, true),
                                                           block(0x405064, 4000, false)};
    layout.setBlocks(&early, params);
    CHECK(layout.blockWidth(1) == Approx(300));
    CHECK(layout.compressed(1));
    CHECK(layout.rowCount() == 1);
    CHECK(layout.blockSegments(1).size() == 1);
    // 300 bytes used: less than half a row is left, so the big block is one row wide (and wraps).
    const std::vector<memviz::trace::HeapBlockState> late{block(0x405000, 300, true),
                                                          block(0x40512c, 4000, false)};
    layout.setBlocks(&late, params);
    CHECK(layout.blockWidth(1) == Approx(400));
    CHECK(layout.rowCount() == 2);
}
