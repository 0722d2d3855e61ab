// Next fit: first fit that starts where the last search ended (a roving pointer) and wraps around.
#include "alloc/address_ordered_allocator.h"
#include "alloc/policies.h"

namespace memviz::alloc {

namespace {

class NextFitAllocator final : public AddressOrderedAllocator {
public:
    using AddressOrderedAllocator::AddressOrderedAllocator;
    Policy policy() const override { return Policy::NextFit; }

protected:
    core::Address indexFind(std::uint64_t size, std::uint64_t& examined) override {
        std::uint64_t count = m_index.count();
        std::uint64_t start = 0;
        std::uint64_t rank = 0;
        FreeBlockRef found = m_index.firstFitFrom(m_rover, size, &rank, &start);
        if (found) {
            examined = rank - start + 1;
        } else {
            found = m_index.firstFit(size, &rank);  // wrap around to the start of the heap
            examined = found ? (count - start) + rank + 1 : count;
        }
        return found.address;
    }
    void onPlaced(core::Address block, std::uint64_t size) override { m_rover = block + size; }
    void onMerged(core::Address absorbed, core::Address into) override {
        if (m_rover == absorbed) m_rover = into;
    }

private:
    core::Address m_rover = 0;
};

} // namespace

std::unique_ptr<Allocator> makeNextFit(memory::AddressSpace& space) {
    return std::make_unique<NextFitAllocator>(space);
}

} // namespace memviz::alloc
