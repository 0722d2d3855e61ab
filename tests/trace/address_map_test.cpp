// AddressMap: the same answers as a node-based map under random sets and erases (deletion by shifting back
// must never lose an entry), address 0 included.
#include "trace/address_map.h"

#include <catch2/catch.hpp>

#include <map>
#include <random>

namespace memviz::trace::test {

namespace {
std::map<core::Address, std::uint64_t> contents(const AddressMap& map) {
    std::map<core::Address, std::uint64_t> out;
    map.forEach([&](core::Address key, std::uint64_t value) { CHECK(out.emplace(key, value).second); });
    return out;
}
} // namespace

TEST_CASE("address map: sets and erases as a std::map does", "[trace]") {
    std::mt19937_64 random(3);
    AddressMap map;
    std::map<core::Address, std::uint64_t> expected;
    for (int i = 0; i < 200000; ++i) {
        // Payload-like keys from a small range, so that keys come back and clusters form.
        core::Address key = random() % 50 == 0 ? 0 : 0x405010 + 16 * (random() % 6000);
        if (random() % 3 == 0) {
            map.erase(key);
            expected.erase(key);
        } else {
            std::uint64_t value = random();
            map.set(key, value);
            expected[key] = value;
        }
        if (i % 20000 == 0) REQUIRE(contents(map) == expected);
    }
    REQUIRE(map.size() == expected.size());
    REQUIRE(contents(map) == expected);
    for (const auto& [key, value] : expected) map.erase(key);
    CHECK(map.size() == 0);
    CHECK(contents(map).empty());
    map.erase(12345); // absent: nothing happens
    CHECK(map.size() == 0);
}

} // namespace memviz::trace::test
