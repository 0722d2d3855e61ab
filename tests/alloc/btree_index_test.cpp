// BTreeIndex against a brute-force std::map model, every query after every change: random workloads over
// several address and size distributions, next fit's search-split-search pattern, growth past 100k blocks and
// back to empty, and edge cases. (Past a scan budget, in big trees, the model asks the treap-based AddressIndex.)
#include "alloc/btree_index.h"

#include "alloc/address_index.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <iterator>
#include <map>
#include <random>
#include <set>
#include <vector>

using namespace memviz::alloc;

namespace {

constexpr std::uint64_t kUnset = ~std::uint64_t{0};

// The model: blocks by address, scanned as a list walk would. Past a scan budget (kept small while the index
// holds 100k blocks) the answer and its rank come from the treap-based AddressIndex, checked on its own elsewhere.
struct Model {
    std::map<std::uint64_t, std::uint64_t> blocks;
    std::multiset<std::uint64_t> sizes;
    AddressIndex reference;

    void insert(std::uint64_t address, std::uint64_t size) {
        blocks[address] = size;
        sizes.insert(size);
        reference.insert(address, size);
    }
    void erase(std::uint64_t address) {
        sizes.erase(sizes.find(blocks.at(address)));
        blocks.erase(address);
        reference.erase(address);
    }
    void update(std::uint64_t oldAddress, std::uint64_t newAddress, std::uint64_t size) {
        sizes.erase(sizes.find(blocks.at(oldAddress)));
        sizes.insert(size);
        blocks.erase(oldAddress);
        blocks[newAddress] = size;
        reference.update(oldAddress, newAddress, size);
    }
    std::uint64_t largest() const { return sizes.empty() ? 0 : *sizes.rbegin(); }
    std::uint64_t rankOf(std::uint64_t address) const {
        return static_cast<std::uint64_t>(std::distance(blocks.begin(), blocks.lower_bound(address)));
    }
    struct Fit {
        std::uint64_t address = 0, size = 0, steps = 0;  // steps: blocks passed from lower_bound(from)
    };
    // First fit at or after `from`: at most `limit` blocks of scanning, then the reference's answer.
    Fit firstFitFrom(std::uint64_t from, std::uint64_t size, std::uint64_t limit) const {
        Fit fit;
        if (size > largest() || blocks.empty()) return fit;
        for (auto it = blocks.lower_bound(from); it != blocks.end(); ++it, ++fit.steps) {
            if (fit.steps == limit) break;
            if (it->second >= size) {
                fit.address = it->first;
                fit.size = it->second;
                return fit;
            }
        }
        if (fit.steps < limit) return fit;  // scanned to the end: nothing fits
        std::uint64_t rank = 0;
        std::uint64_t fromRank = 0;
        FreeBlockRef found = reference.firstFitFrom(from, size, &rank, &fromRank);
        return {found.address, found.size, rank - fromRank};
    }
};

// Addresses and sizes for one workload; kinds pick the distributions.
struct Workload {
    std::mt19937_64 rng;
    int addressKind = 0;
    int sizeKind = 0;
    std::uint64_t frontier = 0x1000;

