// BTreeIndex: the free-block index of the address-ordered allocators as a B+-tree. Leaves hold up to 32 blocks
// in sorted arrays; inner nodes keep, per child (up to 64), its lowest address, largest block and block count, so
// first fit, next fit, ranks and "largest free block" are O(log n) descents of 2-4 contiguous nodes instead of
// ~20 pointer hops. Same interface and semantics as AddressIndex, so either can back an allocator.
#pragma once

#include "alloc/free_block_ref.h"
#include "core/address.h"

#include <array>
#include <cstdint>
#include <vector>

namespace memviz::alloc {

class BTreeIndex {
public:
    void insert(core::Address block, std::uint64_t size);
    // False when `block` is not in the index.
    bool erase(core::Address block);
    // Moves/resizes a block in place; the move must not pass another free block.
    bool update(core::Address oldBlock, core::Address newBlock, std::uint64_t newSize);

    std::uint64_t count() const { return m_count; }
    std::uint64_t largest() const { return m_largest; }
    bool contains(core::Address block) const;
    std::uint64_t sizeOf(core::Address block) const;

    // The lowest-addressed block of at least `size` bytes; `rank` = blocks before it in address order.
    FreeBlockRef firstFit(std::uint64_t size, std::uint64_t* rank = nullptr) const;
    // The lowest-addressed block at or after `from` of at least `size` bytes; `fromRank` = blocks below `from`.
    FreeBlockRef firstFitFrom(core::Address from, std::uint64_t size, std::uint64_t* rank = nullptr,
                              std::uint64_t* fromRank = nullptr) const;
    // The lowest-addressed block of exactly the largest size.
    FreeBlockRef largestLowest(std::uint64_t* rank = nullptr) const { return firstFit(largest(), rank); }
    FreeBlockRef lowest() const { return firstFit(0); }
    // Number of blocks below `address`.
    std::uint64_t rankOf(core::Address address) const;

    template <class Visit> void forEach(Visit&& visit) const {
        if (m_count == 0) return;
        std::uint32_t index = m_root;
        for (std::uint32_t level = 0; level < m_height; ++level) index = m_inners[index].children[0];
        for (; index != kNone; index = m_leaves[index].next) {
            const Leaf& leaf = m_leaves[index];
            for (std::uint32_t i = 0; i < leaf.count; ++i) visit(FreeBlockRef{leaf.keys[i], leaf.sizes[i]});
        }
    }

private:
    static constexpr std::uint32_t kNone = ~std::uint32_t{0};
    static constexpr core::Address kNoKey = ~core::Address{0};  // padding past a node's last entry
    static constexpr std::uint32_t kMaxHeight = 16;  // non-root nodes are 1/4 full: 8^15 blocks would not fit

