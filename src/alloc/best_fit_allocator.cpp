// Best fit: the smallest free block that is large enough (the lowest-addressed one among equals). Small
// blocks live in exact-size bins, larger ones in a (size, address)-ordered index.
#include "alloc/boundary_tag_allocator.h"
#include "alloc/exact_bins.h"
#include "alloc/policies.h"
#include "alloc/size_index.h"

namespace memviz::alloc {

namespace {

class BestFitAllocator final : public BoundaryTagAllocator {
public:
    using BoundaryTagAllocator::BoundaryTagAllocator;
    Policy policy() const override { return Policy::BestFit; }

protected:
    void indexInsert(core::Address block, std::uint64_t size) override {
        if (ExactBins::holds(size)) m_small.insert(block, size);
        else m_large.insert(block, size);
    }
    void indexErase(core::Address block, std::uint64_t size) override {
        if (ExactBins::holds(size)) m_small.erase(block, size);
        else m_large.erase(block, size);
    }
    void indexUpdate(core::Address oldBlock, std::uint64_t oldSize, core::Address newBlock,
                     std::uint64_t newSize) override {
        indexErase(oldBlock, oldSize);
        indexInsert(newBlock, newSize);
    }
    core::Address indexFind(std::uint64_t size, std::uint64_t& examined) override {
        examined = indexCount();  // a list walk must see every block to know the best
        if (ExactBins::holds(size)) {
            FreeBlockRef found = m_small.smallestAtLeast(size);
            if (found) return found.address;
        }
        return m_large.bestFit(size).address;
    }
    std::uint64_t indexLargest() const override {
        return m_large.count() != 0 ? m_large.largest() : m_small.largest();
    }
    bool indexHas(core::Address block, std::uint64_t size) const override {
        return ExactBins::holds(size) ? m_small.contains(block, size) : m_large.contains(block, size);
    }
    std::uint64_t indexCount() const override { return m_small.count() + m_large.count(); }

private:
    ExactBins m_small;
    SizeIndex m_large;
};

} // namespace

std::unique_ptr<Allocator> makeBestFit(memory::AddressSpace& space) {
    return std::make_unique<BestFitAllocator>(space);
}

} // namespace memviz::alloc
