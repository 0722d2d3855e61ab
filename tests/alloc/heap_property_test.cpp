// Property tests: long random sequences of malloc/calloc/realloc/free under every policy, with the
// invariants checked after every step.
#include "heap_fixture.h"

#include "alloc/block_format.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <vector>

using namespace memviz::alloc;
using namespace memviz::alloc::testing;
using memviz::core::Address;
using memviz::memory::ByteKind;

namespace {

struct Live {
    Address payload;
    std::uint64_t size;
    std::uint64_t seed;
};

std::uint64_t randomSize(std::mt19937_64& rng) {
    switch (rng() % 10) {
    case 0: return rng() % 4096;           // medium
    case 1: return rng() % 70000;          // large: forces growth
    case 2: return 0;                      // malloc(0) is a real minimum block
    default: return 1 + rng() % 200;       // small, as most programs
    }
}

void fill(HeapFixture& f, const Live& block) {
    for (std::uint64_t i = 0; i < block.size; ++i) *f.bytes(block.payload + i) = patternByte(block.seed, i);
}

bool intact(HeapFixture& f, const Live& block, std::uint64_t upTo) {
    for (std::uint64_t i = 0; i < std::min(upTo, block.size); ++i)
        if (*f.bytes(block.payload + i) != patternByte(block.seed, i)) return false;
    return true;
}

void requireConsistent(HeapFixture& f, std::vector<Live>& live) {
    CheckResult check = f.heap.check();
    INFO((check.problems.empty() ? std::string() : check.problems.front()));
    REQUIRE(check.ok);
    const HeapMetrics& m = f.heap.metrics();
    REQUIRE(m.liveBlocks == live.size());
    REQUIRE(m.allocatedBytes + m.freeBytes + m.metaBytes == m.extent);
    // No two live payloads overlap.
    std::vector<Live> sorted = live;
    std::sort(sorted.begin(), sorted.end(), [](const Live& a, const Live& b) { return a.payload < b.payload; });
    for (std::size_t i = 1; i < sorted.size(); ++i) {
        Address previousEnd = blockOf(sorted[i - 1].payload) + f.heap.allocator().blockSize(sorted[i - 1].payload);
        REQUIRE(previousEnd <= blockOf(sorted[i].payload));
    }
}

} // namespace

TEST_CASE("random malloc/calloc/realloc/free keeps every invariant", "[property]") {
    for (bool shadow : {true, false})
    for (Policy policy : allPolicies()) {
        DYNAMIC_SECTION(policyName(policy) << (shadow ? "" : " without shadow")) {
            HeapFixture f(policy, 64ull << 20, HeapOptions{shadow});
            std::mt19937_64 rng(static_cast<std::uint64_t>(policy) * 7919 + 1);
            std::vector<Live> live;
            std::uint64_t nextSeed = 1;
            for (int step = 0; step < 4000; ++step) {
                unsigned action = rng() % 10;
                if (live.empty() || action < 4) {
                    std::uint64_t size = randomSize(rng);
                    bool zeroed = action == 0;
                    Address p = zeroed ? f.heap.calloc(1, size) : f.heap.malloc(size);
                    REQUIRE(p != 0);
                    REQUIRE(p % 16 == 0);
                    if (zeroed) {
                        for (std::uint64_t i = 0; i < size; ++i) REQUIRE(*f.bytes(p + i) == 0);
                    }
                    if (size > 0 && shadow) {
                        REQUIRE(f.kind(p) == ByteKind::HeapPayload);
                        REQUIRE(f.kind(p + size - 1) == ByteKind::HeapPayload);
                    }
                    if (shadow) REQUIRE(f.kind(p - kHeaderSize) == ByteKind::HeapHeader);
                    live.push_back({p, size, nextSeed++});
                    fill(f, live.back());
                } else if (action < 7) {
                    std::size_t victim = rng() % live.size();
                    REQUIRE(intact(f, live[victim], live[victim].size));
                    REQUIRE(f.heap.free(live[victim].payload) == FreeStatus::Ok);
                    if (live[victim].size > 0 && shadow) REQUIRE(f.kind(live[victim].payload) == ByteKind::HeapFreed);
                    live[victim] = live.back();
                    live.pop_back();
                } else {
                    std::size_t victim = rng() % live.size();
                    Live& block = live[victim];
                    std::uint64_t size = 1 + randomSize(rng);
                    Address moved = f.heap.realloc(block.payload, size);
                    REQUIRE(moved != 0);
                    Live resized{moved, size, block.seed};
                    REQUIRE(intact(f, resized, std::min(block.size, size)));  // payload preserved
                    block = resized;
                    fill(f, block);
                }
                requireConsistent(f, live);
            }
            // Every other block is untouched by everything that happened around it.
            for (const Live& block : live) REQUIRE(intact(f, block, block.size));
            for (const Live& block : live) REQUIRE(f.heap.free(block.payload) == FreeStatus::Ok);
            live.clear();
            requireConsistent(f, live);
            CHECK(f.heap.metrics().liveRequested == 0);
            CHECK(f.heap.metrics().freeBlocks >= 1);
        }
    }
}

TEST_CASE("a small heap limit makes malloc return NULL and leaves the heap intact", "[property]") {
    for (Policy policy : allPolicies()) {
        DYNAMIC_SECTION(policyName(policy)) {
            HeapFixture f(policy, 64 * 1024);
            std::mt19937_64 rng(99);
            std::vector<Live> live;
            int failures = 0;
            for (int step = 0; step < 3000; ++step) {
                if (live.empty() || rng() % 3 != 0) {
                    std::uint64_t size = 16 + rng() % 3000;
                    Address p = f.heap.malloc(size);
                    if (p == 0) {
                        ++failures;
                        REQUIRE(f.heap.lastReport().failed);
                    } else {
                        live.push_back({p, size, 0});
                    }
                } else {
                    std::size_t victim = rng() % live.size();
                    REQUIRE(f.heap.free(live[victim].payload) == FreeStatus::Ok);
                    live[victim] = live.back();
                    live.pop_back();
                }
                REQUIRE(f.heap.metrics().extent <= 64 * 1024);
                CheckResult check = f.heap.check();
                INFO((check.problems.empty() ? std::string() : check.problems.front()));
                REQUIRE(check.ok);
            }
            CHECK(failures > 0);
            CHECK(f.heap.metrics().failures == static_cast<std::uint64_t>(failures));
        }
    }
}
