// Heap: the one chokepoint for malloc, calloc, realloc and free on the simulated machine. It asks its
// Allocator for blocks, gives each allocation a stable id, keeps requested sizes, the payload/padding shadow
// and the metrics, and tells apart a good free from a double free or a bad pointer.
#pragma once

#include "alloc/allocator.h"
#include "alloc/block_format.h"
#include "alloc/heap_metrics.h"
#include "alloc/op_report.h"
#include "core/address.h"
#include "memory/address_space.h"
#include "memory/reserved_memory.h"

#include <cstdint>
#include <memory>
#include <optional>

namespace memviz::alloc {

enum class FreeStatus : std::uint8_t {
    Ok,
    Null,        // free(NULL): nothing to do
    DoubleFree,  // the block was already freed
    Invalid,     // not the start of a live heap block (inside one, outside the heap, ...)
};

struct LiveBlock {
    std::uint64_t id = 0;          // stable for the block's lifetime, unique over the run
    core::Address payload = 0;
    std::uint64_t requested = 0;   // bytes asked for
    std::uint64_t blockSize = 0;   // bytes of the block, header included
};

struct HeapOptions {
    // Paint payload/padding/freed shadow bytes (needed to check a program's accesses and to tell a double
    // free from a bad pointer). Trace replay turns it off: it has no program, only the block format.
    bool trackShadow = true;
};

class Heap {
public:
    Heap(memory::AddressSpace& space, Policy policy, HeapOptions options = {});
    ~Heap();
    Heap(const Heap&) = delete;
    Heap& operator=(const Heap&) = delete;

    // Each returns the payload address, or 0 (NULL) when the heap limit leaves no room. `tag` is the caller's
    // note on a new block (the machine: the line of the call, for the leak report), kept in its record: no
    // separate table to look up and fill per call.
    core::Address malloc(std::uint64_t size, std::uint32_t tag = 0);
    core::Address calloc(std::uint64_t count, std::uint64_t size, std::uint32_t tag = 0);
    // realloc(0, n) allocates; realloc(p, 0) frees p and returns 0, as glibc does. A pointer that is not a
    // live block leaves everything as it was and sets lastFreeStatus(). A block resized in place keeps its tag;
    // a moved one is a new block, tagged `tag`.
    core::Address realloc(core::Address payload, std::uint64_t size, std::uint32_t tag = 0);
    FreeStatus free(core::Address payload);

    // Status of the last free or realloc of a pointer.
    FreeStatus lastFreeStatus() const { return m_lastFreeStatus; }
    // A live block's record: {id, requested, tag}, id 0 for no block.
    struct LiveRecord {
        std::uint64_t id = 0;
        std::uint64_t requested = 0;
        std::uint32_t tag = 0;
    };
    // The record of the live block the last free or realloc was given, as it was before the call (id 0 when the
    // pointer was NULL or no live block), and of the block the last malloc, calloc or realloc returned (id 0 when
    // it returned NULL): the machine reads them here rather than looking the records up around every call.
    const LiveRecord& lastGiven() const { return m_lastGiven; }
    const LiveRecord& lastReturned() const { return m_lastReturned; }
    const OpReport& lastReport() const { return m_report; }
    // The free-space figures, extent and overhead are filled in here, from what the allocator published and the
    // heap's counters, rather than after every operation: a plain run reads them once, at the end. Inline: the
    // replay reads them after every event.
    const HeapMetrics& metrics() const {
        const FreeStats& stats = m_allocator->freeStats();
        m_metrics.freeBytes = stats.freeBytes;
        m_metrics.freeBlocks = stats.freeBlocks;
        m_metrics.largestFree = stats.largestFree;
        m_metrics.metaBytes = stats.metaBytes;
        m_metrics.extent = m_space.heapBreak() - m_heapStart;
        m_metrics.overhead = m_metrics.allocatedBytes - m_metrics.liveRequested;
        // sbrk only grows the heap, so the extent now is the largest any operation left.
        if (m_metrics.extent > m_metrics.peakExtent) m_metrics.peakExtent = m_metrics.extent;
        return m_metrics;
    }

