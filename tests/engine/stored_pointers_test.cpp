// StoredPointers: the provenance table of stored pointers, checked against a plain map under random puts,
// erases and overwrites (growth, backward-shift deletion), and the provenances too wide for a packed entry.
#include "engine/stored_pointers.h"

#include <catch2/catch.hpp>

#include <map>
#include <random>

using memviz::engine::Provenance;
using memviz::engine::StoredPointers;

namespace {

struct Stored {
    std::uint64_t bits;
    Provenance prov;
};

void requireSame(const StoredPointers& table, const std::map<std::uint64_t, Stored>& reference, std::uint64_t address) {
    auto it = reference.find(address);
    Provenance found;
    if (it == reference.end()) {
        REQUIRE_FALSE(table.find(address, 0x1234, found));
        return;
    }
    REQUIRE(table.find(address, it->second.bits, found));
    REQUIRE(found.base == it->second.prov.base);
    REQUIRE(found.size == it->second.prov.size);
    REQUIRE_FALSE(table.find(address, it->second.bits + 1, found)); // other bits there since: no provenance
}

} // namespace

TEST_CASE("stored pointers: put, find, overwrite, erase") {
    StoredPointers table;
    Provenance found;
    REQUIRE_FALSE(table.find(0x1000, 0x2000, found));
    table.put(0x1000, 0x2010, {0x2000, 48});
    REQUIRE(table.find(0x1000, 0x2010, found));
    REQUIRE(found.base == 0x2000);
    REQUIRE(found.size == 48);
    REQUIRE_FALSE(table.find(0x1000, 0x2018, found));
    table.put(0x1000, 0x1ff0, {0x2000, 48}); // a pointer before its object: a negative distance
    REQUIRE(table.find(0x1000, 0x1ff0, found));
    REQUIRE(found.base == 0x2000);
    table.erase(0x1000);
    REQUIRE_FALSE(table.find(0x1000, 0x1ff0, found));
    table.put(0, 0x2000, {0x2000, 8}); // address 0 is never stored to
    REQUIRE_FALSE(table.find(0, 0x2000, found));
}

TEST_CASE("stored pointers: provenances too wide for a packed entry are kept whole") {
    StoredPointers table;
    Provenance found;
    const std::uint64_t huge = 6ull << 30; // a 6 GiB object
    table.put(0x1000, 0x10000000, {0x10000000, huge});
    table.put(0x1008, 0x10000000 + (3ull << 30), {0x10000000, 64}); // 3 GiB past its 64-byte object
    table.put(0x1010, 0x20000000, {0x20000000 + (5ull << 30), 16}); // 5 GiB before it
    REQUIRE(table.find(0x1000, 0x10000000, found));
    REQUIRE(found.size == huge);
    REQUIRE(table.find(0x1008, 0x10000000 + (3ull << 30), found));
    REQUIRE(found.base == 0x10000000);
    REQUIRE(found.size == 64);
    REQUIRE(table.find(0x1010, 0x20000000, found));
    REQUIRE(found.base == 0x20000000 + (5ull << 30));
    // A narrow provenance stored over a wide one replaces it, and the other way round.
    table.put(0x1000, 0x3000, {0x3000, 8});
    REQUIRE(table.find(0x1000, 0x3000, found));
    REQUIRE(found.size == 8);
    REQUIRE_FALSE(table.find(0x1000, 0x10000000, found));
    table.put(0x1000, 0x10000000, {0x10000000, huge});
    REQUIRE(table.find(0x1000, 0x10000000, found));
    REQUIRE(found.size == huge);
    REQUIRE_FALSE(table.find(0x1000, 0x3000, found));
    table.erase(0x1008);
    REQUIRE_FALSE(table.find(0x1008, 0x10000000 + (3ull << 30), found));
}

TEST_CASE("stored pointers: random puts and erases agree with a map") {
    std::mt19937_64 random(20261124);
    StoredPointers table;
    std::map<std::uint64_t, Stored> reference;
    // Addresses from a few clustered ranges (stack, heap, globals), 8-aligned and not, so probe runs collide.
    auto address = [&]() -> std::uint64_t {
        std::uint64_t bases[] = {0x404000, 0x4052a0, 0x7ffffff000};
        return bases[random() % 3] + (random() % 6000) * ((random() % 4 == 0) ? 1 : 8);
    };
    for (int round = 0; round < 200000; ++round) {
        std::uint64_t a = address();
        switch (random() % 5) {
        case 0:
        case 1:
        case 2: {
            std::uint64_t base = 0x4052a0 + (random() % 100000) * 16;
            std::uint64_t size = 1 + random() % 4096;
            Provenance prov{base, random() % 50 == 0 ? (5ull << 30) : size};
            std::uint64_t bits = base + random() % (size + 16);
            table.put(a, bits, prov);
            reference[a] = {bits, prov};
            break;
        }
        case 3:
            table.erase(a);
            reference.erase(a);
            break;
        default: requireSame(table, reference, a); break;
        }
        if (round % 20000 == 0)
            for (const auto& [stored, entry] : reference) requireSame(table, reference, stored);
    }
    for (const auto& [stored, entry] : reference) requireSame(table, reference, stored);
}
