// AddressIndex: free blocks ordered by address, each subtree knowing its largest block, so first fit,
// next fit and "largest free block" are O(log n) instead of a walk of the free list. Ranks give the number
// of blocks a plain address-ordered list walk would have examined, for teaching.
#pragma once

#include "alloc/free_block_ref.h"
#include "alloc/treap.h"
#include "core/address.h"

#include <cstdint>

namespace memviz::alloc {

class AddressIndex {
public:
    void insert(core::Address block, std::uint64_t size) { m_tree.insert(block, size); }
    bool erase(core::Address block) {
        if (!m_tree.pathTo(m_lastFound, block)) return m_tree.erase(block);
        m_tree.eraseAlong(m_lastFound);
        return true;
    }
    // Moves/resizes a block in place; the move must not pass another free block.
    bool update(core::Address oldBlock, core::Address newBlock, std::uint64_t newSize) {
        if (!m_tree.pathTo(m_lastFound, oldBlock)) return m_tree.rekey(oldBlock, newBlock, newSize);
        m_tree.rekeyAlong(m_lastFound, newBlock, newSize);
        return true;
    }

    std::uint64_t count() const { return m_tree.size(); }
    std::uint64_t largest() const { return m_tree.empty() ? 0 : m_tree.node(m_tree.root()).summary; }
    bool contains(core::Address block) const { return m_tree.find(block) != 0; }
    std::uint64_t sizeOf(core::Address block) const {
        std::uint32_t index = m_tree.find(block);
        return index ? m_tree.node(index).value : 0;
    }

    // The lowest-addressed block of at least `size` bytes; `rank` = blocks before it in address order.
    FreeBlockRef firstFit(std::uint64_t size, std::uint64_t* rank = nullptr) const;
    // The lowest-addressed block at or after `from` of at least `size` bytes; `fromRank` = blocks below `from`.
    FreeBlockRef firstFitFrom(core::Address from, std::uint64_t size, std::uint64_t* rank = nullptr,
                              std::uint64_t* fromRank = nullptr) const;
    // The lowest-addressed block of exactly the largest size.
    FreeBlockRef largestLowest(std::uint64_t* rank = nullptr) const { return firstFit(largest(), rank); }
    FreeBlockRef lowest() const;
    // Number of blocks below `address`.
    std::uint64_t rankOf(core::Address address) const {
        std::uint64_t rank = 0;
        m_tree.lowerBound(address, &rank);
        return rank;
    }

    template <class Visit> void forEach(Visit&& visit) const {
        m_tree.forEach([&](const auto& node) { visit(FreeBlockRef{node.key, node.value}); });
    }

    struct Aug {
        using Value = std::uint64_t;    // block size
        using Summary = std::uint64_t;  // largest block size in the subtree
        template <class Node> static void pull(Node& node, const Node* left, const Node* right) {
            std::uint64_t best = node.value;
            if (left && left->summary > best) best = left->summary;
            if (right && right->summary > best) best = right->summary;
            node.summary = best;
        }
    };

private:
    FreeBlockRef slowFirstFitFrom(core::Address from, std::uint64_t size, std::uint64_t* rank,
                                  std::uint64_t* fromRank) const;
    // First fit within `tree`; with `record`, m_lastFound holds the path down to tree's parent and is extended.
    FreeBlockRef firstFitIn(std::uint32_t tree, std::uint64_t size, std::uint64_t before, std::uint64_t* rank,
                            bool record) const;

    Treap<core::Address, Aug> m_tree;
    // The path of the last search from the root: the erase or update that follows it reuses it.
    mutable Treap<core::Address, Aug>::Path m_lastFound;
};

} // namespace memviz::alloc