    // Blocks in address order. Slots past `count` hold kNoKey / 0, so scans can cover the whole array.
    // Keys fill whole cache lines (the searches pick lines); `count` shares a line with the first sizes, which a
    // first-fit scan reads anyway, instead of taking a line of its own.
    struct alignas(64) Leaf {
        static constexpr std::uint32_t kCapacity = 32;
        static constexpr std::uint32_t kMinCount = kCapacity / 4;  // unless it is the root
        std::array<core::Address, kCapacity> keys;
        std::uint32_t count = 0;
        std::uint32_t next = kNone;  // the leaf to the right, for forEach
        std::array<std::uint64_t, kCapacity> sizes;
        void pad(std::uint32_t from, std::uint32_t to = kCapacity);
        template <class F> void eachArray(Leaf& other, F&& f) {
            f(keys, other.keys);
            f(sizes, other.sizes);
        }
    };
    // Children in address order with their summaries. Slots past `count` hold kNoKey / 0. As in Leaf, `count`
    // follows the keys and shares a line with the first children, which every descent reads.
    // Twice a leaf's fan-out: the few hundred to few thousand free blocks of a typical heap then hang below a
    // single inner level, and a descent is a root and a leaf (with 32 children, a root of two or three children
    // added a level to every search, insert and erase).
    // `lineMax` holds the largest block under each line of 8 children, so a first fit skips 8 children at a
    // look; changes of shape recompute it (refreshLines), changes of one child's maximum fix its line.
    struct alignas(64) Inner {
        static constexpr std::uint32_t kCapacity = 64;
        static constexpr std::uint32_t kMinCount = kCapacity / 4;  // unless it is the root
        static constexpr std::uint32_t kPerLine = 8;
        static constexpr std::uint32_t kLines = kCapacity / kPerLine;
        std::array<core::Address, kCapacity> minKey;  // the lowest address in each child
        std::uint32_t count = 0;
        std::array<std::uint32_t, kCapacity> children;  // leaves when this node is on the lowest inner level
        std::array<std::uint32_t, kCapacity> counts;   // the number of blocks in each child
        std::array<std::uint64_t, kCapacity> maxSize;  // the largest block in each child
        std::array<std::uint64_t, kLines> lineMax;     // the largest of maxSize over each line of children
        void pad(std::uint32_t from, std::uint32_t to = kCapacity);
        std::uint64_t maxOfLine(std::uint32_t line) const;
        void refreshLines();
        // The largest block of the node, from the line maxima.
        std::uint64_t largest() const;
        // Sets maxSize[slot], raised or lowered, and fixes its line's maximum.
        void setMax(std::uint32_t slot, std::uint64_t value);
        template <class F> void eachArray(Inner& other, F&& f) {
            f(minKey, other.minKey);
            f(maxSize, other.maxSize);
            f(counts, other.counts);
            f(children, other.children);
        }
    };
    struct Summary {
        core::Address minKey;
        std::uint64_t maxSize;
        std::uint32_t count;
    };
    // A root-to-leaf path remembered by a search, so the erase or update that usually follows it needs no
    // second descent, nor the next fit that starts where that left off. Valid while `version` matches
    // m_version: insert and erase bump it, and re-stamp the path when the tree kept its shape.
    struct Path {
        std::array<std::uint32_t, kMaxHeight> nodes;  // inner nodes from the root down, [0, m_height)
        std::array<std::uint32_t, kMaxHeight> slots;  // the child taken in each
        std::array<std::uint64_t, kMaxHeight + 1> before;  // blocks left of the path at each level, leaf last
        std::uint32_t leaf = kNone;
        std::uint32_t pos = 0;  // the entry in the leaf
        bool ranked = false;    // `before` was counted
        std::uint64_t version = ~std::uint64_t{0};
    };

    std::uint64_t descend(core::Address key, Path& path, bool wantRank) const;
    bool locate(core::Address key, Path& path) const;
    bool cached(core::Address key) const;
    bool insertsAtPath(core::Address key) const;
    // Sets `path` to the front of the leftmost leaf: where a key below every other goes.
    void frontPath(Path& path) const;
    // The lowest address in the index; kNoKey when a root leaf is empty.
    core::Address lowestKey() const {
        return m_height > 0 ? m_inners[m_root].minKey[0] : m_leaves[m_root].keys[0];
    }
    FreeBlockRef firstFitBelow(std::uint32_t level, std::uint32_t index, std::uint64_t size, std::uint64_t before,
                               std::uint64_t* rank) const;

    void propagateMax(const Path& path, std::uint64_t leafMax);
    void propagateMin(const Path& path, core::Address leafMin);
    void splitInsert(const Path& path, core::Address block, std::uint64_t size);
    void hangSibling(const Path& path, std::uint32_t level, std::uint32_t fresh);
    void rebalance(const Path& path);
    template <class Node>
    bool rebalanceAt(std::vector<Node>& pool, std::vector<std::uint32_t>& freeList, const Path& path,
                     std::uint32_t level);
    void refreshAbove(const Path& path, std::uint32_t level);
    Summary summaryAt(std::uint32_t level, std::uint32_t index) const;
    void clearNodes();

    std::vector<Leaf> m_leaves;
    std::vector<Inner> m_inners;
    std::vector<std::uint32_t> m_freeLeaves;
    std::vector<std::uint32_t> m_freeInners;
    std::uint32_t m_root = kNone;
    std::uint32_t m_height = 0;  // inner levels above the leaves
    std::uint64_t m_count = 0;
    std::uint64_t m_largest = 0;
    std::uint64_t m_version = 0;
    mutable Path m_lastFound{};
};

} // namespace memviz::alloc
