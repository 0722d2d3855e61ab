// Binary buddy system: blocks of 2^k bytes (header included, at least 32) aligned to their size from an
// arena that starts just after an 8-byte pad; a block splits into two buddies and merges with its buddy
// (address XOR size) as soon as both are free. The arena grows by whole pages and the new space is cut
// into the largest aligned power-of-two blocks that fit.
#include "alloc/address_index.h"
#include "alloc/block_format.h"
#include "alloc/heap_memory.h"
#include "alloc/policies.h"
#include "memory/address_space.h"

#include <array>
#include <bit>
#include <cstring>
#include <string>

namespace memviz::alloc {

namespace {

using core::Address;
using memory::ByteKind;

constexpr unsigned kMinOrder = 5;  // 32 bytes
constexpr unsigned kOrderCount = 48;

unsigned orderOf(std::uint64_t size) {
    unsigned order = static_cast<unsigned>(std::bit_width(size - 1));
    return order < kMinOrder ? kMinOrder : order;
}

class BuddyAllocator final : public Allocator {
public:
    explicit BuddyAllocator(memory::AddressSpace& space)
        : m_memory(space), m_space(space), m_start(space.heapStart()), m_base(space.heapStart() + kHeaderSize) {}

    Policy policy() const override { return Policy::Buddy; }
    void trackShadow(bool on) override { m_memory.trackShadow(on); }

    Address allocate(std::uint64_t request, OpReport& report) override {
        m_report = &report;
        std::uint64_t need = blockSizeFor(request);
        Address block = 0;
        if (need != 0 && orderOf(need) < kOrderCount) {
            unsigned order = orderOf(need);
            unsigned found = findOrder(order, report.examined);
            if (found == kOrderCount && grow(order)) found = findOrder(order, report.examined);
            if (found != kOrderCount) block = take(found, order);
        }
        if (block == 0) report.failed = true;
        finish();
        return block == 0 ? 0 : payloadOf(block);
    }

    void release(Address payload, OpReport& report) override {
        m_report = &report;
        Address block = blockOf(payload);
        std::uint64_t size = sizeAt(block);
        report.block = block;
        report.blockSize = size;
        shade(payload, size - kHeaderSize, ByteKind::HeapFreed);
        m_freeBytes += size;
        Address merged = insertMerging(block, orderOf(size), ByteKind::HeapFreed);
        report.merged = merged;
        report.mergedSize = sizeAt(merged);
        finish();
    }

    bool resizeInPlace(Address payload, std::uint64_t request, OpReport& report) override {
        std::uint64_t need = blockSizeFor(request);
        if (need == 0) return false;
        m_report = &report;
        Address block = blockOf(payload);
        std::uint64_t size = sizeAt(block);
        bool done = true;
        if (need <= size) {
            while (size / 2 >= need && size / 2 >= kMinBlockSize) {  // hand back upper halves
                size /= 2;
                Address upper = block + size;
                shade(upper, size, ByteKind::HeapFreed);
                shade(upper, kHeaderSize, ByteKind::HeapHeader);
                m_freeBytes += size;
                insertMerging(upper, orderOf(size), ByteKind::HeapFreed);
                ++report.splits;
            }
        } else if (canGrowInPlace(block, size, need)) {
            while (size < need) {  // absorb the free upper buddies
                Address buddy = block + size;
                eraseFree(buddy, orderOf(size));
                m_freeBytes -= size;
                ++report.coalesces;
                size *= 2;
            }
        } else {
            done = false;
        }
        if (done) {
            setWord(block, headerWord(size, true, false));
            report.block = block;
            report.blockSize = size;
            report.inPlace = true;
        }
        finish();
        return done;
    }

    std::uint64_t blockSize(Address payload) const override { return sizeAt(blockOf(payload)); }

    void walk(const BlockVisitor& visit) const override {
        for (std::uint64_t offset = 0; offset < m_length;) {
            Address block = m_base + offset;
            std::uint64_t size = sizeAt(block);
            if (size < kMinBlockSize || offset + size > m_length) return;
            visit({block, size, (word(block) & kAllocatedBit) != 0});
            offset += size;
        }
    }

