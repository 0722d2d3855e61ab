// Heap: the allocation chokepoint: records, shadow of payloads, metrics, and free() validation.
#include "alloc/heap.h"

#include "alloc/block_format.h"
#include "memory/address_space.h"

#include <algorithm>
#include <cstring>
#include <string>

namespace memviz::alloc {

using core::Address;
using memory::ByteKind;

Heap::Heap(memory::AddressSpace& space, Policy policy, HeapOptions options)
    : m_space(space), m_allocator(makeAllocator(policy, space)), m_heapStart(space.heapStart()),
      m_heapCapacity(space.heapLimit()), m_slots(space.heapLimit() / kGranule * sizeof(Record)),
      m_trackShadow(options.trackShadow) {
    m_allocator->trackShadow(options.trackShadow);
}

Heap::~Heap() = default;

bool Heap::wasFreed(Address payload) const {
    return m_trackShadow && payload >= m_heapStart && payload < m_space.heapBreak() && payload % kAlignment == 0 &&
           m_space.kindAt(payload) == ByteKind::HeapFreed;
}


void Heap::addRecord(Address payload, std::uint64_t requested, std::uint32_t tag) {
    Record& record = slotOf(payload);
    record.id = m_nextId++;
    record.requested = requested;
    record.tag = tag;
    record.upper = upperHalf(payload - m_heapStart);
    m_lastReturned = {record.id, requested, tag};
}

// markPayload, allocateBlock and releaseBlock are inlined into malloc, calloc, free and realloc: out of line,
// their calls cost heap_churn.c's 240k heap calls about 5M instructions.
[[gnu::always_inline]] inline void Heap::markPayload(Address payload, std::uint64_t requested, std::uint64_t blockSize,
                                                     bool initialized) {
    if (!m_trackShadow) return;
    m_space.willChange(payload, blockSize - kHeaderSize);
    std::uint8_t* shadow = m_space.heapHostShadow() + (payload - m_heapStart);
    std::memset(shadow, memory::shadowByte(ByteKind::HeapPayload, initialized), requested);
    std::memset(shadow + requested, memory::shadowByte(ByteKind::HeapPadding, false), blockSize - kHeaderSize - requested);
}

[[gnu::always_inline]] inline Address Heap::allocateBlock(std::uint64_t size, OpKind kind, std::uint32_t tag) {
    m_report.reset(kind);
    Address payload = m_allocator->allocate(size, m_report);
    if (payload == 0) {
        ++m_metrics.failures;
        m_lastReturned = {};
        return 0;
    }
    addRecord(payload, size, tag);
    ++m_metrics.allocations;
    ++m_metrics.liveBlocks;
    m_metrics.liveRequested += size;
    m_metrics.allocatedBytes += m_report.blockSize;
    return payload;
}

Address Heap::malloc(std::uint64_t size, std::uint32_t tag) {
    Address payload = allocateBlock(size, OpKind::Malloc, tag);
    if (payload != 0) markPayload(payload, size, m_report.blockSize, false);
    notePeakLive();
    return payload;
}

Address Heap::calloc(std::uint64_t count, std::uint64_t size, std::uint32_t tag) {
    if (size != 0 && count > kMaxRequest / size) {  // count * size overflows or is absurd: NULL, as glibc
        m_report.reset(OpKind::Calloc);
        m_report.failed = true;
        ++m_metrics.failures;
        m_lastReturned = {};
        return 0;
    }
    std::uint64_t bytes = count * size;
    Address payload = allocateBlock(bytes, OpKind::Calloc, tag);
    if (payload != 0) {
        m_space.willChange(payload, bytes);
        std::memset(m_space.heapHostBytes() + (payload - m_heapStart), 0, bytes);
        markPayload(payload, bytes, m_report.blockSize, true);
    }
    notePeakLive();
    return payload;
}

FreeStatus Heap::free(Address payload) {
    m_report.reset(OpKind::Free);
    m_lastGiven = {};
    if (payload == 0) return m_lastFreeStatus = FreeStatus::Null;
    Record* record = liveSlot(payload);
    if (record == nullptr) return m_lastFreeStatus = wasFreed(payload) ? FreeStatus::DoubleFree : FreeStatus::Invalid;
    m_lastGiven = {record->id, record->requested, record->tag};
    releaseBlock(*record, payload, m_report);
    return m_lastFreeStatus = FreeStatus::Ok;
}

// The release reports the block's size: no separate header read for the metrics.
[[gnu::always_inline]] inline void Heap::releaseBlock(Record& record, Address payload, OpReport& report) {
    m_metrics.liveRequested -= record.requested;
    --m_metrics.liveBlocks;
    ++m_metrics.frees;
    record = Record{};
    m_allocator->release(payload, report);
    m_metrics.allocatedBytes -= report.blockSize;
    report.kind = OpKind::Free;
}

Address Heap::realloc(Address payload, std::uint64_t size, std::uint32_t tag) {
    m_lastGiven = {};
    if (payload == 0) {
        Address fresh = malloc(size, tag);
        m_report.kind = OpKind::Realloc;
        m_lastFreeStatus = FreeStatus::Null;
        return fresh;
    }
    Record* found = liveSlot(payload);
    if (found == nullptr) {
        m_report.reset(OpKind::Realloc);
        m_lastFreeStatus = wasFreed(payload) ? FreeStatus::DoubleFree : FreeStatus::Invalid;
        m_lastReturned = {};
        return 0;
    }
    m_lastGiven = {found->id, found->requested, found->tag};
    if (size == 0) {  // glibc: realloc(p, 0) frees p and returns NULL
        m_report.reset(OpKind::Free);
        releaseBlock(*found, payload, m_report);
        m_lastFreeStatus = FreeStatus::Ok;
        m_report.kind = OpKind::Realloc;
        m_lastReturned = {};
        return 0;
    }
    m_lastFreeStatus = FreeStatus::Ok;
    std::uint64_t oldRequested = found->requested;
    std::uint64_t oldBlock = m_allocator->blockSize(payload);
    m_report.reset(OpKind::Realloc);
    m_report.oldPayload = payload;
    if (m_allocator->resizeInPlace(payload, size, m_report)) {
        std::uint64_t newBlock = m_report.blockSize;
        found->requested = size;
        m_lastReturned = {found->id, size, found->tag};
        m_metrics.liveRequested = m_metrics.liveRequested - oldRequested + size;
        m_metrics.allocatedBytes = m_metrics.allocatedBytes - oldBlock + newBlock;
        ++m_metrics.reallocs;
        // Keep what was written; the new tail is uninitialized payload, the rest padding.
        if (m_trackShadow) {
            m_space.willChange(payload, newBlock - kHeaderSize);
            std::uint8_t* shadow = m_space.heapHostShadow() + (payload - m_heapStart);
            std::uint64_t kept = std::min(oldRequested, size);
            std::memset(shadow + kept, memory::shadowByte(ByteKind::HeapPayload, false), size - kept);
            std::memset(shadow + size, memory::shadowByte(ByteKind::HeapPadding, false), newBlock - kHeaderSize - size);
        }
        notePeakLive();
        return payload;
    }
    // Move: a new block, the payload and its shadow copied over, the old block freed. The report is the new
    // block's, with the blocks the resize looked at and the release's merge added.
    std::uint64_t resizeExamined = m_report.examined;
    std::uint32_t resizeWrites = m_report.headerWrites;
    Address fresh = allocateBlock(size, OpKind::Realloc, tag);
    if (fresh == 0) return 0;  // the old block stays valid, as C says
    markPayload(fresh, size, m_report.blockSize, false);
    std::uint64_t kept = std::min(oldRequested, size);
    std::uint8_t* bytes = m_space.heapHostBytes();
    std::uint8_t* shadow = m_space.heapHostShadow();
    m_space.willChange(fresh, kept);
    std::memmove(bytes + (fresh - m_heapStart), bytes + (payload - m_heapStart), kept);
    if (m_trackShadow) std::memcpy(shadow + (fresh - m_heapStart), shadow + (payload - m_heapStart), kept);
    --m_metrics.allocations;  // a move is one realloc, not a malloc and a free
    OpReport& release = m_moveRelease;
    release.reset(OpKind::Free);
    releaseBlock(*found, payload, release);  // the record array is fixed: `found` still points at the old block's record
    --m_metrics.frees;
    ++m_metrics.reallocs;
    notePeakLive();  // once the old block is gone: both were live only within this call
    m_report.moved = true;
    m_report.oldPayload = payload;
    m_report.examined += resizeExamined;
    m_report.coalesces += release.coalesces;
    m_report.headerWrites += resizeWrites + release.headerWrites;
    m_report.merged = release.merged;
    m_report.mergedSize = release.mergedSize;
    m_lastFreeStatus = FreeStatus::Ok;
    return fresh;
}

std::optional<LiveBlock> Heap::liveBlock(Address payload) const {
    const Record* record = liveSlot(payload);
    if (record == nullptr) return std::nullopt;
    return LiveBlock{record->id, payload, record->requested, m_allocator->blockSize(payload)};
}

std::optional<LiveBlock> Heap::blockContaining(Address address) const {
    std::optional<LiveBlock> result;
    if (address < m_heapStart || address >= m_space.heapBreak()) return result;
    m_allocator->walk([&](const BlockInfo& block) {
        if (!result && block.allocated && address >= block.address && address < block.address + block.size)
            result = liveBlock(block.payload());
    });
    return result;
}

CheckResult Heap::check() const {
    CheckResult result = m_allocator->check();
    std::uint64_t allocatedBytes = 0;
    std::uint64_t freeBytes = 0;
    std::uint64_t liveBlocks = 0;
    std::uint64_t liveRequested = 0;
    m_allocator->walk([&](const BlockInfo& block) {
        if (!block.allocated) {
            freeBytes += block.size;
            return;
        }
        allocatedBytes += block.size;
        ++liveBlocks;
        const Record* record = liveSlot(block.payload());
        if (record == nullptr) {
            result.fail("allocated block " + core::hexAddress(block.address) + " has no record");
            return;
        }
        liveRequested += record->requested;
        if (record->requested + kHeaderSize > block.size)
            result.fail("block " + core::hexAddress(block.address) + " smaller than its request");
    });
    std::uint64_t extent = m_space.heapBreak() - m_heapStart;
    if (allocatedBytes + freeBytes + m_allocator->metaBytes() != extent)
        result.fail("allocated " + std::to_string(allocatedBytes) + " + free " + std::to_string(freeBytes) + " + meta " +
                    std::to_string(m_allocator->metaBytes()) + " != extent " + std::to_string(extent));
    if (liveBlocks != m_metrics.liveBlocks) result.fail("live block count differs from the metrics");
    if (liveRequested != m_metrics.liveRequested) result.fail("live requested bytes differ from the metrics");
    if (allocatedBytes != m_metrics.allocatedBytes) result.fail("allocated bytes differ from the metrics");
    if (freeBytes != metrics().freeBytes) result.fail("free bytes differ from the metrics");
    if (extent != metrics().extent) result.fail("extent differs from the metrics");
    return result;
}

} // namespace memviz::alloc
