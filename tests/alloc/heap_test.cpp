// Heap behaviour shared by every policy: coalescing, realloc, bad frees, growth and metrics.
#include "heap_fixture.h"

#include "alloc/block_format.h"

#include <catch2/catch.hpp>

using namespace memviz::alloc;
using namespace memviz::alloc::testing;
using memviz::core::Address;
using memviz::memory::ByteKind;

TEST_CASE("blocks carry the documented format") {
    HeapFixture f(Policy::FirstFit);
    Address p = f.heap.malloc(24);
    CHECK(p == f.space.heapStart() + 16);  // an 8-byte pad, then the header
    std::uint64_t header = 0;
    REQUIRE(f.space.readRaw(p - 8, header));
    CHECK((header & kSizeMask) == 32);
    CHECK((header & kAllocatedBit) != 0);
    CHECK(f.kind(p - 8) == ByteKind::HeapHeader);
    CHECK(f.kind(p + 23) == ByteKind::HeapPayload);
    Address q = f.heap.malloc(25);
    CHECK(q == p + 32);
    CHECK(f.heap.allocator().blockSize(q) == 48);
    CHECK(f.kind(q + 25) == ByteKind::HeapPadding);
    CHECK(f.heap.metrics().extent == 4096);
    CHECK(f.heap.metrics().overhead == (32 - 24) + (48 - 25));
}

TEST_CASE("free neighbours coalesce at once", "[coalesce]") {
    for (Policy policy : {Policy::FirstFit, Policy::NextFit, Policy::BestFit, Policy::WorstFit, Policy::Segregated}) {
        DYNAMIC_SECTION(policyName(policy)) {
            HeapFixture f(policy);
            Address a = f.heap.malloc(40);
            Address b = f.heap.malloc(40);
            Address c = f.heap.malloc(40);
            Address guard = f.heap.malloc(40);
            (void)guard;
            std::uint64_t freeBefore = f.heap.metrics().freeBlocks;  // the tail
            f.heap.free(b);
            CHECK(f.heap.metrics().freeBlocks == freeBefore + 1);
            CHECK(f.heap.lastReport().coalesces == 0);
            f.heap.free(a);  // merges with b (next)
            CHECK(f.heap.lastReport().coalesces == 1);
            CHECK(f.heap.metrics().freeBlocks == freeBefore + 1);
            f.heap.free(c);  // merges with a+b (previous)
            CHECK(f.heap.lastReport().coalesces == 1);
            CHECK(f.heap.lastReport().merged == blockOf(a));
            CHECK(f.heap.lastReport().mergedSize == 3 * 48);
            CHECK(f.heap.metrics().largestFree >= 3 * 48);
            CHECK(f.heap.check().ok);
            f.heap.free(guard);  // merges on both sides: one free block spans the heap
            CHECK(f.heap.lastReport().coalesces == 2);
            CHECK(f.heap.metrics().freeBlocks == 1);
            CHECK(f.heap.metrics().largestFree == 4096 - 16);
        }
    }
}

TEST_CASE("realloc grows in place into a free neighbour, else moves and copies") {
    for (Policy policy : allPolicies()) {
        DYNAMIC_SECTION(policyName(policy)) {
            HeapFixture f(policy);
            Address p = f.heap.malloc(40);
            for (int i = 0; i < 40; ++i) *f.bytes(p + i) = static_cast<std::uint8_t>(i);
            f.space.markInitialized(p, 40);
            Address grown = f.heap.realloc(p, 56);  // the block after is free space
            CHECK(grown == p);
            CHECK(f.heap.lastReport().inPlace);
            CHECK(f.kind(p + 40) == ByteKind::HeapPayload);
            CHECK(f.heap.check().ok);
            Address blocker = f.heap.malloc(16);
            CHECK(blocker > p);
            Address moved = f.heap.realloc(p, 3000);
            CHECK(moved != p);
            CHECK(f.heap.lastReport().moved);
            for (int i = 0; i < 40; ++i) CHECK(*f.bytes(moved + i) == i);
            // The copied bytes keep their initialized shadow; the new tail is uninitialized.
            CHECK(memviz::memory::isInitialized(f.space.shadowAt(moved + 39)));
            CHECK_FALSE(memviz::memory::isInitialized(f.space.shadowAt(moved + 40)));
            CHECK(f.kind(p) == ByteKind::HeapFreed);
            CHECK(f.heap.metrics().reallocs == 2);
            CHECK(f.heap.metrics().allocations == 2);
            Address shrunk = f.heap.realloc(moved, 8);
            CHECK(shrunk == moved);
            CHECK(f.heap.check().ok);
            CHECK(f.heap.realloc(shrunk, 0) == 0);  // frees, as glibc
            CHECK(f.heap.metrics().liveBlocks == 1);
            Address fresh = f.heap.realloc(0, 10);  // realloc(NULL, n) is malloc
            CHECK(fresh != 0);
            CHECK(f.heap.check().ok);
        }
    }
}

