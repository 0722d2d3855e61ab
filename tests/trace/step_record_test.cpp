// Step records: what is written is read back, in order, and unchanged ranges cost nothing.
#include "trace/history_log.h"
#include "trace/step_record.h"

#include <catch2/catch.hpp>

#include <cstring>

namespace memviz::trace::test {

TEST_CASE("step records round-trip memory, frame, heap and bounds ops", "[trace]") {
    StepRecordWriter writer;
    writer.clear();
    std::uint8_t oldBytes[4] = {1, 2, 3, 4}, newBytes[4] = {1, 2, 9, 4};
    std::uint8_t oldShadow[4] = {0x84, 0x84, 0x04, 0x04}, newShadow[4] = {0x84, 0x84, 0x84, 0x84};
    writer.memory(0x7fffffffe000, 4, oldBytes, oldShadow, newBytes, newShadow);
    writer.memory(0x405010, 4, oldBytes, oldShadow, oldBytes, oldShadow); // nothing changed: no op
    writer.push(7);
    writer.heap(3);
    writer.bounds(memory::SegmentKind::Heap, 0x405000, 0x406000, 0x405000, 0x408000);
    writer.pop(7);

    HistoryLog log;
    std::uint64_t offset = log.append(writer.bytes());
    StepRecordReader reader(log.record(offset));
    RecordOp op;
    REQUIRE(reader.next(op));
    CHECK(op.tag == OpTag::Memory);
    CHECK(op.address == 0x7fffffffe000);
    CHECK(op.size == 4);
    CHECK(std::memcmp(op.oldBytes, oldBytes, 4) == 0);
    CHECK(std::memcmp(op.newBytes, newBytes, 4) == 0);
    std::uint8_t shadow[4] = {};
    expandRuns(op.oldShadowRuns, shadow, 4);
    CHECK(std::memcmp(shadow, oldShadow, 4) == 0);
    expandRuns(op.newShadowRuns, shadow, 4);
    CHECK(std::memcmp(shadow, newShadow, 4) == 0);
    REQUIRE(reader.next(op));
    CHECK((op.tag == OpTag::Push && op.id == 7));
    REQUIRE(reader.next(op));
    CHECK((op.tag == OpTag::Heap && op.id == 3));
    REQUIRE(reader.next(op));
    CHECK(op.tag == OpTag::Bounds);
    CHECK(op.segment == memory::SegmentKind::Heap);
    CHECK(op.oldEnd == 0x406000);
    CHECK(op.newEnd == 0x408000);
    REQUIRE(reader.next(op));
    CHECK((op.tag == OpTag::Pop && op.id == 7));
    CHECK_FALSE(reader.next(op));
    CHECK(log.record(HistoryLog::kNone).empty());
}

TEST_CASE("varints and zigzag round-trip the extremes", "[trace]") {
    std::vector<std::uint8_t> out;
    const std::uint64_t values[] = {0, 1, 127, 128, 16383, 16384, ~std::uint64_t{0}};
    for (std::uint64_t v : values) putVarint(out, v);
    const std::uint8_t* at = out.data();
    for (std::uint64_t v : values) CHECK(getVarint(at) == v);
    for (std::int64_t v : {std::int64_t{0}, std::int64_t{-1}, std::int64_t{1}, INT64_MIN, INT64_MAX})
        CHECK(unzigzag(zigzag(v)) == v);
}

} // namespace memviz::trace::test
