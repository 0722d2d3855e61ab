// AddressIndex searches: descents guided by the subtree maxima, remembering their path for the update
// that follows.
#include "alloc/address_index.h"

namespace memviz::alloc {

FreeBlockRef AddressIndex::firstFitIn(std::uint32_t tree, std::uint64_t size, std::uint64_t before,
                                      std::uint64_t* rank, bool record) const {
    if (tree == 0 || m_tree.node(tree).summary < size) return {};
    std::uint32_t current = tree;
    for (;;) {
        if (record && !m_lastFound.push(current)) record = false;
        const auto& node = m_tree.node(current);
        if (node.left != 0 && m_tree.node(node.left).summary >= size) {
            current = node.left;
            continue;
        }
        before += m_tree.count(node.left);
        if (node.value >= size) {
            if (rank != nullptr) *rank = before;
            if (record) m_tree.stamp(m_lastFound);
            else m_lastFound.clear();
            return {node.key, node.value};
        }
        before += 1;
        current = node.right;  // its summary must be >= size, since this subtree's is
    }
}

FreeBlockRef AddressIndex::firstFit(std::uint64_t size, std::uint64_t* rank) const {
    m_lastFound.clear();
    return firstFitIn(m_tree.root(), size, 0, rank, true);
}

FreeBlockRef AddressIndex::firstFitFrom(core::Address from, std::uint64_t size, std::uint64_t* rank,
                                        std::uint64_t* fromRank) const {
    // Walk down towards `from`, remembering the path. The nodes on it with key >= from, deepest first, are
    // in address order the next candidates, each followed by its right subtree.
    constexpr std::size_t kMaxDepth = 64;
    std::uint32_t candidates[kMaxDepth];
    std::uint64_t candidateRank[kMaxDepth];
    std::size_t count = 0;
    std::uint32_t current = m_tree.root();
    std::uint64_t before = 0;
    m_lastFound.clear();
    while (current != 0) {
        if (!m_lastFound.push(current)) return slowFirstFitFrom(from, size, rank, fromRank);
        const auto& node = m_tree.node(current);
        if (node.key < from) {
            before += m_tree.count(node.left) + 1;
            current = node.right;
        } else {
            candidates[count] = m_lastFound.depth - 1;
            candidateRank[count] = before + m_tree.count(node.left);
            ++count;
            current = node.left;
        }
    }
    if (fromRank != nullptr) *fromRank = before;
    while (count > 0) {
        --count;
        std::uint32_t depth = candidates[count];
        const auto& node = m_tree.node(m_lastFound.nodes[depth]);
        if (node.summary < size) continue;
        m_lastFound.depth = depth + 1;
        if (node.value >= size) {
            if (rank != nullptr) *rank = candidateRank[count];
            m_tree.stamp(m_lastFound);
            return {node.key, node.value};
        }
        FreeBlockRef found = firstFitIn(node.right, size, candidateRank[count] + 1, rank, true);
        if (found) return found;
    }
    m_lastFound.clear();
    return {};
}

FreeBlockRef AddressIndex::slowFirstFitFrom(core::Address from, std::uint64_t size, std::uint64_t* rank,
                                            std::uint64_t* fromRank) const {
    m_lastFound.clear();
    FreeBlockRef found;
    std::uint64_t index = 0;
    std::uint64_t below = 0;
    m_tree.forEach([&](const auto& node) {
        if (node.key < from) ++below;
        if (!found && node.key >= from && node.value >= size) {
            found = {node.key, node.value};
            if (rank != nullptr) *rank = index;
        }
        ++index;
    });
    if (fromRank != nullptr) *fromRank = below;
    return found;
}

FreeBlockRef AddressIndex::lowest() const {
    m_lastFound.clear();
    std::uint32_t current = m_tree.root();
    if (current == 0) return {};
    bool record = true;
    for (;;) {
        if (record && !m_lastFound.push(current)) record = false;
        std::uint32_t left = m_tree.node(current).left;
        if (left == 0) break;
        current = left;
    }
    if (record) m_tree.stamp(m_lastFound);
    else m_lastFound.clear();
    return {m_tree.node(current).key, m_tree.node(current).value};
}

} // namespace memviz::alloc
