// BoundaryTagAllocator: the block mechanics shared by first-fit, next-fit, best-fit, worst-fit and
// segregated fits (CS:APP's implicit heap with boundary tags): an 8-byte alignment pad, blocks with
// "size | prev-allocated | allocated" headers, a boundary tag at the end of each free block, immediate
// coalescing, splitting when the rest is at least a minimum block, and an 8-byte epilogue at the break.
// Subclasses only decide which free block to take, through their free-block index.
#pragma once

#include "alloc/allocator.h"
#include "alloc/block_format.h"
#include "alloc/heap_memory.h"
#include "memory/byte_kind.h"


namespace memviz::alloc {

class BoundaryTagAllocator : public Allocator {
public:
    explicit BoundaryTagAllocator(memory::AddressSpace& space);

    core::Address allocate(std::uint64_t request, OpReport& report) override;
    void release(core::Address payload, OpReport& report) override;
    bool resizeInPlace(core::Address payload, std::uint64_t request, OpReport& report) override;
    std::uint64_t blockSize(core::Address payload) const override { return sizeAt(blockOf(payload)); }
    void walk(const BlockVisitor& visit) const override;
    CheckResult check() const override;
    std::uint64_t metaBytes() const override { return m_space.heapBreak() == m_start ? 0 : 2 * kHeaderSize; }
    void trackShadow(bool on) override { m_memory.trackShadow(on); }

protected:
    // The free-block index of the policy. Blocks are header addresses.
    virtual void indexInsert(core::Address block, std::uint64_t size) = 0;
    virtual void indexErase(core::Address block, std::uint64_t size) = 0;
    // A free block changes address and/or size without passing any other free block.
    virtual void indexUpdate(core::Address oldBlock, std::uint64_t oldSize, core::Address newBlock,
                             std::uint64_t newSize) = 0;
    // The block this policy takes for `size` bytes, or 0; `examined` = blocks a list walk would look at.
    virtual core::Address indexFind(std::uint64_t size, std::uint64_t& examined) = 0;
    virtual std::uint64_t indexLargest() const = 0;
    virtual bool indexHas(core::Address block, std::uint64_t size) const = 0;
    virtual std::uint64_t indexCount() const = 0;
    // Hooks for next fit's roving pointer.
    virtual void onPlaced(core::Address /*block*/, std::uint64_t /*size*/) {}
    virtual void onMerged(core::Address /*absorbed*/, core::Address /*into*/) {}

    core::Address heapStart() const { return m_start; }

private:
    std::uint64_t word(core::Address address) const { return m_memory.word(address); }
    void setWord(core::Address address, std::uint64_t value) { m_memory.setWord(address, value, m_report->headerWrites); }
    void shade(core::Address address, std::uint64_t size, memory::ByteKind kind) { m_memory.shade(address, size, kind); }
    std::uint64_t sizeAt(core::Address block) const { return word(block) & kSizeMask; }
    bool allocatedAt(core::Address block) const { return (word(block) & kAllocatedBit) != 0; }
    bool prevAllocatedAt(core::Address block) const { return (word(block) & kPrevAllocatedBit) != 0; }
    void setPrevAllocated(core::Address block, bool prevAllocated);
    // Header and boundary tag of a free block.
    void writeFree(core::Address block, std::uint64_t size, bool prevAllocated);
    core::Address epilogue() const;
    core::Address extend(std::uint64_t need);
    core::Address growBy(std::uint64_t increment);
    void place(core::Address block, std::uint64_t need);
    // Ends an operation: the report pointer back to scratch, the free-space figures published.
    void finish() {
        m_report = &m_scratch;
        publishFreeStats({m_freeBytes, m_freeBlocks, indexLargest(), BoundaryTagAllocator::metaBytes()});
    }

    HeapMemory m_memory;
    memory::AddressSpace& m_space;
    core::Address m_start = 0;
    std::uint64_t m_freeBytes = 0;
    std::uint64_t m_freeBlocks = 0;
    OpReport m_scratch;
    OpReport* m_report = &m_scratch;
};

} // namespace memviz::alloc