    std::optional<LiveBlock> liveBlock(core::Address payload) const;
    // liveBlock without the block size (no header read), with the block's tag; id 0 when no live block starts there.
    LiveRecord liveRecord(core::Address payload) const {
        const Record* record = liveSlot(payload);
        return record == nullptr ? LiveRecord{} : LiveRecord{record->id, record->requested, record->tag};
    }
    // The live block whose [header, end) contains `address`, if any (walks the heap: not for hot paths).
    std::optional<LiveBlock> blockContaining(core::Address address) const;
    void walk(const BlockVisitor& visit) const { m_allocator->walk(visit); }
    // The allocator's invariants plus the heap's own: live records match allocated blocks, and
    // allocated + free + bookkeeping bytes = extent.
    CheckResult check() const;

    Policy policy() const { return m_allocator->policy(); }
    const Allocator& allocator() const { return *m_allocator; }
    memory::AddressSpace& space() { return m_space; }

private:
    // A live block's record, in the table slot of its payload's 32-byte granule: blocks are at least 32 bytes, so
    // no two live payloads share a granule, and the table is half as large as one slot per 16 bytes (fewer cache
    // misses on the random blocks of a churning heap). `upper` says which 16-byte half the payload is in, so an
    // address 16 bytes off a block's payload is not taken for it. It fills what was LiveRecord's padding: still 24 bytes.
    struct Record {
        std::uint64_t id = 0;  // 0: no live block starts here
        std::uint64_t requested = 0;
        std::uint32_t tag = 0;
        std::uint32_t upper = 0;
    };
    static constexpr std::uint64_t kGranule = 2 * kAlignment;
    static_assert(kMinBlockSize >= kGranule, "two live payloads must never share a granule");
    static std::uint32_t upperHalf(std::uint64_t offset) { return static_cast<std::uint32_t>(offset / kAlignment % 2); }

    core::Address allocateBlock(std::uint64_t size, OpKind kind, std::uint32_t tag);
    void addRecord(core::Address payload, std::uint64_t requested, std::uint32_t tag);
    void markPayload(core::Address payload, std::uint64_t requested, std::uint64_t blockSize, bool initialized);
    // nullptr outside the heap or misaligned. Inline, as liveSlot: every heap call and the engine's liveRecord ask.
    Record* slotFor(core::Address payload) const {
        if (payload < m_heapStart || payload - m_heapStart >= m_heapCapacity || payload % kAlignment != 0) return nullptr;
        auto* slots = reinterpret_cast<Record*>(const_cast<std::uint8_t*>(m_slots.data()));
        return slots + (payload - m_heapStart) / kGranule;
    }
    Record& slotOf(core::Address payload) {  // a payload known to be a block's
        return reinterpret_cast<Record*>(m_slots.data())[(payload - m_heapStart) / kGranule];
    }
    // The live block's record, or nullptr.
    Record* liveSlot(core::Address payload) const {
        Record* slot = slotFor(payload);
        if (slot == nullptr || slot->id == 0 || slot->upper != upperHalf(payload - m_heapStart) ||
            payload >= m_space.heapBreak())
            return nullptr;
        return slot;
    }
    // Frees a live block: metrics, record, allocator; the allocator reports into `report`.
    void releaseBlock(Record& record, core::Address payload, OpReport& report);
    bool wasFreed(core::Address payload) const;
    // The one figure that needs every operation's end: the largest liveRequested any of them left.
    void notePeakLive() {
        if (m_metrics.liveRequested > m_metrics.peakLive) m_metrics.peakLive = m_metrics.liveRequested;
    }

    memory::AddressSpace& m_space;
    std::unique_ptr<Allocator> m_allocator;
    core::Address m_heapStart = 0;
    std::uint64_t m_heapCapacity = 0;
    // One Record per 32-byte granule of the heap, indexed by payload address: a look-up is one memory access,
    // and only the pages where blocks start are ever touched.
    memory::ReservedMemory m_slots;
    std::uint64_t m_nextId = 1;
    OpReport m_report;
    OpReport m_moveRelease;  // a moving realloc's release of the old block, merged into m_report after it
    LiveRecord m_lastGiven;
    LiveRecord m_lastReturned;
    mutable HeapMetrics m_metrics;  // metrics() completes it
    FreeStatus m_lastFreeStatus = FreeStatus::Ok;
    bool m_trackShadow = true;
};

} // namespace memviz::alloc
