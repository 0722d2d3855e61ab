// FlatIdMap against std::unordered_map: random inserts, lookups and removals, key 0 included.
#include "replay/flat_id_map.h"

#include <catch2/catch.hpp>

#include <random>
#include <unordered_map>

using memviz::replay::FlatIdMap;

TEST_CASE("FlatIdMap finds, sets and takes keys", "[replay][flat-id-map]") {
    FlatIdMap map(4);
    CHECK(map.find(42) == FlatIdMap::kNone);
    map.set(42, 7);
    map.set(0, 3);
    CHECK(map.find(42) == 7);
    CHECK(map.find(0) == 3);
    CHECK(map.size() == 2);
    CHECK(map.take(42) == 7);
    CHECK(map.take(42) == FlatIdMap::kNone);
    CHECK(map.take(0) == 3);
    CHECK(map.size() == 0);
    std::uint32_t& slot = map.slot(99);
    CHECK(slot == FlatIdMap::kNone);
    slot = 5;
    CHECK(map.find(99) == 5);
}

TEST_CASE("FlatIdMap agrees with unordered_map on random pointer-like keys", "[replay][flat-id-map]") {
    std::mt19937_64 random(12345);
    FlatIdMap map(16);
    std::unordered_map<std::uint64_t, std::uint32_t> reference;
    std::vector<std::uint64_t> keys;
    for (std::uint32_t step = 0; step < 200000; ++step) {
        std::uint64_t choice = random() % 10;
        if (choice < 5 || keys.empty()) {
            // Clustered 16-aligned addresses, as malloc returns them, plus the odd 0.
            std::uint64_t key = choice == 0 ? 0 : 0x5555'0000'0000ull + (random() % 50000) * 16;
            map.set(key, step);
            reference[key] = step;
            keys.push_back(key);
        } else if (choice < 8) {
            std::uint64_t key = keys[random() % keys.size()];
            auto it = reference.find(key);
            std::uint32_t expected = it == reference.end() ? FlatIdMap::kNone : it->second;
            REQUIRE(map.take(key) == expected);
            if (it != reference.end()) reference.erase(it);
        } else {
            std::uint64_t key = keys[random() % keys.size()];
            auto it = reference.find(key);
            REQUIRE(map.find(key) == (it == reference.end() ? FlatIdMap::kNone : it->second));
        }
        if (step % 50000 == 0) REQUIRE(map.size() == reference.size());
    }
    REQUIRE(map.size() == reference.size());
    for (const auto& [key, value] : reference) REQUIRE(map.find(key) == value);
}
