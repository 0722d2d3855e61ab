// AddressIndex searches: descents guided by the subtree maxima.
#include "alloc/address_index.h"

namespace memviz::alloc {

FreeBlockRef AddressIndex::firstFitIn(std::uint32_t tree, std::uint64_t size, std::uint64_t before,
                                      std::uint64_t* rank) const {
    if (tree == 0 || m_tree.node(tree).summary < size) return {};
    std::uint32_t current = tree;
    for (;;) {
        const auto& node = m_tree.node(current);
        if (node.left != 0 && m_tree.node(node.left).summary >= size) {
            current = node.left;
            continue;
        }
        before += m_tree.count(node.left);
        if (node.value >= size) {
            if (rank != nullptr) *rank = before;
            return {node.key, node.value};
        }
        before += 1;
        current = node.right;  // its summary must be >= size, since this subtree's is
    }
}

FreeBlockRef AddressIndex::firstFit(std::uint64_t size, std::uint64_t* rank) const {
    return firstFitIn(m_tree.root(), size, 0, rank);
}

FreeBlockRef AddressIndex::firstFitFrom(core::Address from, std::uint64_t size, std::uint64_t* rank) const {
    // Walk down towards `from`; the answer is in a right subtree hanging off the path or a path node.
    // Collect candidates from the bottom up: nodes with key >= from along the path and their right subtrees.
    std::uint32_t current = m_tree.root();
    std::uint64_t before = 0;
    // The path nodes with key >= from, deepest first, are the ones whose right subtree (and themselves)
    // come after `from` in order; the deepest comes first in address order.
    constexpr std::size_t kMaxDepth = 256;
    std::uint32_t stack[kMaxDepth];
    std::uint64_t stackBefore[kMaxDepth];
    std::size_t depth = 0;
    while (current != 0) {
        const auto& node = m_tree.node(current);
        if (node.key < from) {
            before += m_tree.count(node.left) + 1;
            current = node.right;
        } else {
            if (depth == kMaxDepth) return slowFirstFitFrom(from, size, rank);  // a treap this deep: never in practice
            stack[depth] = current;
            stackBefore[depth] = before + m_tree.count(node.left);
            ++depth;
            current = node.left;
        }
    }
    while (depth > 0) {
        --depth;
        const auto& node = m_tree.node(stack[depth]);
        if (node.summary < size) continue;
        if (node.value >= size) {
            if (rank != nullptr) *rank = stackBefore[depth];
            return {node.key, node.value};
        }
        FreeBlockRef found = firstFitIn(node.right, size, stackBefore[depth] + 1, rank);
        if (found) return found;
    }
    return {};
}

FreeBlockRef AddressIndex::slowFirstFitFrom(core::Address from, std::uint64_t size, std::uint64_t* rank) const {
    FreeBlockRef found;
    std::uint64_t index = 0;
    m_tree.forEach([&](const auto& node) {
        if (!found && node.key >= from && node.value >= size) {
            found = {node.key, node.value};
            if (rank != nullptr) *rank = index;
        }
        ++index;
    });
    return found;
}

FreeBlockRef AddressIndex::lowest() const {
    std::uint32_t index = m_tree.first();
    if (index == 0) return {};
    return {m_tree.node(index).key, m_tree.node(index).value};
}

} // namespace memviz::alloc
