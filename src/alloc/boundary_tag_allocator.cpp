// BoundaryTagAllocator: allocation, release with immediate coalescing, in-place resizing, heap growth,
// the walk and the invariant check.
#include "alloc/boundary_tag_allocator.h"

#include "memory/address_space.h"

#include <string>

namespace memviz::alloc {

using core::Address;
using memory::ByteKind;

namespace {
constexpr std::uint64_t kPage = memory::AddressSpace::kPageSize;
}

BoundaryTagAllocator::BoundaryTagAllocator(memory::AddressSpace& space)
    : m_memory(space), m_space(space), m_start(space.heapStart()) {}

Address BoundaryTagAllocator::epilogue() const { return m_space.heapBreak() - kHeaderSize; }

// Inline (only this file calls them): out of line, their register saves cost about as much as their work.
inline void BoundaryTagAllocator::setPrevAllocated(Address block, bool prevAllocated) {
    std::uint64_t header = word(block);
    std::uint64_t updated = prevAllocated ? (header | kPrevAllocatedBit) : (header & ~kPrevAllocatedBit);
    if (updated != header) setWord(block, updated);
}

inline void BoundaryTagAllocator::writeFree(Address block, std::uint64_t size, bool prevAllocated) {
    std::uint64_t header = headerWord(size, false, prevAllocated);
    setWord(block, header);
    setWord(block + size - kHeaderSize, header);
}

Address BoundaryTagAllocator::growBy(std::uint64_t increment) {
    Address oldBreak = m_space.heapBreak();
    bool first = oldBreak == m_start;
    if (first) increment += 2 * kHeaderSize;
    increment = core::alignUp(increment, kPage);
    if (!m_space.sbrk(increment)) return 0;
    m_report->grownBy += increment;
    Address block;
    std::uint64_t size;
    bool prevAllocated;
    if (first) {
        shade(m_start, kHeaderSize, ByteKind::HeapMeta);  // alignment pad: payloads land on 16 bytes
        block = m_start + kHeaderSize;
        size = increment - 2 * kHeaderSize;
        prevAllocated = true;
    } else {
        block = oldBreak - kHeaderSize;  // the old epilogue becomes the new block's header
        size = increment;
        prevAllocated = prevAllocatedAt(block);
    }
    Address newEpilogue = m_space.heapBreak() - kHeaderSize;
    shade(block, kHeaderSize, ByteKind::HeapHeader);
    shade(newEpilogue, kHeaderSize, ByteKind::HeapMeta);
    setWord(newEpilogue, headerWord(0, true, false));
    m_freeBytes += size;
    if (!prevAllocated) {
        Address previous = block - (word(block - kHeaderSize) & kSizeMask);
        std::uint64_t previousSize = sizeAt(previous);
        shade(block, kHeaderSize, ByteKind::HeapFree);
        indexUpdate(previous, previousSize, previous, previousSize + size);
        writeFree(previous, previousSize + size, prevAllocatedAt(previous));
        onMerged(block, previous);
        ++m_report->coalesces;
        return previous;
    }
    writeFree(block, size, true);
    indexInsert(block, size);
    ++m_freeBlocks;
    return block;
}

Address BoundaryTagAllocator::extend(std::uint64_t need) {
    std::uint64_t have = 0;
    if (m_space.heapBreak() != m_start && !prevAllocatedAt(epilogue())) {
        have = word(epilogue() - kHeaderSize) & kSizeMask;  // the last block is free: grow it
    }
    return growBy(need > have ? need - have : kPage);
}

// Inlined into allocate, its one caller: a call and its register saves cost as much as the block's own work.
[[gnu::always_inline]] inline void BoundaryTagAllocator::place(Address block, std::uint64_t need) {
    std::uint64_t size = sizeAt(block);
    bool prevAllocated = prevAllocatedAt(block);
    if (size - need >= kMinBlockSize) {
        Address rest = block + need;
        std::uint64_t restSize = size - need;
        indexUpdate(block, size, rest, restSize);
        setWord(block, headerWord(need, true, prevAllocated));
        shade(rest, kHeaderSize, ByteKind::HeapHeader);
        writeFree(rest, restSize, true);
        m_freeBytes -= need;
        ++m_report->splits;
        m_report->remainder = rest;
        m_report->remainderSize = restSize;
        size = need;
    } else {
        indexErase(block, size);
        --m_freeBlocks;
        m_freeBytes -= size;
        setWord(block, headerWord(size, true, prevAllocated));
        setPrevAllocated(block + size, true);
    }
    m_report->block = block;
    m_report->blockSize = size;
    onPlaced(block, size);
}

Address BoundaryTagAllocator::allocate(std::uint64_t request, OpReport& report) {
    m_report = &report;
    std::uint64_t need = blockSizeFor(request);
    Address block = 0;
    if (need != 0) {
        block = indexFind(need, report.examined);
        if (block == 0) block = extend(need);
    }
    if (block == 0) {
        report.failed = true;
        finish();
        return 0;
    }
    place(block, need);
    finish();
    return payloadOf(block);
}

void BoundaryTagAllocator::release(Address payload, OpReport& report) {
    m_report = &report;
    Address block = blockOf(payload);
    std::uint64_t size = sizeAt(block);
    bool prevAllocated = prevAllocatedAt(block);
    Address next = block + size;
    bool nextFree = !allocatedAt(next);
    report.block = block;
    report.blockSize = size;
    shade(payload, size - kHeaderSize, ByteKind::HeapFreed);
    m_freeBytes += size;

    Address start = block;
    std::uint64_t total = size;
    if (!prevAllocated) {
        Address previous = block - (word(block - kHeaderSize) & kSizeMask);
        std::uint64_t previousSize = sizeAt(previous);
        start = previous;
        total += previousSize;
        shade(block, kHeaderSize, ByteKind::HeapFreed);
        if (nextFree) {
            std::uint64_t nextSize = sizeAt(next);
            indexErase(next, nextSize);
            --m_freeBlocks;
            shade(next, kHeaderSize, ByteKind::HeapFreed);
            onMerged(next, previous);
            total += nextSize;
            ++report.coalesces;
        }
        indexUpdate(previous, previousSize, previous, total);
        onMerged(block, previous);
        ++report.coalesces;
        writeFree(previous, total, prevAllocatedAt(previous));
    } else if (nextFree) {
        std::uint64_t nextSize = sizeAt(next);
        total += nextSize;
        shade(next, kHeaderSize, ByteKind::HeapFreed);
        indexUpdate(next, nextSize, block, total);
        onMerged(next, block);
        ++report.coalesces;
        writeFree(block, total, true);
    } else {
        indexInsert(block, size);
        ++m_freeBlocks;
        writeFree(block, size, true);
    }
    setPrevAllocated(start + total, false);
    report.merged = start;
    report.mergedSize = total;
    finish();
}

bool BoundaryTagAllocator::resizeInPlace(Address payload, std::uint64_t request, OpReport& report) {
    std::uint64_t need = blockSizeFor(request);
    if (need == 0) return false;
    m_report = &report;
    Address block = blockOf(payload);
    std::uint64_t size = sizeAt(block);
    bool prevAllocated = prevAllocatedAt(block);
    bool done = false;
    if (need <= size) {
        if (size - need >= kMinBlockSize) {  // give the tail back, merged with a free neighbour
            Address rest = block + need;
            std::uint64_t restSize = size - need;
            Address next = block + size;
            setWord(block, headerWord(need, true, prevAllocated));
            shade(rest, restSize, ByteKind::HeapFreed);
            shade(rest, kHeaderSize, ByteKind::HeapHeader);
            m_freeBytes += restSize;
            if (!allocatedAt(next)) {
                std::uint64_t nextSize = sizeAt(next);
                shade(next, kHeaderSize, ByteKind::HeapFreed);
                indexUpdate(next, nextSize, rest, restSize + nextSize);
                onMerged(next, rest);
                restSize += nextSize;
                ++report.coalesces;
            } else {
                indexInsert(rest, restSize);
                ++m_freeBlocks;
                setPrevAllocated(next, false);
            }
            writeFree(rest, restSize, true);
            ++report.splits;
            report.remainder = rest;
            report.remainderSize = restSize;
            size = need;
        }
        done = true;
    } else {
        Address next = block + size;
        if (next == epilogue() || (!allocatedAt(next) && next + sizeAt(next) == epilogue())) {
            std::uint64_t available = size + (next == epilogue() ? 0 : sizeAt(next));
            if (available < need && growBy(need - available) == 0) {
                finish();
                return false;
            }
        }
        if (!allocatedAt(next) && size + sizeAt(next) >= need) {
            std::uint64_t nextSize = sizeAt(next);
            std::uint64_t total = size + nextSize;
            ++report.coalesces;
            if (total - need >= kMinBlockSize) {
                Address rest = block + need;
                indexUpdate(next, nextSize, rest, total - need);
                shade(rest, kHeaderSize, ByteKind::HeapHeader);
                writeFree(rest, total - need, true);
                m_freeBytes -= need - size;
                ++report.splits;
                report.remainder = rest;
                report.remainderSize = total - need;
                size = need;
            } else {
                indexErase(next, nextSize);
                --m_freeBlocks;
                m_freeBytes -= nextSize;
                setPrevAllocated(block + total, true);
                size = total;
            }
            setWord(block, headerWord(size, true, prevAllocated));
            done = true;
        }
    }
    if (done) {
        report.block = block;
        report.blockSize = size;
        report.inPlace = true;
    }
    finish();
    return done;
}

void BoundaryTagAllocator::walk(const BlockVisitor& visit) const {
    if (m_space.heapBreak() == m_start) return;
    Address end = epilogue();
    for (Address block = m_start + kHeaderSize; block < end;) {
        std::uint64_t size = sizeAt(block);
        if (size == 0 || block + size > end) return;  // corrupt: check() says where
        visit({block, size, allocatedAt(block)});
        block += size;
    }
}

CheckResult BoundaryTagAllocator::check() const {
    CheckResult result;
    if (m_space.heapBreak() == m_start) {
        if (m_freeBlocks != 0 || m_freeBytes != 0 || indexCount() != 0) result.fail("empty heap with free blocks counted");
        return result;
    }
    Address end = epilogue();
    if (word(end) != headerWord(0, true, false) && word(end) != headerWord(0, true, true))
        result.fail("epilogue header corrupt at " + core::hexAddress(end));
    bool previousAllocated = true;
    std::uint64_t freeBlocks = 0;
    std::uint64_t freeBytes = 0;
    std::uint64_t largest = 0;
    Address block = m_start + kHeaderSize;
    while (block < end && result.problems.size() < 20) {
        std::uint64_t header = word(block);
        std::uint64_t size = header & kSizeMask;
        std::string where = "block " + core::hexAddress(block);
        if (size < kMinBlockSize || block + size > end) {
            result.fail(where + ": bad size " + std::to_string(size));
            return result;
        }
        if ((payloadOf(block) % kAlignment) != 0) result.fail(where + ": payload not 16-byte aligned");
        if (((header & kPrevAllocatedBit) != 0) != previousAllocated) result.fail(where + ": prev-allocated bit wrong");
        if (!m_memory.shadowIs(block, ByteKind::HeapHeader)) result.fail(where + ": header shadow is not a header");
        bool allocated = (header & kAllocatedBit) != 0;
        if (!allocated) {
            if (!previousAllocated) result.fail(where + ": two free neighbours not coalesced");
            if ((word(block + size - kHeaderSize) & kSizeMask) != size) result.fail(where + ": boundary tag differs");
            if (!indexHas(block, size)) result.fail(where + ": free block missing from the free index");
            ++freeBlocks;
            freeBytes += size;
            if (size > largest) largest = size;
        }
        previousAllocated = allocated;
        block += size;
    }
    if (block != end) result.fail("blocks do not end at the epilogue");
    if (((word(end) & kPrevAllocatedBit) != 0) != previousAllocated) result.fail("epilogue prev-allocated bit wrong");
    if (freeBlocks != m_freeBlocks || freeBlocks != indexCount())
        result.fail("free block count " + std::to_string(freeBlocks) + " but counted " + std::to_string(m_freeBlocks) +
                    ", indexed " + std::to_string(indexCount()));
    if (freeBytes != m_freeBytes) result.fail("free bytes " + std::to_string(freeBytes) + " but counted " + std::to_string(m_freeBytes));
    if (largest != indexLargest()) result.fail("largest free block " + std::to_string(largest) + " but index says " + std::to_string(indexLargest()));
    return result;
}

} // namespace memviz::alloc