    std::uint64_t address() {
        switch (addressKind) {
        case 0: return 16 * (1 + rng() % 6000);  // dense: addresses collide often
        case 1: return 16 * (1 + rng() % (std::uint64_t{1} << 43));  // sparse, up to 47 bits
        default:  // heap-like: ascending runs from a frontier that sometimes jumps
            if (rng() % 16 == 0) frontier = 16 * (1 + rng() % 400000);
            frontier += 16 * (1 + rng() % 64);
            return frontier;
        }
    }
    std::uint64_t size() {
        switch (sizeKind) {
        case 0: return 32 + 16 * (rng() % 256);
        case 1: return std::uint64_t{16} << (rng() % 14);
        case 2: return 64;  // all equal: ties everywhere
        default: return 32 + 16 * (rng() % 4);
        }
    }
    std::uint64_t below(std::uint64_t bound) { return bound == 0 ? 0 : rng() % bound; }
};

void checkFirstFit(const BTreeIndex& index, const Model& model, std::uint64_t size, std::uint64_t limit) {
    Model::Fit expected = model.firstFitFrom(0, size, limit);
    std::uint64_t rank = kUnset;
    FreeBlockRef found = index.firstFit(size, &rank);
    REQUIRE(found.address == expected.address);
    REQUIRE(found.size == expected.size);
    REQUIRE(rank == (found ? expected.steps : kUnset));
}

void checkFirstFitFrom(const BTreeIndex& index, const Model& model, std::uint64_t from, std::uint64_t size,
                       std::uint64_t limit, bool full) {
    Model::Fit expected = model.firstFitFrom(from, size, limit);
    std::uint64_t rank = kUnset;
    std::uint64_t fromRank = kUnset;
    FreeBlockRef found = index.firstFitFrom(from, size, &rank, &fromRank);
    if (full) REQUIRE(fromRank == model.rankOf(from));
    REQUIRE(found.address == expected.address);
    REQUIRE(found.size == expected.size);
    if (found) REQUIRE(rank - fromRank == expected.steps);
    else REQUIRE(rank == kUnset);
}

// Every query against the model. `full` adds the O(n) model answers: ranks, the whole order, unlimited scans.
void checkAll(const BTreeIndex& index, const Model& model, Workload& work, bool full) {
    std::uint64_t limit = full ? kUnset : 16;
    REQUIRE(index.count() == model.blocks.size());
    REQUIRE(index.largest() == model.largest());
    std::uint64_t some = model.blocks.empty() ? work.address() : model.blocks.begin()->first;
    if (!model.blocks.empty()) {
        auto it = model.blocks.lower_bound(work.address());
        if (it != model.blocks.end()) some = it->first;
    }
    for (std::uint64_t size : {std::uint64_t{0}, std::uint64_t{1}, work.size(), model.largest(), model.largest() + 1})
        checkFirstFit(index, model, size, limit);
    for (std::uint64_t from : {work.address(), some, some + 1, std::uint64_t{0}, kUnset})
        checkFirstFitFrom(index, model, from, work.size(), limit, full);

    std::uint64_t rank = kUnset;
    FreeBlockRef worst = index.largestLowest(&rank);
    FreeBlockRef lowest = index.lowest();
    if (model.blocks.empty()) {
        REQUIRE(!worst);
        REQUIRE(rank == kUnset);
        REQUIRE(!lowest);
    } else {
        Model::Fit expected = model.firstFitFrom(0, model.largest(), limit);
        REQUIRE(worst.address == expected.address);
        REQUIRE(worst.size == model.largest());
        REQUIRE(rank == expected.steps);
        REQUIRE(lowest.address == model.blocks.begin()->first);
        REQUIRE(lowest.size == model.blocks.begin()->second);
    }
    for (std::uint64_t address : {some, some + 1, work.address()}) {
        auto it = model.blocks.find(address);
        REQUIRE(index.contains(address) == (it != model.blocks.end()));
        REQUIRE(index.sizeOf(address) == (it != model.blocks.end() ? it->second : 0));
        if (full) REQUIRE(index.rankOf(address) == model.rankOf(address));
    }
    if (full) {
        std::vector<std::pair<std::uint64_t, std::uint64_t>> seen;
        index.forEach([&](FreeBlockRef block) { seen.emplace_back(block.address, block.size); });
        REQUIRE(seen == std::vector<std::pair<std::uint64_t, std::uint64_t>>(model.blocks.begin(), model.blocks.end()));
    }
}

// A new address for the block at `it`, strictly between its neighbours, or its own.
std::uint64_t moveWithinGap(const Model& model, std::map<std::uint64_t, std::uint64_t>::const_iterator it,
                            Workload& work) {
    std::uint64_t low = it == model.blocks.begin() ? 0 : std::prev(it)->first;
    auto next = std::next(it);
    std::uint64_t high = next == model.blocks.end() ? it->first + 4096 : next->first;
    std::uint64_t address = low + 1 + work.below(high - low - 1);
    return address == 0 ? it->first : address;
}

// Takes (erases, or shrinks from the front, as an allocator's split does) a block that a search found.
void take(BTreeIndex& index, Model& model, Workload& work, FreeBlockRef found) {
    auto it = model.blocks.find(found.address);
    REQUIRE(it != model.blocks.end());
    std::uint64_t need = 1 + work.below(found.size + found.size / 4);
    auto next = std::next(it);
    std::uint64_t rest = found.address + need;
    if (work.rng() % 8 == 0) {  // something else happens in between: the remembered path may go stale
        std::uint64_t other = work.address();
        if (!model.blocks.count(other) && (other < found.address || other > rest)) {
            index.insert(other, work.size());
            model.insert(other, index.sizeOf(other));
        } else {
            (void)index.rankOf(other);
        }
    }
    if (need >= found.size || (next != model.blocks.end() && rest >= next->first)) {
        REQUIRE(index.erase(found.address));
        model.erase(found.address);
    } else {
        REQUIRE(index.update(found.address, rest, found.size - need));
        model.update(found.address, rest, found.size - need);
    }
}

// One random step: inserts, erases (present or not), searches followed by a take, moves within a gap.
void randomStep(BTreeIndex& index, Model& model, Workload& work, int insertPercent) {
    int choice = static_cast<int>(work.rng() % 100);
    std::uint64_t address = work.address();
    auto near = model.blocks.lower_bound(address);
    if (near == model.blocks.end() && !model.blocks.empty()) near = model.blocks.begin();
    if (choice < insertPercent || model.blocks.empty()) {
        if (model.blocks.count(address)) return;
        std::uint64_t size = work.size();
        index.insert(address, size);
        model.insert(address, size);
        return;
    }
    choice = static_cast<int>(work.rng() % 100);
    if (choice < 35) {
        REQUIRE(index.erase(near->first));
        model.erase(near->first);
    } else if (choice < 42) {
        REQUIRE(index.erase(address) == (model.blocks.count(address) == 1));
        if (model.blocks.count(address)) model.erase(address);
        REQUIRE(!index.update(address, address, 1));
    } else if (choice < 62) {
        FreeBlockRef found = index.firstFit(work.size());
        if (found) take(index, model, work, found);
    } else if (choice < 77) {
        FreeBlockRef found = index.firstFitFrom(work.address(), work.size());
        if (found) take(index, model, work, found);
    } else if (choice < 82) {
        FreeBlockRef found = work.rng() % 2 ? index.largestLowest() : index.lowest();
        take(index, model, work, found);
    } else {  // coalescing: a block grows or moves within its gap
        std::uint64_t moved = moveWithinGap(model, near, work);
        std::uint64_t size = work.size();
        std::uint64_t old = near->first;
        REQUIRE(index.update(old, moved, size));
        model.update(old, moved, size);
    }
}

// n blocks 100 bytes apart from 1000, of sizes spread over 32..531, in both the index and the model.
void fillSpaced(BTreeIndex& index, Model& model, std::uint64_t n) {
    for (std::uint64_t i = 0; i < n; ++i) {
        index.insert(1000 + 100 * i, 32 + (i * 37) % 500);
        model.insert(1000 + 100 * i, 32 + (i * 37) % 500);
    }
}

} // namespace

