// Segregated fits: one address-ordered free list per size class (exact 16-byte classes up to 1 KiB, then
// powers of two); first fit within the request's class, else the lowest block of the next non-empty class.
#include "alloc/address_index.h"
#include "alloc/boundary_tag_allocator.h"
#include "alloc/exact_bins.h"
#include "alloc/policies.h"

#include <array>
#include <bit>

namespace memviz::alloc {

namespace {

// Classes above 1 KiB: (1 KiB, 2 KiB], (2 KiB, 4 KiB], ...
constexpr std::size_t kLargeClasses = 48;

std::size_t largeClassOf(std::uint64_t size) {
    std::size_t index = static_cast<std::size_t>(std::bit_width(size - 1)) - 11;
    return index < kLargeClasses ? index : kLargeClasses - 1;
}

class SegregatedAllocator final : public BoundaryTagAllocator {
public:
    using BoundaryTagAllocator::BoundaryTagAllocator;
    Policy policy() const override { return Policy::Segregated; }

protected:
    void indexInsert(core::Address block, std::uint64_t size) override {
        if (ExactBins::holds(size)) {
            m_small.insert(block, size);
            return;
        }
        std::size_t index = largeClassOf(size);
        m_large[index].insert(block, size);
        m_largeNonEmpty |= std::uint64_t{1} << index;
    }
    void indexErase(core::Address block, std::uint64_t size) override {
        if (ExactBins::holds(size)) {
            m_small.erase(block, size);
            return;
        }
        std::size_t index = largeClassOf(size);
        m_large[index].erase(block);
        if (m_large[index].count() == 0) m_largeNonEmpty &= ~(std::uint64_t{1} << index);
    }
    void indexUpdate(core::Address oldBlock, std::uint64_t oldSize, core::Address newBlock,
                     std::uint64_t newSize) override {
        if (!ExactBins::holds(oldSize) && !ExactBins::holds(newSize) && largeClassOf(oldSize) == largeClassOf(newSize)) {
            m_large[largeClassOf(oldSize)].update(oldBlock, newBlock, newSize);
            return;
        }
        indexErase(oldBlock, oldSize);
        indexInsert(newBlock, newSize);
    }
    core::Address indexFind(std::uint64_t size, std::uint64_t& examined) override {
        std::size_t firstLarge = 0;
        if (ExactBins::holds(size)) {
            // Every block of an exact class fits; the request's own class is looked at first.
            examined = 1;
            FreeBlockRef found = m_small.smallestAtLeast(size);
            if (found) {
                if (found.size != size) examined += m_small.bin(size).count();
                return found.address;
            }
            examined += m_small.bin(size).count();
        } else {
            firstLarge = largeClassOf(size);
            std::uint64_t rank = 0;
            FreeBlockRef found = m_large[firstLarge].firstFit(size, &rank);
            if (found) {
                examined = rank + 1;
                return found.address;
            }
            examined = m_large[firstLarge].count() + 1;
            ++firstLarge;
        }
        std::uint64_t candidates = firstLarge < 64 ? m_largeNonEmpty & (~std::uint64_t{0} << firstLarge) : 0;
        if (candidates == 0) return 0;
        return m_large[static_cast<std::size_t>(std::countr_zero(candidates))].lowest().address;
    }
    std::uint64_t indexLargest() const override {
        if (m_largeNonEmpty == 0) return m_small.largest();
        return m_large[63 - static_cast<std::size_t>(std::countl_zero(m_largeNonEmpty))].largest();
    }
    bool indexHas(core::Address block, std::uint64_t size) const override {
        if (ExactBins::holds(size)) return m_small.contains(block, size);
        return m_large[largeClassOf(size)].sizeOf(block) == size;
    }
    std::uint64_t indexCount() const override {
        std::uint64_t count = m_small.count();
        for (const AddressIndex& index : m_large) count += index.count();
        return count;
    }

private:
    ExactBins m_small;
    std::array<AddressIndex, kLargeClasses> m_large;
    std::uint64_t m_largeNonEmpty = 0;
};

} // namespace

std::unique_ptr<Allocator> makeSegregated(memory::AddressSpace& space) {
    return std::make_unique<SegregatedAllocator>(space);
}

} // namespace memviz::alloc