    CheckResult check() const override {
        CheckResult result;
        std::uint64_t freeBlocks = 0;
        std::uint64_t freeBytes = 0;
        std::uint64_t largest = 0;
        std::uint64_t offset = 0;
        while (offset < m_length && result.problems.size() < 20) {
            Address block = m_base + offset;
            std::uint64_t size = sizeAt(block);
            std::string where = "block " + core::hexAddress(block);
            if (!core::isPowerOfTwo(size) || size < kMinBlockSize || offset + size > m_length) {
                result.fail(where + ": bad size " + std::to_string(size));
                return result;
            }
            if (offset % size != 0) result.fail(where + ": not aligned to its size");
            if (!m_memory.shadowIs(block, ByteKind::HeapHeader)) result.fail(where + ": header shadow is not a header");
            if ((word(block) & kAllocatedBit) == 0) {
                unsigned order = orderOf(size);
                if ((word(block + size - kHeaderSize) & kSizeMask) != size) result.fail(where + ": boundary tag differs");
                if (m_free[order].sizeOf(block) != size) result.fail(where + ": missing from its free list");
                std::uint64_t buddyOffset = offset ^ size;
                if (buddyOffset + size <= m_length) {
                    Address buddy = m_base + buddyOffset;
                    if (sizeAt(buddy) == size && (word(buddy) & kAllocatedBit) == 0)
                        result.fail(where + ": free buddies not merged");
                }
                ++freeBlocks;
                freeBytes += size;
                if (size > largest) largest = size;
            }
            offset += size;
        }
        if (offset != m_length) result.fail("blocks do not tile the arena");
        std::uint64_t listed = 0;
        for (const AddressIndex& list : m_free) listed += list.count();
        if (freeBlocks != listed || freeBlocks != m_freeBlocks) result.fail("free lists hold " + std::to_string(listed) + " blocks, heap has " + std::to_string(freeBlocks));
        if (freeBytes != m_freeBytes) result.fail("free bytes " + std::to_string(freeBytes) + " but counted " + std::to_string(m_freeBytes));
        if (largest != largestFree()) result.fail("largest free block differs from the free lists");
        return result;
    }

    std::uint64_t metaBytes() const override {
        std::uint64_t extent = m_space.heapBreak() - m_start;
        return extent - m_length;
    }

private:
    std::uint64_t word(Address address) const { return m_memory.word(address); }
    void setWord(Address address, std::uint64_t value) { m_memory.setWord(address, value, m_report->headerWrites); }
    void shade(Address address, std::uint64_t size, ByteKind kind) { m_memory.shade(address, size, kind); }
    std::uint64_t sizeAt(Address block) const { return word(block) & kSizeMask; }

    // Ends an operation: the report pointer back to scratch, the free-space figures published.
    void finish() {
        m_report = &m_scratch;
        publishFreeStats({m_freeBytes, m_freeBlocks, largestFree(), BuddyAllocator::metaBytes()});
    }

    std::uint64_t largestFree() const {
        if (m_nonEmpty == 0) return 0;
        return std::uint64_t{1} << (63 - std::countl_zero(m_nonEmpty));
    }

    unsigned findOrder(unsigned order, std::uint64_t& examined) const {
        std::uint64_t candidates = m_nonEmpty & (~std::uint64_t{0} << order);
        if (candidates == 0) {
            examined += kOrderCount - order;
            return kOrderCount;
        }
        unsigned found = static_cast<unsigned>(std::countr_zero(candidates));
        examined += found - order + 1;
        return found;
    }

    void insertFree(Address block, unsigned order) {
        m_free[order].insert(block, std::uint64_t{1} << order);
        m_nonEmpty |= std::uint64_t{1} << order;
        ++m_freeBlocks;
    }
    void eraseFree(Address block, unsigned order) {
        m_free[order].erase(block);
        --m_freeBlocks;
        if (m_free[order].count() == 0) m_nonEmpty &= ~(std::uint64_t{1} << order);
    }
    void writeFree(Address block, std::uint64_t size) {
        std::uint64_t header = headerWord(size, false, false);
        setWord(block, header);
        setWord(block + size - kHeaderSize, header);
    }

