// HeapOpTable: every op reads back exactly as appended (whatever its values), in any order and through the
// reader, and the cost so far at any step is the sum over the ops of earlier steps.
#include "trace/heap_op_table.h"

#include <catch2/catch.hpp>

#include <limits>
#include <random>
#include <vector>

namespace memviz::trace::test {

namespace {
// Mostly heap_churn-like ops, with now and then extreme or odd values every field must survive.
std::vector<HeapOpRecord> randomOps(std::size_t count, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    auto pick = [&](std::uint64_t n) { return std::uniform_int_distribution<std::uint64_t>(0, n - 1)(random); };
    auto odd = [&]() -> std::uint64_t {
        switch (pick(4)) {
        case 0: return 0;
        case 1: return std::numeric_limits<std::uint64_t>::max() - pick(3);
        case 2: return std::uint64_t{1} << pick(64);
        default: return random();
        }
    };
    std::vector<HeapOpRecord> ops;
    std::uint64_t step = pick(3), nextId = 1;
    for (std::size_t i = 0; i < count; ++i) {
        HeapOpRecord op;
        step += pick(5) == 0 ? 0 : pick(40); // several ops in one step now and then
        op.step = step;
        op.kind = static_cast<engine::HeapEventKind>(pick(3));
        op.reportKind = static_cast<alloc::OpKind>(pick(4));
        op.failed = pick(10) == 0;
        op.inPlace = pick(4) == 0;
        bool oddOne = pick(8) == 0;
        switch (pick(4)) {
        case 0: op.blockId = nextId++; break;                                  // malloc
        case 1: op.oldBlockId = 1 + pick(nextId); break;                       // free
        case 2: op.blockId = op.oldBlockId = 1 + pick(nextId); break;          // realloc in place
        default: op.oldBlockId = 1 + pick(nextId), op.blockId = nextId++; break; // realloc that moved
        }
        if (oddOne) op.blockId = odd(), op.oldBlockId = odd();
        op.payload = op.blockId != 0 ? 0x405010 + 16 * pick(1 << 20) : 0;
        op.oldPayload = op.blockId == op.oldBlockId ? op.payload : op.oldBlockId != 0 ? 0x405010 + 16 * pick(1 << 20) : 0;
        op.requested = pick(600);
        op.blockSize = op.requested + 16 + pick(16);
        op.examined = pick(50);
        op.splits = static_cast<std::uint32_t>(pick(2));
        op.coalesces = static_cast<std::uint32_t>(pick(3));
        op.headerWrites = static_cast<std::uint32_t>(pick(8));
        op.grownBy = pick(20) == 0 ? 4096 * pick(100) : 0;
        op.remainderSize = pick(2) == 0 ? 16 * pick(1000) : 0;
        op.mergedSize = pick(3) == 0 ? 16 * pick(1000) : 0;
        if (oddOne) {
            op.payload = odd(); // unaligned, huge, zero: all must round-trip
            op.oldPayload = pick(2) == 0 ? op.payload : odd();
            op.requested = odd();
            op.blockSize = odd();
            op.examined = odd();
            op.grownBy = odd();
            op.remainderSize = odd();
            op.mergedSize = odd();
            op.splits = static_cast<std::uint32_t>(odd());
            op.coalesces = static_cast<std::uint32_t>(odd());
            op.headerWrites = static_cast<std::uint32_t>(odd());
        }
        ops.push_back(op);
    }
    return ops;
}
} // namespace

TEST_CASE("heap op table: every op reads back as appended", "[trace]") {
    std::vector<HeapOpRecord> ops = randomOps(5000, 7);
    HeapOpTable table;
    for (std::size_t i = 0; i < ops.size(); ++i) {
        table.append(ops[i]);
        REQUIRE(table.at(i) == ops[i]); // the open group reads back too
    }
    REQUIRE(table.size() == ops.size());
    for (std::size_t i = 0; i < ops.size(); ++i) REQUIRE(table.at(i) == ops[i]);
    CHECK(table.at(ops.size()) == HeapOpRecord{});

    HeapOpReader reader(table);
    for (std::size_t i = 0; i < ops.size(); ++i) REQUIRE(reader[i] == ops[i]);
    for (std::size_t i = ops.size(); i-- > 0;) REQUIRE(reader[i] == ops[i]);
    std::mt19937_64 random(11);
    for (int k = 0; k < 2000; ++k) {
        std::size_t i = random() % ops.size();
        REQUIRE(reader[i] == ops[i]);
    }
    CHECK(reader[ops.size() + 5] == HeapOpRecord{});
    CHECK(table.bytesHeld() < ops.size() * sizeof(HeapOpRecord));
}

TEST_CASE("heap op table: the cost so far at a step sums the ops of earlier steps", "[trace]") {
    std::vector<HeapOpRecord> ops = randomOps(3000, 21);
    HeapOpTable table;
    for (const HeapOpRecord& op : ops) table.append(op);
    CHECK(table.costBefore(0).operations == 0);
    CHECK(table.costBefore(ops.front().step).operations == 0);
    std::uint64_t last = ops.back().step;
    for (std::uint64_t step = 0; step <= last + 2; step += 1 + step % 7) {
        HeapCost expected;
        for (const HeapOpRecord& op : ops)
            if (op.step < step) expected.add(op);
        HeapCost cost = table.costBefore(step);
        REQUIRE(cost.operations == expected.operations);
        REQUIRE(cost.examined == expected.examined);
        REQUIRE(cost.splits == expected.splits);
        REQUIRE(cost.coalesces == expected.coalesces);
        REQUIRE(cost.headerWrites == expected.headerWrites);
        REQUIRE(cost.growth == expected.growth);
    }
    CHECK(HeapOpTable{}.costBefore(100).operations == 0);
}

} // namespace memviz::trace::test
