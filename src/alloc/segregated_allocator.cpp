// Segregated fits: one address-ordered free list per size class (exact 16-byte classes up to 1 KiB, then
// powers of two); first fit within the request's class, else the lowest block of the next non-empty class.
#include "alloc/address_index.h"
#include "alloc/boundary_tag_allocator.h"
#include "alloc/policies.h"

#include <array>
#include <bit>

namespace memviz::alloc {

namespace {

constexpr std::size_t kExactLimit = 1024;
constexpr std::size_t kClassCount = 128;

std::size_t classOf(std::uint64_t size) {
    if (size <= kExactLimit) return static_cast<std::size_t>(size / kAlignment);
    std::size_t index = 64 + static_cast<std::size_t>(std::bit_width(size - 1)) - 10;
    return index < kClassCount ? index : kClassCount - 1;
}

class SegregatedAllocator final : public BoundaryTagAllocator {
public:
    using BoundaryTagAllocator::BoundaryTagAllocator;
    Policy policy() const override { return Policy::Segregated; }

protected:
    void indexInsert(core::Address block, std::uint64_t size) override {
        std::size_t index = classOf(size);
        m_classes[index].insert(block, size);
        m_nonEmpty[index / 64] |= std::uint64_t{1} << (index % 64);
        ++m_count;
    }
    void indexErase(core::Address block, std::uint64_t size) override {
        std::size_t index = classOf(size);
        m_classes[index].erase(block);
        if (m_classes[index].count() == 0) m_nonEmpty[index / 64] &= ~(std::uint64_t{1} << (index % 64));
        --m_count;
    }
    void indexUpdate(core::Address oldBlock, std::uint64_t oldSize, core::Address newBlock,
                     std::uint64_t newSize) override {
        if (classOf(oldSize) == classOf(newSize)) {
            m_classes[classOf(oldSize)].update(oldBlock, newBlock, newSize);
            return;
        }
        indexErase(oldBlock, oldSize);
        indexInsert(newBlock, newSize);
    }
    core::Address indexFind(std::uint64_t size, std::uint64_t& examined) override {
        std::size_t first = classOf(size);
        std::uint64_t rank = 0;
        FreeBlockRef found = m_classes[first].firstFit(size, &rank);
        if (found) {
            examined = rank + 1;
            return found.address;
        }
        examined = m_classes[first].count();
        std::size_t next = nextNonEmpty(first + 1);
        if (next == kClassCount) return 0;
        examined += 1;  // every block of a larger class fits: take its first
        return m_classes[next].lowest().address;
    }
    std::uint64_t indexLargest() const override {
        for (std::size_t word = m_nonEmpty.size(); word-- > 0;) {
            if (m_nonEmpty[word] != 0) {
                std::size_t index = word * 64 + 63 - static_cast<std::size_t>(std::countl_zero(m_nonEmpty[word]));
                return m_classes[index].largest();
            }
        }
        return 0;
    }
    bool indexHas(core::Address block, std::uint64_t size) const override {
        return m_classes[classOf(size)].sizeOf(block) == size;
    }
    std::uint64_t indexCount() const override { return m_count; }

private:
    std::size_t nextNonEmpty(std::size_t from) const {
        for (std::size_t word = from / 64; word < m_nonEmpty.size(); ++word) {
            std::uint64_t bits = m_nonEmpty[word];
            if (word == from / 64) bits &= ~std::uint64_t{0} << (from % 64);
            if (bits != 0) return word * 64 + static_cast<std::size_t>(std::countr_zero(bits));
        }
        return kClassCount;
    }

    std::array<AddressIndex, kClassCount> m_classes;
    std::array<std::uint64_t, kClassCount / 64> m_nonEmpty{};
    std::uint64_t m_count = 0;
};

} // namespace

std::unique_ptr<Allocator> makeSegregated(memory::AddressSpace& space) {
    return std::make_unique<SegregatedAllocator>(space);
}

} // namespace memviz::alloc
