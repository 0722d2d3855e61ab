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
    bool erase(core::Address block, std::uint64_t size) { return m_tree.erase({size, block}); }
    bool contains(core::Address block, std::uint64_t size) const { return m_tree.find({size, block}) != 0; }
    std::uint64_t count() const { return m_tree.size(); }
    std::uint64_t largest() const { return m_tree.empty() ? 0 : m_tree.node(m_tree.last()).key.size; }

    FreeBlockRef bestFit(std::uint64_t size) const { return at(m_tree.lowerBound({size, 0})); }
    FreeBlockRef worstFit(std::uint64_t size) const {
        std::uint64_t biggest = largest();
        if (m_tree.empty() || biggest < size) return {};
        return at(m_tree.lowerBound({biggest, 0}));
    }

    template <class Visit> void forEach(Visit&& visit) const {
        m_tree.forEach([&](const auto& node) { visit(FreeBlockRef{node.key.address, node.key.size}); });
    }

    struct Aug {
        struct Value {};
        struct Summary {};
        template <class Node> static void pull(Node&, const Node*, const Node*) {}
    };

private:
    FreeBlockRef at(std::uint32_t index) const {
        if (index == 0) return {};
        return {m_tree.node(index).key.address, m_tree.node(index).key.size};
    }

    Treap<Key, Aug> m_tree;
};

} // namespace memviz::alloc
