// Step records: what is written is read back, in order, unchanged ranges cost nothing, and a memory op's XOR
// redoes and undoes its change.
#include "trace/history_log.h"
#include "trace/history_store.h"
#include "trace/step_record.h"

#include <catch2/catch.hpp>

#include <cstring>
#include <random>

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
    // Only the changed parts are kept: byte 2, shadow bytes 2..3.
    CHECK(op.bytesAt == 0x7fffffffe002);
    REQUIRE(op.bytesSize == 1);
    REQUIRE(op.bytesXor != nullptr);
    CHECK(op.bytesXor[0] == (3 ^ 9));
    CHECK(op.shadowAt == 0x7fffffffe002);
    REQUIRE(op.shadowSize == 2);
    std::uint8_t shadow[2] = {oldShadow[2], oldShadow[3]};
    xorRuns(op.shadowXorRuns, shadow, 2);
    CHECK(std::memcmp(shadow, newShadow + 2, 2) == 0);
    xorRuns(op.shadowXorRuns, shadow, 2);
    CHECK(std::memcmp(shadow, oldShadow + 2, 2) == 0);
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

namespace {
// Applies (to the bytes before) or undoes (to the bytes after) the memory op's changes to a copy of the range's
// bytes and shadow: the same XOR both ways.
void applyOp(const RecordOp& op, std::vector<std::uint8_t>& bytes, std::vector<std::uint8_t>& shadow) {
    std::uint8_t* at = bytes.data() + (op.bytesAt - op.address);
    if (op.bytesXor != nullptr) xorBytes(at, at, op.bytesXor, op.bytesSize);
    else if (op.bytesXorRuns != nullptr) xorRuns(op.bytesXorRuns, at, op.bytesSize);
    if (op.shadowXorRuns != nullptr) xorRuns(op.shadowXorRuns, shadow.data() + (op.shadowAt - op.address), op.shadowSize);
}
} // namespace

TEST_CASE("memory ops keep exactly the changed spans, raw or run-coded, for random changes", "[trace]") {
    std::mt19937 random(7);
    HistoryLog log;
    StepRecordWriter writer;
    for (int round = 0; round < 800; ++round) { // a quarter up to 8 bytes (words), a quarter long spans
        std::size_t size = 1 + random() % (round % 4 == 0 ? 3000 : round % 4 == 1 ? 8 : 40);
        std::vector<std::uint8_t> oldBytes(size), newBytes, oldShadow(size), newShadow;
        for (auto& b : oldBytes) b = static_cast<std::uint8_t>(random() % 3);
        for (auto& b : oldShadow) b = static_cast<std::uint8_t>(0x80 | random() % 2);
        newBytes = oldBytes;
        newShadow = oldShadow;
        // A few changes: single bytes, a memset-like stretch, a random stretch, a shadow repaint.
        int changes = static_cast<int>(random() % 4);
        for (int c = 0; c < changes; ++c) {
            std::size_t from = random() % size, length = 1 + random() % (size - from);
            switch (random() % 4) {
            case 0: newBytes[from] = static_cast<std::uint8_t>(random()); break;
            case 1: std::memset(newBytes.data() + from, static_cast<int>(random() % 256), length); break;
            case 2: for (std::size_t i = from; i < from + length; ++i) newBytes[i] = static_cast<std::uint8_t>(random()); break;
            default: std::memset(newShadow.data() + from, 0x05, length); break;
            }
        }
        writer.clear();
        core::Address address = 0x405000 + random() % 4096;
        writer.memory(address, size, oldBytes.data(), oldShadow.data(), newBytes.data(), newShadow.data());
        if (oldBytes == newBytes && oldShadow == newShadow) {
            CHECK(writer.empty());
            continue;
        }
        std::uint64_t offset = log.append(writer.bytes());
        StepRecordReader reader(log.record(offset));
        RecordOp op;
        REQUIRE(reader.next(op));
        CHECK(op.address == address);
        CHECK(op.size == size);
        CHECK_FALSE(reader.next(op)); // one op, and the reader ends exactly at the record's end
        StepRecordReader again(log.record(offset));
        again.next(op);
        std::vector<std::uint8_t> bytes = oldBytes, shadow = oldShadow;
        applyOp(op, bytes, shadow);
        CHECK(bytes == newBytes);
        CHECK(shadow == newShadow);
        applyOp(op, bytes, shadow);
        CHECK(bytes == oldBytes);
        CHECK(shadow == oldShadow);
        // Nothing outside the changed span is stored.
        if (op.bytesXor != nullptr) CHECK(writer.bytes().size() < 32 + op.bytesSize + 4 * op.shadowSize);
    }
}

TEST_CASE("a memset over memset or zeroed memory is a run of its XOR", "[trace]") {
    std::vector<std::uint8_t> oldBytes(1000, 0x11), newBytes(1000, 0x22), shadow(1000, 0x84);
    std::memset(oldBytes.data() + 500, 0, 500);
    StepRecordWriter writer;
    writer.clear();
    writer.memory(0x405000, 1000, oldBytes.data(), shadow.data(), newBytes.data(), shadow.data());
    CHECK(writer.bytes().size() <= 24);
    HistoryLog log;
    StepRecordReader reader(log.record(log.append(writer.bytes())));
    RecordOp op;
    REQUIRE(reader.next(op));
    CHECK(op.bytesXor == nullptr);
    REQUIRE(op.bytesXorRuns != nullptr);
    CHECK(op.shadowXorRuns == nullptr);
    std::vector<std::uint8_t> bytes = oldBytes, unused;
    applyOp(op, bytes, unused);
    CHECK(bytes == newBytes);
    applyOp(op, bytes, unused);
    CHECK(bytes == oldBytes);
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

TEST_CASE("step entries keep record, line, depth and marks apart", "[trace]") {
    StepEntry entry(HistoryLog::kNone, 0xffffff, StepEntry::kMaxDepth);
    CHECK(entry.record() == HistoryLog::kNone);
    CHECK(entry.line() == 0xffffff);
    CHECK(entry.depth() == StepEntry::kMaxDepth);
    CHECK(entry.marks() == 0);
    entry.addMarks(1);
    entry.addMarks(16);
    entry.setRecord(0x12'3456'789a);
    CHECK(entry.marks() == 17);
    CHECK(entry.depth() == StepEntry::kMaxDepth);
    CHECK(entry.record() == 0x12'3456'789a);
    CHECK(entry.line() == 0xffffff);
    StepEntry shallow(5, 42, 3);
    shallow.addMarks(8);
    CHECK(shallow.depth() == 3);
    CHECK(shallow.marks() == 8);
    CHECK(shallow.line() == 42);
    CHECK(shallow.record() == 5);
}

} // namespace memviz::trace::test
