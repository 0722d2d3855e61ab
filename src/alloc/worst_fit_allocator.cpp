// Worst fit: the largest free block (the lowest-addressed one among equals), so the rest stays usable.
#include "alloc/address_ordered_allocator.h"
#include "alloc/policies.h"

namespace memviz::alloc {

namespace {

class WorstFitAllocator final : public AddressOrderedAllocator {
public:
    using AddressOrderedAllocator::AddressOrderedAllocator;
    Policy policy() const override { return Policy::WorstFit; }

protected:
    core::Address indexFind(std::uint64_t size, std::uint64_t& examined) override {
        examined = m_index.count();  // a list walk must see every block to know the largest
        if (m_index.largest() < size) return 0;
        return m_index.largestLowest().address;
    }
};

} // namespace

std::unique_ptr<Allocator> makeWorstFit(memory::AddressSpace& space) {
    return std::make_unique<WorstFitAllocator>(space);
}

} // namespace memviz::alloc
