// AddressIndex and SizeIndex against a brute-force model.
#include "alloc/address_index.h"
#include "alloc/size_index.h"

#include <catch2/catch.hpp>

#include <map>
#include <random>

using namespace memviz::alloc;

TEST_CASE("address index answers like a linear scan") {
    AddressIndex index;
    SizeIndex sizes;
    std::map<std::uint64_t, std::uint64_t> model;
    std::mt19937_64 rng(42);
    for (int step = 0; step < 20000; ++step) {
        std::uint64_t address = (rng() % 5000) * 16 + 16;
        std::uint64_t size = (rng() % 64 + 2) * 16;
        auto it = model.find(address);
        if (it == model.end()) {
            index.insert(address, size);
            sizes.insert(address, size);
            model[address] = size;
        } else if (rng() % 3 == 0) {
            // Rekey in place: same address, new size (order kept).
            index.update(address, address, size);
            sizes.erase(address, it->second);
            sizes.insert(address, size);
            it->second = size;
        } else {
            sizes.erase(address, it->second);
            index.erase(address);
            model.erase(it);
        }
        std::uint64_t need = (rng() % 70) * 16;
        std::uint64_t from = (rng() % 5000) * 16;

        std::uint64_t rank = 0;
        std::uint64_t expectedRank = 0;
        std::uint64_t expected = 0;
        std::uint64_t largest = 0;
        std::uint64_t expectedFrom = 0;
        std::uint64_t best = 0;
        std::uint64_t bestSize = ~0ull;
        for (auto [a, s] : model) {
            if (s >= need && expected == 0) expected = a;
            if (expected == 0) ++expectedRank;
            if (s >= need && a >= from && expectedFrom == 0) expectedFrom = a;
            if (s >= need && s < bestSize) {
                best = a;
                bestSize = s;
            }
            largest = std::max(largest, s);
        }
        REQUIRE(index.count() == model.size());
        REQUIRE(index.largest() == largest);
        REQUIRE(sizes.largest() == largest);
        FreeBlockRef first = index.firstFit(need, &rank);
        REQUIRE(first.address == expected);
        if (first) REQUIRE(rank == expectedRank);
        REQUIRE(index.firstFitFrom(from, need).address == expectedFrom);
        REQUIRE(sizes.bestFit(need).address == best);
        if (!model.empty()) {
            std::uint64_t worst = 0;
            for (auto [a, s] : model)
                if (s == largest) {
                    worst = a;
                    break;
                }
            REQUIRE(index.largestLowest().address == worst);
            REQUIRE(sizes.worstFit(need).address == (largest >= need ? worst : 0));
        }
    }
}
