// Each policy's choice, pinned on one arranged heap: free blocks of 208, 416 and 64 bytes (in address
// order A, B, C) between small allocated blocks, and no free space at the end.
#include "heap_fixture.h"

#include "alloc/block_format.h"

#include <catch2/catch.hpp>

using namespace memviz::alloc;
using namespace memviz::alloc::testing;
using memviz::core::Address;

namespace {

struct Arranged {
    explicit Arranged(Policy policy) : f(policy) {
        a = f.heap.malloc(200);  // 208-byte block
        f.heap.malloc(8);
        b = f.heap.malloc(400);  // 416
        f.heap.malloc(8);
        c = f.heap.malloc(56);   // 64
        f.heap.malloc(8);
        // The first page holds 4080 bytes of blocks; take the rest so nothing is free at the end.
        f.heap.malloc(4080 - (208 + 32 + 416 + 32 + 64 + 32) - 8);
        REQUIRE(f.heap.metrics().freeBlocks == 0);
        f.heap.free(a);
        f.heap.free(b);
        f.heap.free(c);
        REQUIRE(f.heap.metrics().freeBlocks == 3);
        REQUIRE(f.heap.metrics().largestFree == 416);
    }
    HeapFixture f;
    Address a = 0, b = 0, c = 0;
};

} // namespace

TEST_CASE("first fit takes the lowest address that fits") {
    Arranged h(Policy::FirstFit);
    CHECK(h.f.heap.malloc(40) == h.a);
    CHECK(h.f.heap.lastReport().examined == 1);
    CHECK(h.f.heap.lastReport().splits == 1);
    CHECK(h.f.heap.malloc(300) == h.b);     // A's remainder (160) is too small
    CHECK(h.f.heap.lastReport().examined == 2);
}

TEST_CASE("best fit takes the smallest block that fits") {
    Arranged h(Policy::BestFit);
    CHECK(h.f.heap.malloc(40) == h.c);
    CHECK(h.f.heap.lastReport().examined == 3);  // a list walk sees them all
    CHECK(h.f.heap.malloc(150) == h.a);      // 160 needed: A (208) beats B (416)
}

TEST_CASE("worst fit takes the largest block") {
    Arranged h(Policy::WorstFit);
    CHECK(h.f.heap.malloc(40) == h.b);
    CHECK(h.f.heap.lastReport().remainderSize == 416 - 48);
}

TEST_CASE("next fit roves on from where it stopped") {
    Arranged h(Policy::NextFit);
    CHECK(h.f.heap.malloc(300) == h.b);  // first search wraps around to the start: A too small, B fits
    // First fit would now go back to A; next fit continues from B's remainder.
    Address next = h.f.heap.malloc(40);
    CHECK(next == h.b + 320);
    CHECK(h.f.heap.malloc(40) == h.b + 320 + 48);  // B's remainder again (96 - 48 = 48 left)
    CHECK(h.f.heap.malloc(40) == h.c);             // then C, still roving forward
    CHECK(h.f.heap.malloc(40) == h.a);             // nothing after: wraps to the start
}

TEST_CASE("segregated fits look in the request's size class first") {
    Arranged h(Policy::Segregated);
    // 48 bytes needed: the 48-byte class is empty, the next non-empty class is 64 (C), though A is lower.
    CHECK(h.f.heap.malloc(40) == h.c);
    CHECK(h.f.heap.malloc(200) == h.a);  // exactly the 208 class
}

TEST_CASE("buddy blocks are powers of two aligned to their size, and buddies merge") {
    HeapFixture f(Policy::Buddy);
    Address base = f.space.heapStart() + kHeaderSize;
    for (std::uint64_t request : {1u, 24u, 25u, 100u, 120u, 121u, 1000u, 5000u}) {
        Address p = f.heap.malloc(request);
        REQUIRE(p != 0);
        std::uint64_t size = f.heap.allocator().blockSize(p);
        CHECK(memviz::core::isPowerOfTwo(size));
        CHECK(size >= request + kHeaderSize);
        CHECK(size / 2 < std::max<std::uint64_t>(request + kHeaderSize, 32));
        CHECK((blockOf(p) - base) % size == 0);
        CHECK(p % 16 == 0);
    }
    // Freeing everything merges every pair of buddies back.
    HeapFixture g(Policy::Buddy);
    Address x = g.heap.malloc(100);
    std::uint64_t initialFree = g.heap.metrics().freeBlocks + 1;  // the split-off halves, before x was taken
    Address y = g.heap.malloc(100);
    Address z = g.heap.malloc(10);
    g.heap.free(y);  // y was split from a larger block: its buddy is free
    CHECK(g.heap.lastReport().coalesces >= 1);
    g.heap.free(x);
    g.heap.free(z);
    CHECK(g.heap.check().ok);
    CHECK(g.heap.metrics().liveBlocks == 0);
    CHECK(g.heap.metrics().freeBlocks <= initialFree);
}