TEST_CASE("btree index: random workloads answer like a std::map model") {
    for (int addressKind = 0; addressKind < 3; ++addressKind) {
        for (int sizeKind = 0; sizeKind < 4; ++sizeKind) {
            Workload work{std::mt19937_64(1000 + 10 * addressKind + sizeKind), addressKind, sizeKind};
            INFO("address kind " << addressKind << ", size kind " << sizeKind);
            BTreeIndex index;
            Model model;
            for (int step = 0; step < 20000; ++step) {
                int insertPercent = (step / 4000) % 2 == 0 ? 65 : 25;  // grow, then shrink, in waves
                randomStep(index, model, work, insertPercent);
                checkAll(index, model, work, model.blocks.size() <= 1000 || step % 250 == 0);
            }
        }
    }
}

TEST_CASE("btree index: grows past 100k blocks and shrinks back to empty") {
    for (int addressKind : {1, 2}) {
        Workload work{std::mt19937_64(77 + addressKind), addressKind, 1};
        INFO("address kind " << addressKind);
        BTreeIndex index;
        Model model;
        int step = 0;
        while (model.blocks.size() < 102400) {
            randomStep(index, model, work, 90);
            checkAll(index, model, work, ++step % 10000 == 0);
        }
        while (!model.blocks.empty()) {
            randomStep(index, model, work, 4);
            checkAll(index, model, work, ++step % 10000 == 0 || model.blocks.size() < 600);
        }
        checkAll(index, model, work, true);
        index.insert(64, 32);  // usable again after emptying
        model.insert(64, 32);
        checkAll(index, model, work, true);
    }
}

