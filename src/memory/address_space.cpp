// AddressSpace: segment bookkeeping, growth, shadow updates and checked access.
#include "memory/address_space.h"

namespace memviz::memory {

using core::Address;
using core::alignUp;

std::string_view segmentKindName(SegmentKind kind) {
    switch (kind) {
    case SegmentKind::Text: return "text";
    case SegmentKind::Rodata: return "rodata";
    case SegmentKind::Data: return "data";
    case SegmentKind::Bss: return "bss";
    case SegmentKind::Heap: return "heap";
    case SegmentKind::Stack: return "stack";
    }
    return "unknown";
}

namespace {

Segment makeFixed(SegmentKind kind, Address base, std::uint64_t size, bool writable, ByteKind initialKind) {
    Segment segment;
    segment.kind = kind;
    segment.writable = writable;
    segment.origin = base;
    segment.capacity = size;
    segment.begin = base;
    segment.end = base + size;
    segment.bytes = ReservedMemory(size);
    segment.shadow = ReservedMemory(size);
    if (size != 0) std::memset(segment.shadow.data(), shadowByte(initialKind, true), size);
    return segment;
}

FaultKind faultFor(ByteKind kind) {
    switch (kind) {
    case ByteKind::HeapMeta:
    case ByteKind::HeapHeader: return FaultKind::HeapMetadata;
    case ByteKind::HeapPadding: return FaultKind::HeapPadding;
    case ByteKind::HeapFree: return FaultKind::HeapFree;
    case ByteKind::HeapFreed: return FaultKind::HeapFreed;
    case ByteKind::StackUnused: return FaultKind::StackUnused;
    case ByteKind::StackControl: return FaultKind::StackControl;
    default: return FaultKind::Unmapped;
    }
}

} // namespace

AddressSpace::AddressSpace(const Layout& layout) {
    constexpr std::uint64_t page = kPageSize;
    Address text = kTextBase;
    Address rodata = alignUp(text + layout.textSize, page);
    Address data = alignUp(rodata + layout.rodataSize, page);
    Address bss = alignUp(data + layout.dataSize, 32);
    Address heap = alignUp(bss + layout.bssSize, page);

    m_segments[0] = makeFixed(SegmentKind::Text, text, layout.textSize, false, ByteKind::Text);
    m_segments[1] = makeFixed(SegmentKind::Rodata, rodata, layout.rodataSize, false, ByteKind::Rodata);
    m_segments[2] = makeFixed(SegmentKind::Data, data, layout.dataSize, true, ByteKind::Global);
    m_segments[3] = makeFixed(SegmentKind::Bss, bss, layout.bssSize, true, ByteKind::Global);

    Segment& heapSegment = m_segments[4];
    heapSegment.kind = SegmentKind::Heap;
    heapSegment.writable = true;
    heapSegment.origin = heap;
    heapSegment.capacity = alignUp(layout.heapLimit, page);
    heapSegment.begin = heap;
    heapSegment.end = heap;
    heapSegment.bytes = ReservedMemory(heapSegment.capacity);
    heapSegment.shadow = ReservedMemory(heapSegment.capacity);

    Segment& stack = m_segments[5];
    stack.kind = SegmentKind::Stack;
    stack.writable = true;
    stack.growsDown = true;
    stack.capacity = alignUp(layout.stackLimit, page);
    stack.origin = kStackTop - stack.capacity;
    stack.begin = kStackTop;
    stack.end = kStackTop;
    stack.bytes = ReservedMemory(stack.capacity);
    stack.shadow = ReservedMemory(stack.capacity);
}

std::optional<Address> AddressSpace::sbrk(std::uint64_t increment) {
    Segment& heap = m_segments[4];
    increment = alignUp(increment, kPageSize);
    std::uint64_t used = heap.end - heap.begin;
    if (increment > heap.capacity - used) return std::nullopt;
    Address old = heap.end;
    std::memset(heap.shadowAt(old), shadowByte(ByteKind::HeapFree, false), increment);
    heap.end += increment;
    if (m_journal != nullptr) m_journal->resized(SegmentKind::Heap, heap.begin, old);
    return old;
}

bool AddressSpace::growStack(Address lowest) {
    Segment& stack = m_segments[5];
    lowest = core::alignDown(lowest, kPageSize);
    if (lowest >= stack.begin) return true;
    if (lowest < stack.origin) return false;
    std::memset(stack.shadowAt(lowest), shadowByte(ByteKind::StackUnused, false), stack.begin - lowest);
    Address oldBegin = stack.begin;
    stack.begin = lowest;
    if (m_journal != nullptr) m_journal->resized(SegmentKind::Stack, oldBegin, stack.end);
    return true;
}

void AddressSpace::restoreBounds(SegmentKind kind, Address begin, Address end) {
    Segment& segment = m_segments[static_cast<std::size_t>(kind)];
    segment.begin = begin;
    segment.end = end;
}

std::uint8_t AddressSpace::shadowAt(Address address) const {
    const Segment* segment = segmentAt(address);
    return segment == nullptr ? shadowByte(ByteKind::Unmapped, false) : *segment->shadowAt(address);
}

Segment* AddressSpace::segmentForSlow(Address address, std::uint64_t size) {
    for (std::size_t index : kSearchOrder) {
        Segment& segment = m_segments[index];
        if (address - segment.begin < segment.end - segment.begin) {
            if (size > segment.end - address) return nullptr;
            m_lastSegment = index;
            return &segment;
        }
    }
    return nullptr;
}

bool AddressSpace::markInitialized(Address address, std::uint64_t size) {
    std::uint8_t* shadow = hostShadow(address, size);
    if (shadow == nullptr) return false;
    willChange(address, size);
    for (std::uint64_t i = 0; i < size; ++i) shadow[i] |= kInitializedBit;
    return true;
}

Fault AddressSpace::checkAccess(Address address, std::uint64_t size, bool write, bool requireInitialized) const {
    Fault fault;
    fault.address = address;
    fault.size = size;
    const Segment* segment = segmentAt(address);
    if (segment == nullptr) {
        fault.kind = FaultKind::Unmapped;
        fault.badByte = address;
        return fault;
    }
    // Bytes inside the segment are judged first, so the fault names the first refused byte.
    std::uint64_t inside = size <= segment->end - address ? size : segment->end - address;
    const std::uint8_t* shadow = segment->shadowAt(address);
    std::uint64_t firstUninitialized = size;
    for (std::uint64_t i = 0; i < inside; ++i) {
        ByteKind kind = kindOf(shadow[i]);
        if (!isUserAccessible(kind)) {
            fault.kind = faultFor(kind);
            fault.badByte = address + i;
            fault.found = kind;
            return fault;
        }
        if (firstUninitialized == size && !isInitialized(shadow[i])) firstUninitialized = i;
    }
    if (inside < size) {
        fault.kind = FaultKind::Unmapped;
        fault.badByte = segment->end;
        return fault;
    }
    if (write && !segment->writable) {
        fault.kind = FaultKind::ReadOnly;
        fault.badByte = address;
        fault.found = kindOf(shadow[0]);
        return fault;
    }
    if (!write && requireInitialized && firstUninitialized != size) {
        fault.kind = FaultKind::Uninitialized;
        fault.badByte = address + firstUninitialized;
        fault.found = kindOf(shadow[firstUninitialized]);
    }
    return fault;
}

Fault AddressSpace::loadBytes(Address address, std::span<std::uint8_t> out, bool requireInitialized) const {
    Fault fault = checkAccess(address, out.size(), false, requireInitialized);
    if (!fault && !out.empty()) std::memcpy(out.data(), hostBytes(address, out.size()), out.size());
    return fault;
}

Fault AddressSpace::storeBytes(Address address, std::span<const std::uint8_t> in) {
    Fault fault = checkAccess(address, in.size(), true, false);
    if (!fault && !in.empty()) {
        willChange(address, in.size());
        std::memcpy(hostBytes(address, in.size()), in.data(), in.size());
        markInitialized(address, in.size());
    }
    return fault;
}

} // namespace memviz::memory