TEST_CASE("double free and bad pointers are told apart") {
    HeapFixture f(Policy::FirstFit);
    Address p = f.heap.malloc(32);
    Address q = f.heap.malloc(32);
    CHECK(f.heap.free(0) == FreeStatus::Null);
    CHECK(f.heap.free(p + 8) == FreeStatus::Invalid);   // inside a block
    CHECK(f.heap.free(0x7ffffffff000 - 64) == FreeStatus::Invalid);  // not the heap
    CHECK(f.heap.free(p) == FreeStatus::Ok);
    CHECK(f.heap.free(p) == FreeStatus::DoubleFree);
    CHECK(f.heap.realloc(p, 64) == 0);
    CHECK(f.heap.lastFreeStatus() == FreeStatus::DoubleFree);
    CHECK(f.heap.liveBlock(q).has_value());
    CHECK_FALSE(f.heap.liveBlock(p).has_value());
    CHECK(f.heap.check().ok);
}

TEST_CASE("block ids are stable and unique; blockContaining finds interior pointers") {
    HeapFixture f(Policy::BestFit);
    Address p = f.heap.malloc(100);
    Address q = f.heap.malloc(100);
    auto pid = f.heap.liveBlock(p)->id;
    auto qid = f.heap.liveBlock(q)->id;
    CHECK(pid != qid);
    CHECK(f.heap.blockContaining(p + 50)->id == pid);
    CHECK(f.heap.blockContaining(q - 8)->id == qid);  // the header belongs to its block
    f.heap.free(p);
    Address r = f.heap.malloc(100);
    CHECK(r == p);
    CHECK(f.heap.liveBlock(r)->id != pid);
}

TEST_CASE("calloc zeroes and refuses overflowing sizes") {
    HeapFixture f(Policy::Segregated);
    Address p = f.heap.malloc(64);
    for (int i = 0; i < 64; ++i) *f.bytes(p + i) = 0xAA;
    f.heap.free(p);
    Address z = f.heap.calloc(8, 8);
    CHECK(z == p);
    for (int i = 0; i < 64; ++i) CHECK(*f.bytes(z + i) == 0);
    CHECK(memviz::memory::isInitialized(f.space.shadowAt(z)));
    CHECK(f.heap.calloc(~0ull / 2, 4) == 0);
    CHECK(f.heap.metrics().failures == 1);
}

TEST_CASE("metrics follow the definitions") {
    HeapFixture f(Policy::FirstFit);
    Address a = f.heap.malloc(1000);
    Address b = f.heap.malloc(1000);
    f.heap.malloc(1000);
    f.heap.free(a);
    const HeapMetrics& m = f.heap.metrics();
    CHECK(m.extent == 4096);
    CHECK(m.liveRequested == 2000);
    CHECK(m.freeBlocks == 2);
    CHECK(m.freeBytes == 1008 + (4080 - 3 * 1008));
    CHECK(m.largestFree == 4080 - 3 * 1008);  // the tail beats the 1008-byte hole
    CHECK(m.externalFragmentation() == Approx(1.0 - 1056.0 / 2064.0));
    CHECK(m.internalFragmentation() == Approx(16.0 / 2016.0));
    CHECK(m.utilization() == Approx(2000.0 / 4096.0));
    CHECK(m.peakLive == 3000);
    CHECK(m.peakFragmentation() == Approx(4096.0 / 3000.0 - 1.0));
    f.heap.free(b);
    CHECK(f.heap.metrics().freeBlocks == 2);  // a and b merged, plus the tail
}