TEST_CASE("btree index: next fit resumes where the last search left off") {
    // As NextFitAllocator uses it: search from a rover, split or take the block, move the rover past it; frees
    // in between change the index, so the remembered path is sometimes reused and sometimes stale.
    Workload work{std::mt19937_64(99), 2, 0};
    BTreeIndex index;
    Model model;
    std::uint64_t end = 0x1000;
    auto addAtEnd = [&] {
        std::uint64_t size = 32 + 16 * work.below(64);
        index.insert(end, size);
        model.insert(end, size);
        end += size + 16 * (1 + work.below(16));  // an allocated block after each free one
    };
    for (int i = 0; i < 3000; ++i) addAtEnd();
    std::uint64_t rover = 0;
    for (int step = 0; step < 40000; ++step) {
        if (work.rng() % 3 == 0 || model.blocks.empty()) {  // a free: new block at the end, or one merges away
            if (work.rng() % 2 == 0 || model.blocks.empty()) {
                addAtEnd();
            } else {
                auto it = model.blocks.lower_bound(work.below(end));
                if (it == model.blocks.end()) it = model.blocks.begin();
                std::uint64_t address = it->first;
                REQUIRE(index.erase(address));
                model.erase(address);
            }
            continue;
        }
        std::uint64_t need = 32 + 16 * work.below(24);
        checkFirstFitFrom(index, model, rover, need, kUnset, true);
        std::uint64_t rank = 0;
        std::uint64_t start = 0;
        FreeBlockRef found = index.firstFitFrom(rover, need, &rank, &start);
        if (!found) found = index.firstFit(need, &rank);
        if (!found) {
            addAtEnd();
            continue;
        }
        if (found.size - need >= 32) {
            REQUIRE(index.update(found.address, found.address + need, found.size - need));
            model.update(found.address, found.address + need, found.size - need);
            rover = found.address + need;
        } else {
            REQUIRE(index.erase(found.address));
            model.erase(found.address);
            rover = found.address + found.size;
        }
        if (step % 64 == 0) checkAll(index, model, work, true);
    }
}

TEST_CASE("btree index: empty") {
    BTreeIndex index;
    std::uint64_t rank = kUnset;
    std::uint64_t fromRank = kUnset;
    REQUIRE(index.count() == 0);
    REQUIRE(index.largest() == 0);
    REQUIRE(!index.firstFit(0, &rank));
    REQUIRE(!index.firstFitFrom(0, 0, &rank, &fromRank));
    REQUIRE(rank == kUnset);
    REQUIRE(fromRank == 0);
    REQUIRE(!index.largestLowest(&rank));
    REQUIRE(!index.lowest());
    REQUIRE(index.rankOf(1234) == 0);
    REQUIRE(index.sizeOf(1234) == 0);
    REQUIRE(!index.contains(1234));
    REQUIRE(!index.erase(1234));
    REQUIRE(!index.update(1234, 1234, 5));
    int visits = 0;
    index.forEach([&](FreeBlockRef) { ++visits; });
    REQUIRE(visits == 0);
}

TEST_CASE("btree index: single block") {
    BTreeIndex index;
    index.insert(0x1000, 64);
    std::uint64_t rank = kUnset;
    std::uint64_t fromRank = kUnset;
    REQUIRE(index.firstFit(64, &rank).address == 0x1000);
    REQUIRE(rank == 0);
    REQUIRE(!index.firstFit(65));
    REQUIRE(index.firstFitFrom(0x1000, 1, &rank, &fromRank).address == 0x1000);
    REQUIRE(fromRank == 0);
    REQUIRE(!index.firstFitFrom(0x1001, 1, &rank, &fromRank));
    REQUIRE(fromRank == 1);
    REQUIRE(index.firstFit(1).address == 0x1000);
    REQUIRE(index.update(0x1000, 0x1040, 16));  // after a search: the remembered path
    REQUIRE(index.sizeOf(0x1040) == 16);
    REQUIRE(index.largest() == 16);
    REQUIRE(index.update(0x1040, 0x1020, 48));  // without one
    REQUIRE(index.largestLowest().address == 0x1020);
    REQUIRE(index.erase(0x1020));
    REQUIRE(index.count() == 0);
    REQUIRE(index.largest() == 0);
    REQUIRE(!index.lowest());
    index.insert(0x2000, 32);
    REQUIRE(index.lowest().address == 0x2000);
}

