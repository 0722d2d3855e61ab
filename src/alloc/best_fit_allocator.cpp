// Best fit: the smallest free block that is large enough (the lowest-addressed one among equals).
#include "alloc/boundary_tag_allocator.h"
#include "alloc/policies.h"
#include "alloc/size_index.h"

namespace memviz::alloc {

namespace {

class BestFitAllocator final : public BoundaryTagAllocator {
public:
    using BoundaryTagAllocator::BoundaryTagAllocator;
    Policy policy() const override { return Policy::BestFit; }

protected:
    void indexInsert(core::Address block, std::uint64_t size) override { m_index.insert(block, size); }
    void indexErase(core::Address block, std::uint64_t size) override { m_index.erase(block, size); }
    void indexUpdate(core::Address oldBlock, std::uint64_t oldSize, core::Address newBlock,
                     std::uint64_t newSize) override {
        m_index.erase(oldBlock, oldSize);
        m_index.insert(newBlock, newSize);
    }
    core::Address indexFind(std::uint64_t size, std::uint64_t& examined) override {
        examined = m_index.count();  // a list walk must see every block to know the best
        return m_index.bestFit(size).address;
    }
    std::uint64_t indexLargest() const override { return m_index.largest(); }
    bool indexHas(core::Address block, std::uint64_t size) const override { return m_index.contains(block, size); }
    std::uint64_t indexCount() const override { return m_index.count(); }

private:
    SizeIndex m_index;
};

} // namespace

std::unique_ptr<Allocator> makeBestFit(memory::AddressSpace& space) {
    return std::make_unique<BestFitAllocator>(space);
}

} // namespace memviz::alloc
