// AddressOrderedAllocator: a BoundaryTagAllocator whose free blocks live in one BTreeIndex (an
// address-ordered B+-tree with per-child maxima and counts). First fit, next fit and worst fit differ only
// in how they search it.
#pragma once

#include "alloc/btree_index.h"
#include "alloc/boundary_tag_allocator.h"

namespace memviz::alloc {

class AddressOrderedAllocator : public BoundaryTagAllocator {
public:
    using BoundaryTagAllocator::BoundaryTagAllocator;

protected:
    void indexInsert(core::Address block, std::uint64_t size) override { m_index.insert(block, size); }
    void indexErase(core::Address block, std::uint64_t /*size*/) override { m_index.erase(block); }
    void indexUpdate(core::Address oldBlock, std::uint64_t /*oldSize*/, core::Address newBlock,
                     std::uint64_t newSize) override {
        m_index.update(oldBlock, newBlock, newSize);
    }
    std::uint64_t indexLargest() const override { return m_index.largest(); }
    bool indexHas(core::Address block, std::uint64_t size) const override { return m_index.sizeOf(block) == size; }
    std::uint64_t indexCount() const override { return m_index.count(); }

    BTreeIndex m_index;
};

} // namespace memviz::alloc
