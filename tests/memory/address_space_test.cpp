// The simulated address space: layout, growth, typed access and precise faults.
#include "memory/address_space.h"

#include <catch2/catch.hpp>

#include <array>

using namespace memviz::memory;
using memviz::core::Address;

TEST_CASE("layout follows x86-64 Linux") {
    AddressSpace space(Layout{0x2000, 0x800, 0x100, 0x40, 1 << 20, 1 << 16});
    CHECK(space.segment(SegmentKind::Text).begin == 0x401000);
    CHECK(space.segment(SegmentKind::Rodata).begin == 0x403000);
    CHECK(space.segment(SegmentKind::Data).begin == 0x404000);
    CHECK(space.segment(SegmentKind::Bss).begin == 0x404100);
    CHECK(space.heapStart() == 0x405000);
    CHECK(space.heapBreak() == space.heapStart());
    CHECK(space.stackTop() == 0x7ffffffff000);
    CHECK(space.kindAt(0x401000) == ByteKind::Text);
    CHECK(space.kindAt(0x404100) == ByteKind::Global);
    CHECK(space.kindAt(0) == ByteKind::Unmapped);
}

TEST_CASE("sbrk maps whole pages up to the limit") {
    AddressSpace space(Layout{.heapLimit = 3 * 4096});
    Address start = space.heapStart();
    REQUIRE(space.sbrk(1) == start);
    CHECK(space.heapBreak() == start + 4096);
    CHECK(space.kindAt(start) == ByteKind::HeapFree);
    CHECK(space.sbrk(8192) == start + 4096);
    CHECK_FALSE(space.sbrk(1).has_value());  // past the limit: nothing changes
    CHECK(space.heapBreak() == start + 3 * 4096);
    CHECK(space.kindAt(space.heapBreak()) == ByteKind::Unmapped);
}

TEST_CASE("stack grows down to its limit") {
    AddressSpace space(Layout{.stackLimit = 16384});
    CHECK(space.stackLowest() == space.stackTop());
    CHECK(space.growStack(space.stackTop() - 100));
    CHECK(space.stackLowest() == space.stackTop() - 4096);
    CHECK(space.kindAt(space.stackTop() - 8) == ByteKind::StackUnused);
    CHECK_FALSE(space.growStack(space.stackTop() - 16385));
    CHECK(space.growStack(space.stackTop() - 16384));
}

TEST_CASE("typed access is little-endian and marks bytes written") {
    AddressSpace space;
    Address global = space.segment(SegmentKind::Data).begin;
    REQUIRE(!space.store<std::uint32_t>(global, 0x11223344u));
    std::uint8_t low = 0;
    REQUIRE(!space.load(global, low));
    CHECK(low == 0x44);
    std::uint64_t wide = 0;
    REQUIRE(!space.load(global, wide));
    CHECK(wide == 0x11223344u);

    REQUIRE(space.growStack(space.stackTop() - 64));
    Address local = space.stackTop() - 16;
    space.setShadow(local, 8, ByteKind::StackFrame, false);
    std::int32_t value = 0;
    Fault uninitialized = space.load(local, value);
    CHECK(uninitialized.kind == FaultKind::Uninitialized);
    CHECK(uninitialized.badByte == local);
    REQUIRE(!space.store<std::int16_t>(local, -2));
    Fault half = space.load(local, value);
    CHECK(half.kind == FaultKind::Uninitialized);
    CHECK(half.badByte == local + 2);
    std::array<std::uint8_t, 2> bytes{};
    REQUIRE(!space.loadBytes(local, bytes));
    CHECK(bytes[0] == 0xfe);
    CHECK(bytes[1] == 0xff);
}

TEST_CASE("faults say what is at the address") {
    AddressSpace space;
    std::uint64_t value = 0;
    Fault null = space.load(0, value);
    CHECK(null.kind == FaultKind::Unmapped);
    CHECK(describe(null, false) == "8-byte read at 0x0: 0x0 is unmapped");

    Address rodata = space.segment(SegmentKind::Rodata).begin;
    CHECK(space.store<char>(rodata, 'x').kind == FaultKind::ReadOnly);
    CHECK(!space.load(rodata, value));

    Address heap = *space.sbrk(4096);
    space.setShadow(heap, 8, ByteKind::HeapHeader, true);
    space.setShadow(heap + 8, 4, ByteKind::HeapPayload, true);
    space.setShadow(heap + 12, 4, ByteKind::HeapPadding, false);
    std::uint32_t word = 0;
    CHECK(!space.load(heap + 8, word));
    Fault overflow = space.load(heap + 10, word);
    CHECK(overflow.kind == FaultKind::HeapPadding);
    CHECK(overflow.badByte == heap + 12);
    CHECK(space.load(heap, word).kind == FaultKind::HeapMetadata);
    CHECK(space.load(heap + 64, word).kind == FaultKind::HeapFree);
    space.setShadow(heap + 8, 8, ByteKind::HeapFreed, true);
    CHECK(space.store<std::uint32_t>(heap + 8, 1).kind == FaultKind::HeapFreed);

    // An access that runs off the end of a segment is refused at the first byte outside it.
    Address end = space.heapBreak();
    Fault across = space.load(end - 4, value);
    CHECK(across.kind == FaultKind::HeapFree);
    CHECK(space.checkAccess(end - 2, 4, false, false).kind != FaultKind::None);
}

TEST_CASE("many address spaces side by side") {
    AddressSpace a;
    AddressSpace b;
    Address global = a.segment(SegmentKind::Data).begin;
    REQUIRE(!a.store<int>(global, 1));
    REQUIRE(!b.store<int>(global, 2));
    int x = 0;
    int y = 0;
    REQUIRE(!a.load(global, x));
    REQUIRE(!b.load(global, y));
    CHECK(x == 1);
    CHECK(y == 2);
}
