// SizeIndex: free blocks ordered by (size, address), for best fit (smallest that fits, lowest address on
// ties) and worst fit (largest, lowest address on ties) in O(log n).
#pragma once

#include "alloc/address_index.h"
#include "alloc/treap.h"

#include <cstdint>

namespace memviz::alloc {

class SizeIndex {
public:
    struct Key {
        std::uint64_t size = 0;
        core::Address address = 0;
        friend bool operator<(const Key& a, const Key& b) {
            return a.size != b.size ? a.size < b.size : a.address < b.address;
        }
    };

    void insert(core::Address block, std::uint64_t size) { m_tree.insert({size, block}, {}); }
    bool erase(core::Address block, std::uint64_t size) {
        if (!m_tree.pathTo(m_lastFound, {size, block})) return m_tree.erase({size, block});
        m_tree.eraseAlong(m_lastFound);
        return true;
    }
    bool contains(core::Address block, std::uint64_t size) const { return m_tree.find({size, block}) != 0; }
    std::uint64_t count() const { return m_tree.size(); }
    std::uint64_t largest() const { return m_tree.empty() ? 0 : m_tree.node(m_tree.last()).key.size; }
    // An O(log n) walk to the rightmost node; callers asking after every operation should cache it.

    FreeBlockRef bestFit(std::uint64_t size) const { return at(lowerBound({size, 0})); }
    FreeBlockRef worstFit(std::uint64_t size) const {
        std::uint64_t biggest = largest();
        if (m_tree.empty() || biggest < size) return {};
        return at(lowerBound({biggest, 0}));
    }

    template <class Visit> void forEach(Visit&& visit) const {
        m_tree.forEach([&](const auto& node) { visit(FreeBlockRef{node.key.address, node.key.size}); });
    }

    struct Aug {
        struct Value {};
        struct Summary {
            friend bool operator==(Summary, Summary) = default;
        };
        template <class Node> static void pull(Node&, const Node*, const Node*) {}
    };

private:
    // Treap::lowerBound that remembers the path to its answer for the erase that follows.
    std::uint32_t lowerBound(const Key& key) const {
        m_lastFound.clear();
        std::uint32_t current = m_tree.root();
        std::uint32_t best = 0;
        std::uint32_t bestDepth = 0;
        bool record = true;
        while (current != 0) {
            if (record && !m_lastFound.push(current)) record = false;
            const auto& node = m_tree.node(current);
            if (node.key < key) {
                current = node.right;
            } else {
                best = current;
                bestDepth = m_lastFound.depth;
                current = node.left;
            }
        }
        if (record && best != 0) {
            m_lastFound.depth = bestDepth;
            m_tree.stamp(m_lastFound);
        } else {
            m_lastFound.clear();
        }
        return best;
    }

    FreeBlockRef at(std::uint32_t index) const {
        if (index == 0) return {};
        return {m_tree.node(index).key.address, m_tree.node(index).key.size};
    }

    Treap<Key, Aug> m_tree;
    mutable Treap<Key, Aug>::Path m_lastFound;
};

} // namespace memviz::alloc
