// AddressSpace: the simulated x86-64 Linux address space: text, rodata, data and bss from 0x401000,
// the heap growing up from just above bss by sbrk, the stack growing down from 0x7ffffffff000.
// Typed little-endian access, one shadow byte per byte, and precise faults instead of host crashes.
#pragma once

#include "core/address.h"
#include "memory/change_journal.h"
#include "memory/fault.h"
#include "memory/segment.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <type_traits>

namespace memviz::memory {

struct Layout {
    std::uint64_t textSize = 0x1000;
    std::uint64_t rodataSize = 0x1000;
    std::uint64_t dataSize = 0x1000;
    std::uint64_t bssSize = 0x1000;
    std::uint64_t heapLimit = 64ull << 20;  // bytes sbrk may ever hand out
    std::uint64_t stackLimit = 8ull << 20;  // bytes the stack may ever map (ulimit -s)
};

class AddressSpace {
public:
    static constexpr core::Address kTextBase = 0x401000;
    static constexpr core::Address kStackTop = 0x7ffffffff000;
    static constexpr std::uint64_t kPageSize = 4096;

    explicit AddressSpace(const Layout& layout = {});
    AddressSpace(AddressSpace&&) noexcept = default;
    AddressSpace& operator=(AddressSpace&&) noexcept = default;

    const Segment& segment(SegmentKind kind) const { return m_segments[static_cast<std::size_t>(kind)]; }
    const std::array<Segment, 6>& segments() const { return m_segments; }
    // The segment whose mapped range holds `address`, or nullptr. Inline: every simulated access asks.
    const Segment* segmentAt(core::Address address) const {
        // Heap and stack first: they take nearly every access.
        for (std::size_t index : kSearchOrder) {
            const Segment& segment = m_segments[index];
            if (address - segment.begin < segment.end - segment.begin) return &segment;
        }
        return nullptr;
    }

    // Heap: [heapStart, heapBreak) is mapped; sbrk maps whole pages as HeapFree and returns the old break,
    // or nothing when the heap limit would be passed (and then nothing changes).
    core::Address heapStart() const { return segment(SegmentKind::Heap).begin; }
    core::Address heapBreak() const { return segment(SegmentKind::Heap).end; }
    std::uint64_t heapLimit() const { return segment(SegmentKind::Heap).capacity; }
    std::optional<core::Address> sbrk(std::uint64_t increment);
    // Host storage of the heap from heapStart, valid up to the heap limit (only [heapStart, heapBreak) is
    // meaningful). The allocators read and write headers through these without a segment look-up.
    std::uint8_t* heapHostBytes() { return m_segments[4].bytes.data(); }
    std::uint8_t* heapHostShadow() { return m_segments[4].shadow.data(); }

    // Stack: [stackLowest, stackTop) is mapped; growStack maps down to `lowest` (page-aligned) as
    // StackUnused and returns false when that would pass the stack limit.
    core::Address stackTop() const { return segment(SegmentKind::Stack).end; }
    core::Address stackLowest() const { return segment(SegmentKind::Stack).begin; }
    std::uint64_t stackLimit() const { return segment(SegmentKind::Stack).capacity; }
    bool growStack(core::Address lowest);

    // History support: the journal hears of every mutation made here or by the allocators (see
    // ChangeJournal); restoreBounds sets a segment's mapped range back (a history rebuilding a past state).
    void setJournal(ChangeJournal* journal) { m_journal = journal; }
    void willChange(core::Address address, std::uint64_t size) {
        if (m_journal != nullptr) m_journal->willChange(address, size);
    }
    void restoreBounds(SegmentKind kind, core::Address begin, core::Address end);
    Segment& segmentStorage(SegmentKind kind) { return m_segments[static_cast<std::size_t>(kind)]; }

    // The segment that maps all of [address, address + size), or nullptr. It remembers the segment of the last
    // hit, where nearly every access of a running program lands again: the machine's fast path asks this.
    Segment* segmentFor(core::Address address, std::uint64_t size) {
        Segment& last = m_segments[m_lastSegment];
        if (address - last.begin < last.end - last.begin && size <= last.end - address) return &last;
        Segment& stack = m_segments[5]; // locals between the globals or heap blocks a loop works on
        if (address - stack.begin < stack.end - stack.begin && size <= stack.end - address) return &stack;
        return segmentForSlow(address, size);
    }

    // Host pointers to the bytes / shadow of [address, address + size), or nullptr unless one segment maps
    // all of it. For loaders and the allocators' own bookkeeping: no shadow checks.
    std::uint8_t* hostBytes(core::Address address, std::uint64_t size) {
        Segment* segment = segmentFor(address, size);
        return segment != nullptr ? segment->bytesAt(address) : nullptr;
    }
    const std::uint8_t* hostBytes(core::Address address, std::uint64_t size) const {
        const Segment* segment = segmentAt(address);
        return segment != nullptr && segment->contains(address, size) ? segment->bytesAt(address) : nullptr;
    }
    std::uint8_t* hostShadow(core::Address address, std::uint64_t size) {
        Segment* segment = segmentFor(address, size);
        return segment != nullptr ? segment->shadowAt(address) : nullptr;
    }