    // Puts a free block into its list, first merging it with its buddy for as long as the buddy is free.
    Address insertMerging(Address block, unsigned order, ByteKind absorbedHeader) {
        while (order + 1 < kOrderCount) {
            std::uint64_t size = std::uint64_t{1} << order;
            std::uint64_t buddyOffset = (block - m_base) ^ size;
            if (buddyOffset + size > m_length) break;
            Address buddy = m_base + buddyOffset;
            if (sizeAt(buddy) != size || (word(buddy) & kAllocatedBit) != 0) break;
            eraseFree(buddy, order);
            ++m_report->coalesces;
            Address upper = buddy > block ? buddy : block;
            shade(upper, kHeaderSize, absorbedHeader);
            block = buddy < block ? buddy : block;
            ++order;
        }
        writeFree(block, std::uint64_t{1} << order);
        insertFree(block, order);
        return block;
    }

    // Takes the lowest block of order `found` and splits it down to `order`, freeing the upper halves.
    Address take(unsigned found, unsigned order) {
        Address block = m_free[found].lowest().address;
        eraseFree(block, found);
        while (found > order) {
            --found;
            std::uint64_t half = std::uint64_t{1} << found;
            Address upper = block + half;
            shade(upper, kHeaderSize, ByteKind::HeapHeader);
            writeFree(upper, half);
            insertFree(upper, found);
            ++m_report->splits;
            if (m_report->remainder == 0 || upper < m_report->remainder) {
                m_report->remainder = upper;
                m_report->remainderSize = half;
            }
        }
        std::uint64_t size = std::uint64_t{1} << order;
        m_freeBytes -= size;
        setWord(block, headerWord(size, true, false));
        m_report->block = block;
        m_report->blockSize = size;
        return block;
    }

    bool canGrowInPlace(Address block, std::uint64_t size, std::uint64_t need) const {
        std::uint64_t offset = block - m_base;
        while (size < need) {
            if ((offset & size) != 0 || offset + 2 * size > m_length) return false;  // not the lower buddy
            Address buddy = block + size;
            if (sizeAt(buddy) != size || (word(buddy) & kAllocatedBit) != 0) return false;
            size *= 2;
            if (orderOf(size) >= kOrderCount) return false;
        }
        return true;
    }

    // Grows the arena until it holds a free block of at least 2^order bytes; false past the heap limit.
    bool grow(unsigned order) {
        std::uint64_t size = std::uint64_t{1} << order;
        std::uint64_t extent = m_space.heapBreak() - m_start;
        std::uint64_t wanted = core::alignUp(kHeaderSize + core::alignUp(m_length, size) + size, memory::AddressSpace::kPageSize);
        if (!m_space.sbrk(wanted - extent)) return false;
        m_report->grownBy += wanted - extent;
        if (extent == 0) shade(m_start, kHeaderSize, ByteKind::HeapMeta);
        std::uint64_t oldLength = m_length;
        m_length = core::alignDown(wanted - kHeaderSize, kMinBlockSize);
        shade(m_base + oldLength, m_length - oldLength, ByteKind::HeapFree);
        shade(m_base + m_length, m_space.heapBreak() - (m_base + m_length), ByteKind::HeapMeta);
        m_freeBytes += m_length - oldLength;
        for (std::uint64_t offset = oldLength; offset < m_length;) {
            std::uint64_t piece = offset == 0 ? std::bit_floor(m_length) : (offset & (~offset + 1));
            while (offset + piece > m_length) piece /= 2;
            shade(m_base + offset, kHeaderSize, ByteKind::HeapHeader);
            insertMerging(m_base + offset, orderOf(piece), ByteKind::HeapFree);
            offset += piece;
        }
        return true;
    }

    HeapMemory m_memory;
    memory::AddressSpace& m_space;
    Address m_start;
    Address m_base;
    std::uint64_t m_length = 0;  // arena bytes cut into blocks: [m_base, m_base + m_length)
    std::uint64_t m_freeBytes = 0;
    std::uint64_t m_freeBlocks = 0;
    std::uint64_t m_nonEmpty = 0;  // bit k: the order-k free list has blocks
    std::array<AddressIndex, kOrderCount> m_free;
    OpReport m_scratch;
    OpReport* m_report = &m_scratch;
};

} // namespace

std::unique_ptr<Allocator> makeBuddy(memory::AddressSpace& space) { return std::make_unique<BuddyAllocator>(space); }

} // namespace memviz::alloc
