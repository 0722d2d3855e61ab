// FreedBlockIndex: the block freed last before a step whose payload held an address, against a plain search
// over every block, for densely packed payloads (the counting sort) and widely spread ones (the plain sort).
#include "trace/freed_block_index.h"

#include "lang/compiler.h"

#include <catch2/catch.hpp>

#include <random>

namespace memviz::trace::test {

namespace {

// What the index answers, by looking at every block (ties: the lowest payload, then the lowest id).
std::uint64_t plainSearch(const HistoryStore& store, core::Address address, std::uint64_t step) {
    std::uint64_t best = 0;
    for (std::uint64_t id = 1; id < store.blocks.size(); ++id) {
        const BlockRecord& block = store.blocks[id];
        bool holds =
            address >= block.payload && address - block.payload < std::max<std::uint64_t>(block.requested, 1);
        if (!holds || block.freeStep == 0 || block.freeStep >= step) continue;
        if (best == 0) {
            best = id;
            continue;
        }
        const BlockRecord& current = store.blocks[best];
        if (block.freeStep > current.freeStep ||
            (block.freeStep == current.freeStep && block.payload < current.payload))
            best = id;
    }
    return best;
}

void check(std::uint64_t spacing, std::uint32_t seed) {
    lang::CompileResult compiled = lang::compile("int main(void) { return 0; }\n", "empty.c");
    REQUIRE(compiled.ok());
    HistoryStore store(*compiled.unit, engine::RunOptions{});
    if (store.blocks.empty()) store.blocks.push_back(BlockRecord{});
    std::mt19937_64 random(seed);
    auto uniform = [&](std::uint64_t low, std::uint64_t high) {
        return std::uniform_int_distribution<std::uint64_t>(low, high)(random);
    };
    const core::Address base = 0x405000;
    for (int i = 0; i < 3000; ++i) {
        BlockRecord block;
        block.payload = base + 16 * uniform(0, 400) * spacing;
        block.requested = uniform(0, 5) == 0 ? uniform(0, 4000) : uniform(0, 64);
        block.allocStep = uniform(1, 10'000);
        block.freeStep = uniform(0, 4) == 0 ? 0 : block.allocStep + uniform(1, 5'000);
        store.blocks.push_back(block);
    }
    FreedBlockIndex index(store);
    for (int i = 0; i < 3000; ++i) {
        core::Address address = base + uniform(0, 16 * 410 * spacing);
        std::uint64_t step = uniform(1, 16'000);
        INFO("address " << address << ", step " << step);
        REQUIRE(index.holding(address, step) == plainSearch(store, address, step));
    }
}

} // namespace

TEST_CASE("FreedBlockIndex finds the block freed last that held an address", "[trace]") {
    check(1, 1);       // dense: counting sort
    check(100'000, 2); // sparse: plain sort
}

} // namespace memviz::trace::test
