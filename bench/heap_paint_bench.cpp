// memviz-bench-ui: the app's figures of DESIGN.md §7 that need Qt: the heap view painting a heap of 100,000
// blocks (target <= 16 ms a paint) at 40 places across the heap, and laying the blocks out once. Prints a
// table, or JSON with --json. Runs on Qt's offscreen platform unless told otherwise.
#include "heap_view.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace {

constexpr double kPaintTargetMs = 16;
constexpr int kBlocks = 100'000;

// A heap of alternating allocated and free blocks of varied sizes, a few pointers between them.
memviz::trace::MachineState bigHeap() {
    memviz::trace::MachineState state;
    memviz::core::Address at = 0x405008;
    state.heapStart = 0x405000;
    for (int i = 0; i < kBlocks; ++i) {
        memviz::trace::HeapBlockState block;
        block.address = at;
        block.payload = at + 8;
        block.size = 32 + 16 * static_cast<std::uint64_t>(i % 7);
        block.state = i % 3 == 2 ? memviz::trace::BlockState::Free : memviz::trace::BlockState::Allocated;
        if (block.state == memviz::trace::BlockState::Allocated) {
            block.id = static_cast<std::uint64_t>(i) + 1;
            block.requested = block.size - 8 - static_cast<std::uint64_t>(i % 5);
            block.allocLine = 10 + static_cast<std::uint32_t>(i % 40);
            block.allocStep = static_cast<std::uint64_t>(i) * 3;
        }
        at += block.size;
        state.heap.push_back(block);
    }
    state.heapBreak = at + 4096;
    state.metrics.extent = state.heapBreak - state.heapStart;
    return state;
}

} // namespace

int main(int argc, char** argv) {
    bool json = argc > 1 && std::strcmp(argv[1], "--json") == 0;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const memviz::trace::MachineState state = bigHeap();
    memviz::ui::HeapView view;
    view.resize(1200, 800);
    view.show();
    QElapsedTimer timer;
    timer.start();
    view.setState(state, false);
    const double layoutMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    auto paint = [&] {
        QPainter painter(&image);
        view.paintContents(painter, image.rect());
    };
    paint(); // fonts and caches
    const int places = 40;
    double worst = 0, total = 0;
    for (int i = 0; i < places; ++i) {
        view.scrollToAddress(state.heap[static_cast<std::size_t>(i) * (kBlocks / places)].address);
        timer.restart();
        paint();
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        worst = std::max(worst, ms);
        total += ms;
    }
    if (json) {
        std::printf("{\n  \"blocks\": %d,\n  \"heap_view_paint_100k_ms\": %.3f,\n  \"heap_view_paint_100k_ms_mean\": %.3f,\n"
                    "  \"heap_view_layout_100k_ms\": %.3f,\n  \"target_paint_ms\": %.0f,\n  \"meets_target\": %s\n}\n",
                    kBlocks, worst, total / places, layoutMs, kPaintTargetMs, worst <= kPaintTargetMs ? "true" : "false");
    } else {
        std::printf("heap view, %d blocks, %d places: paint %.2f ms worst, %.2f ms mean (target <= %.0f ms) %s; "
                    "layout %.1f ms\n",
                    kBlocks, places, worst, total / places, kPaintTargetMs, worst <= kPaintTargetMs ? "ok" : "ABOVE TARGET",
                    layoutMs);
    }
    return 0;
}
