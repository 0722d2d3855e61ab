// First fit: the lowest-addressed free block that is large enough.
#include "alloc/address_ordered_allocator.h"
#include "alloc/policies.h"

namespace memviz::alloc {

namespace {

class FirstFitAllocator final : public AddressOrderedAllocator {
public:
    using AddressOrderedAllocator::AddressOrderedAllocator;
    Policy policy() const override { return Policy::FirstFit; }

protected:
    core::Address indexFind(std::uint64_t size, std::uint64_t& examined) override {
        std::uint64_t rank = 0;
        FreeBlockRef found = m_index.firstFit(size, &rank);
        examined = found ? rank + 1 : m_index.count();  // a list walk stops at the first fit
        return found.address;
    }
};

} // namespace

std::unique_ptr<Allocator> makeFirstFit(memory::AddressSpace& space) {
    return std::make_unique<FirstFitAllocator>(space);
}

} // namespace memviz::alloc