TEST_CASE("btree index: updates and erases at every position, leaf edges included") {
    Workload work{std::mt19937_64(5), 0, 0};
    for (std::uint64_t n : {31u, 32u, 33u, 100u, 1100u}) {
        BTreeIndex index;
        Model model;
        fillSpaced(index, model, n);
        checkAll(index, model, work, true);
        for (std::uint64_t i = 0; i < n; ++i) {  // down, up, grow, shrink: minima and maxima move
            std::uint64_t key = 1000 + 100 * i;
            REQUIRE(index.update(key, key - 40, 4000 + i));
            model.update(key, key - 40, 4000 + i);
            checkAll(index, model, work, true);
            REQUIRE(index.update(key - 40, key + 40, 16));
            model.update(key - 40, key + 40, 16);
            checkAll(index, model, work, true);
            REQUIRE(index.update(key + 40, key, 32 + (i * 37) % 500));
            model.update(key + 40, key, 32 + (i * 37) % 500);
        }
        checkAll(index, model, work, true);
        bool fromFront = true;
        while (!model.blocks.empty()) {  // erase the first and the last block in turn
            std::uint64_t key = fromFront ? index.lowest().address : model.blocks.rbegin()->first;
            REQUIRE(index.erase(key));
            model.erase(key);
            fromFront = !fromFront;
            checkAll(index, model, work, true);
        }
    }
}

TEST_CASE("btree index: ties go to the lowest address") {
    BTreeIndex index;
    for (std::uint64_t i = 1; i <= 5000; ++i) index.insert(i * 64, i % 7 == 0 ? 512 : 64);
    std::uint64_t rank = 0;
    REQUIRE(index.largestLowest(&rank).address == 7 * 64);
    REQUIRE(rank == 6);
    REQUIRE(index.firstFitFrom(8 * 64, 100, &rank).address == 14 * 64);
    REQUIRE(rank == 13);
    REQUIRE(index.firstFit(0).address == 64);
    REQUIRE(index.rankOf(5001 * 64) == 5000);
}

TEST_CASE("btree index: inserts where the last search or erase left off, without a descent") {
    Workload work{std::mt19937_64(9), 0, 0};
    for (std::uint64_t n : {31u, 32u, 33u, 100u, 1100u}) {
        BTreeIndex index;
        Model model;
        fillSpaced(index, model, n);
        for (std::uint64_t i = 0; i < n; ++i) {
            bool check = n < 1000 || i % 37 == 0;
            std::uint64_t key = 1000 + 100 * i;
            std::uint64_t size = 32 + (i * 37) % 500;
            REQUIRE(index.erase(key));  // taken and freed again at once, as malloc then free
            model.erase(key);
            index.insert(key, size);
            model.insert(key, size);
            if (check) checkAll(index, model, work, true);
            REQUIRE(index.sizeOf(key) == size);
            index.insert(key - 40, 16);  // the insert left the path on `key`: just below it
            model.insert(key - 40, 16);
            if (check) checkAll(index, model, work, true);
            REQUIRE(index.erase(key - 40));
            model.erase(key - 40);
        }
        for (std::uint64_t i = 1; i <= 40; ++i) {  // below the lowest block, again and again
            std::uint64_t lowest = index.lowest().address;
            REQUIRE(index.erase(lowest));
            model.erase(lowest);
            index.insert(lowest, 4000 + i);
            model.insert(lowest, 4000 + i);
            index.insert(lowest - 16, 16);
            model.insert(lowest - 16, 16);
            checkAll(index, model, work, n < 1000);
        }
        checkAll(index, model, work, true);
    }
}