    std::uint8_t shadowAt(core::Address address) const;
    ByteKind kindAt(core::Address address) const { return kindOf(shadowAt(address)); }
    bool setShadow(core::Address address, std::uint64_t size, ByteKind kind, bool initialized) {
        std::uint8_t* shadow = hostShadow(address, size);
        if (shadow == nullptr) return false;
        willChange(address, size);
        std::memset(shadow, shadowByte(kind, initialized), size);
        return true;
    }
    bool markInitialized(core::Address address, std::uint64_t size);

    // Frame set-up and tear-down on the mapped stack (the caller grew it to cover the range): as setShadow and
    // writeRaw, without the segment search, journaled as one change.
    void setStackShadow(core::Address address, std::uint64_t size, ByteKind kind, bool initialized) {
        willChange(address, size);
        fillFrameShadow(m_segments[5].shadowAt(address), shadowByte(kind, initialized), size);
    }
    // A frame's set-up in one change: [sp, frameBase) becomes uninitialized frame bytes, frameBase holds the saved
    // frame pointer and frameBase + 8 the return address (both initialized control slots).
    void setUpFrame(core::Address sp, core::Address frameBase, std::uint64_t savedFramePointer,
                    std::uint64_t returnAddress) {
        willChange(sp, frameBase + 16 - sp);
        Segment& stack = m_segments[5];
        fillFrameShadow(stack.shadowAt(sp), shadowByte(ByteKind::StackFrame, false), frameBase - sp);
        std::memset(stack.shadowAt(frameBase), shadowByte(ByteKind::StackControl, true), 16);
        std::memcpy(stack.bytesAt(frameBase), &savedFramePointer, 8);
        std::memcpy(stack.bytesAt(frameBase + 8), &returnAddress, 8);
    }

    // Raw typed access without shadow checks; false when the range is not mapped.
    template <class T> bool readRaw(core::Address address, T& out) const {
        static_assert(std::is_trivially_copyable_v<T>);
        const std::uint8_t* source = hostBytes(address, sizeof(T));
        if (source == nullptr) return false;
        std::memcpy(&out, source, sizeof(T));
        return true;
    }
    template <class T> bool writeRaw(core::Address address, const T& value) {
        static_assert(std::is_trivially_copyable_v<T>);
        std::uint8_t* target = hostBytes(address, sizeof(T));
        if (target == nullptr) return false;
        willChange(address, sizeof(T));
        std::memcpy(target, &value, sizeof(T));
        return true;
    }

    // Checked access as a program does it: every byte must belong to something the program may touch,
    // writes must hit writable segments, reads (when asked) must hit written bytes.
    Fault checkAccess(core::Address address, std::uint64_t size, bool write, bool requireInitialized) const;

    template <class T> Fault load(core::Address address, T& out, bool requireInitialized = true) const {
        Fault fault = checkAccess(address, sizeof(T), false, requireInitialized);
        if (!fault) readRaw(address, out);
        return fault;
    }
    template <class T> Fault store(core::Address address, const T& value) {
        Fault fault = checkAccess(address, sizeof(T), true, false);
        if (!fault) {
            writeRaw(address, value);
            markInitialized(address, sizeof(T));
        }
        return fault;
    }
    Fault loadBytes(core::Address address, std::span<std::uint8_t> out, bool requireInitialized = true) const;
    Fault storeBytes(core::Address address, std::span<const std::uint8_t> in);

private:
    // memset of a frame's shadow: the small frames of most calls (sizes 16, 32, 48 or 64) in straight 8-byte
    // stores, without a library call.
    static void fillFrameShadow(std::uint8_t* shadow, std::uint8_t byte, std::uint64_t size) {
        const std::uint64_t pattern = byte * 0x0101010101010101ull;
        auto fill16 = [&](std::uint64_t offset) {
            std::memcpy(shadow + offset, &pattern, 8);
            std::memcpy(shadow + offset + 8, &pattern, 8);
        };
        switch (size) {
        case 64: fill16(48); [[fallthrough]];
        case 48: fill16(32); [[fallthrough]];
        case 32: fill16(16); [[fallthrough]];
        case 16: fill16(0); [[fallthrough]];
        case 0: return;
        default: std::memset(shadow, byte, size); return;
        }
    }

    static constexpr std::array<std::size_t, 6> kSearchOrder = {4, 5, 3, 2, 1, 0};

    Segment* segmentForSlow(core::Address address, std::uint64_t size);

    std::array<Segment, 6> m_segments;
    ChangeJournal* m_journal = nullptr;
    std::size_t m_lastSegment = 4; // segmentFor's guess: the segment of its last hit
};

} // namespace memviz::memory
