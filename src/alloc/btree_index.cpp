// BTreeIndex: descents and first-fit searches over the per-child summaries, in-place repairs of those
// summaries (stopping as soon as one is unchanged), and the splits, merges and sharing that keep every
// non-root node at least a quarter full.
#include "alloc/btree_index.h"

#include <algorithm>
#include <cassert>
#include <cstring>
#include <tuple>
#include <type_traits>
#include <utility>

namespace memviz::alloc {

namespace {

// Searches of a sorted node array of `count` entries whose padding (kNoKey) sorts last, in two rounds of
// independent loads: the last key of each 64-byte line picks the line, then a branch-free count within it.
// Only lines that hold entries are looked at, so a node that is not full costs fewer cache lines.
// lowerBound counts the entries below `key`, upperBound those not above it.
constexpr std::uint32_t kPerLine = 8;

// The count within a line, written out as one sum over fixed offsets from the line's start: a compare and an
// add-with-carry per key. (As a loop, even unrolled, the compiler spends a register and an instruction per
// key on addresses, which tripled the count.)
template <bool kOrEqual, std::size_t... kIndex>
std::uint32_t countInLine(const std::uint64_t* line, std::uint64_t key, std::index_sequence<kIndex...>) {
    return (std::uint32_t{kOrEqual ? line[kIndex] <= key : line[kIndex] < key} + ...);
}

template <bool kOrEqual, class Array>
std::uint32_t countBefore(const Array& keys, std::uint32_t count, std::uint64_t key) {
    static_assert(std::tuple_size_v<Array> % kPerLine == 0);
    auto before = [key](std::uint64_t value) { return kOrEqual ? value <= key : value < key; };
    std::uint32_t line = 0;
    // A line whose last key is the node's last needs no look: the count within it says all.
#pragma GCC unroll 8  // a constant trip count (up to 7 for 64 keys): straight-line compares
    for (std::uint32_t end = kPerLine; end < keys.size(); end += kPerLine) {
        if (end < count) line += before(keys[end - 1]) ? 1 : 0;
    }
    std::uint32_t pos = line * kPerLine;
    return pos + countInLine<kOrEqual>(keys.data() + pos, key, std::make_index_sequence<kPerLine>());
}

template <class Array> std::uint32_t lowerBound(const Array& keys, std::uint32_t count, std::uint64_t key) {
    return countBefore<false>(keys, count, key);
}

template <class Array> std::uint32_t upperBound(const Array& keys, std::uint32_t count, std::uint64_t key) {
    return countBefore<true>(keys, count, key);
}

// Four independent running maxima, so that the compares need not wait on each other. A full-width index: no
// zero extension per look.
template <class Array> std::uint64_t maxOf(const Array& values, std::size_t count) {
    static_assert(std::tuple_size_v<Array> % 4 == 0);
    std::uint64_t a = 0, b = 0, c = 0, d = 0;
    for (std::size_t i = 0; i < count; i += 4) {  // zeros pad the array to a multiple of 4
        a = values[i] > a ? values[i] : a;
        b = values[i + 1] > b ? values[i + 1] : b;
        c = values[i + 2] > c ? values[i + 2] : c;
        d = values[i + 3] > d ? values[i + 3] : d;
    }
    a = b > a ? b : a;
    c = d > c ? d : c;
    return c > a ? c : a;
}

// The sum and the largest of one line of an inner node's entries, written out as in countInLine.
template <std::size_t... kIndex>
std::uint32_t sumInLine(const std::uint32_t* line, std::index_sequence<kIndex...>) {
    return (line[kIndex] + ...);
}

template <std::size_t... kIndex>
std::uint64_t maxInLine(const std::uint64_t* line, std::index_sequence<kIndex...>) {
    std::uint64_t largest = 0;
    ((largest = line[kIndex] > largest ? line[kIndex] : largest), ...);
    return largest;
}

// The first of values[0, count) that is at least `size`, count > 0; count - 1 when none is (the caller knows
// one is, but a broken invariant must not lead past the node). Four looks a round and one bound check: zeros
// pad the array to a multiple of 4, and a zero fits no request unless `size` is 0, which the first look takes.
// Inlined into the first-fit search, like the other steps of the hot operations marked always_inline below: out
// of line, a call and its register saves cost about as much as the step.
template <class Array>
[[gnu::always_inline]] inline std::size_t firstAtLeast(const Array& values, std::size_t count, std::uint64_t size) {
    static_assert(std::tuple_size_v<Array> % 4 == 0);
    std::size_t i = 0;
    do {
        if (values[i] >= size) return i;
        if (values[i + 1] >= size) return i + 1;
        if (values[i + 2] >= size) return i + 2;
        if (values[i + 3] >= size) return i + 3;
        i += 4;
    } while (i < count);
    return count - 1;
}

template <class Array> std::uint64_t sumBefore(const Array& values, std::uint32_t end) {
    std::uint32_t total = 0;
    for (std::uint32_t i = 0; i < end; ++i) total += values[i];
    return total;
}

// Copies n entries (every array of the node) from `from` at fromPos to `to` at toPos; the ranges may overlap.
template <class Node>
void moveEntries(Node& from, std::uint32_t fromPos, Node& to, std::uint32_t toPos, std::uint32_t n) {
    from.eachArray(to, [&](auto& source, auto& target) {
        std::memmove(target.data() + toPos, source.data() + fromPos, n * sizeof source[0]);
    });
}

template <class Node> void openGap(Node& node, std::uint32_t pos) {
    moveEntries(node, pos, node, pos + 1, node.count - pos);
    ++node.count;
}

template <class Node> void closeGap(Node& node, std::uint32_t pos) {
    moveEntries(node, pos + 1, node, pos, node.count - pos - 1);
    --node.count;
    node.pad(node.count, node.count + 1);
}

// Moves the upper half of a full node into the empty `upper`.
template <class Node> void splitInto(Node& node, Node& upper) {
    std::uint32_t half = node.count / 2;
    moveEntries(node, half, upper, 0, node.count - half);
    upper.count = node.count - half;
    node.count = half;
    node.pad(half);
}

// Evens out two neighbours' entries.
template <class Node> void share(Node& left, Node& right) {
    std::uint32_t half = (left.count + right.count) / 2;
    if (left.count > half) {
        std::uint32_t n = left.count - half;
        moveEntries(right, 0, right, n, right.count);
        moveEntries(left, half, right, 0, n);
        right.count += n;
        left.count = half;
        left.pad(half);
    } else {
        std::uint32_t n = half - left.count;
        moveEntries(right, 0, left, left.count, n);
        moveEntries(right, n, right, 0, right.count - n);
        right.count -= n;
        left.count = half;
        right.pad(right.count);
    }
}

// The child of `inner` whose subtree holds `key` (or would): the last one whose lowest address is <= key.
template <class Inner> std::uint32_t childFor(const Inner& inner, std::uint64_t key) {
    std::uint32_t atOrBelow = upperBound(inner.minKey, inner.count, key);
    return std::min(atOrBelow == 0 ? 0 : atOrBelow - 1, inner.count - 1);  // kNoKey padding counts for kNoKey
}

template <class Node> std::uint32_t allocate(std::vector<Node>& pool, std::vector<std::uint32_t>& freeList) {
    std::uint32_t index;
    if (freeList.empty()) {
        index = static_cast<std::uint32_t>(pool.size());
        pool.emplace_back();
    } else {
        index = freeList.back();
        freeList.pop_back();
    }
    pool[index].count = 0;
    pool[index].pad(0);
    return index;
}

template <class Inner, class Summary>
void setEntry(Inner& inner, std::uint32_t slot, std::uint32_t child, const Summary& summary) {
    inner.minKey[slot] = summary.minKey;
    inner.maxSize[slot] = summary.maxSize;
    inner.counts[slot] = summary.count;
    inner.children[slot] = child;
}

} // namespace

void BTreeIndex::Leaf::pad(std::uint32_t from, std::uint32_t to) {
    for (std::uint32_t i = from; i < to; ++i) {
        keys[i] = kNoKey;
        sizes[i] = 0;
    }
}

void BTreeIndex::Inner::pad(std::uint32_t from, std::uint32_t to) {
    for (std::uint32_t i = from; i < to; ++i) {
        minKey[i] = kNoKey;
        maxSize[i] = 0;
        counts[i] = 0;
    }
}

std::uint64_t BTreeIndex::Inner::maxOfLine(std::uint32_t line) const {
    return maxInLine(maxSize.data() + line * kPerLine, std::make_index_sequence<kPerLine>());
}

void BTreeIndex::Inner::refreshLines() {
    for (std::uint32_t line = 0; line < kLines; ++line) lineMax[line] = maxOfLine(line);
}

std::uint64_t BTreeIndex::Inner::largest() const { return maxOf(lineMax, kLines); }

inline void BTreeIndex::Inner::setMax(std::uint32_t slot, std::uint64_t value) {
    std::uint64_t old = maxSize[slot];
    maxSize[slot] = value;
    std::uint32_t line = slot / kPerLine;
    if (value > lineMax[line]) lineMax[line] = value;
    else if (value < old && old == lineMax[line]) lineMax[line] = maxOfLine(line);
}

// ---- Searches ----

// Walks from the root towards `key`, recording the path; pos = the leaf's entries below `key`. With `wantRank`
// the path also counts the blocks left of it at each level. Returns the blocks left of the leaf (or 0).
// Inlined into insert, erase and update (through locate), each of which descends once.
[[gnu::always_inline]] inline std::uint64_t BTreeIndex::descend(core::Address key, Path& path,
                                                                bool wantRank) const {
    std::uint64_t before = 0;
    std::uint32_t index = m_root;
    for (std::uint32_t level = 0; level < m_height; ++level) {
        const Inner& inner = m_inners[index];
        std::uint32_t slot = childFor(inner, key);
        path.nodes[level] = index;
        path.slots[level] = slot;
        path.before[level] = before;
        if (wantRank) before += sumBefore(inner.counts, slot);
        index = inner.children[slot];
    }
    path.before[m_height] = before;
    path.ranked = wantRank;
    path.leaf = index;
    const Leaf& leaf = m_leaves[index];
    path.pos = lowerBound(leaf.keys, leaf.count, key);
    path.version = m_version;
    return before;
}

// Inlined into erase and update.
[[gnu::always_inline]] inline bool BTreeIndex::locate(core::Address key, Path& path) const {
    if (m_count == 0) return false;
    descend(key, path, false);
    const Leaf& leaf = m_leaves[path.leaf];
    return path.pos < leaf.count && leaf.keys[path.pos] == key;
}

// Whether m_lastFound leads to `key`: at its entry, or just before it (an erase leaves it on the successor).
bool BTreeIndex::cached(core::Address key) const {
    if (m_lastFound.version != m_version) return false;
    const Leaf& leaf = m_leaves[m_lastFound.leaf];
    std::uint32_t pos = m_lastFound.pos;
    if (pos < leaf.count && leaf.keys[pos] == key) return true;
    if (pos == 0 || leaf.keys[pos - 1] != key) return false;
    m_lastFound.pos = pos - 1;
    return true;
}

bool BTreeIndex::contains(core::Address block) const {
    Path path;
    return locate(block, path);
}

std::uint64_t BTreeIndex::sizeOf(core::Address block) const {
    Path path;
    return locate(block, path) ? m_leaves[path.leaf].sizes[path.pos] : 0;
}

std::uint64_t BTreeIndex::rankOf(core::Address address) const {
    if (m_count == 0) return 0;
    Path path;
    std::uint64_t before = descend(address, path, true);
    return before + path.pos;
}

// First fit inside the subtree of `index` (at `level`, below m_lastFound's [0, level)), which must hold a block
// of at least `size`; `before` blocks precede the subtree. Records the path with its ranks. Since the subtree holds
// a fit, every node on the way down has an entry that fits; the scans keep their bound all the same, so a broken
// invariant cannot read past a node in a release build.
[[gnu::always_inline]] inline FreeBlockRef BTreeIndex::firstFitBelow(std::uint32_t level, std::uint32_t index,
                                                                     std::uint64_t size, std::uint64_t before,
                                                                     std::uint64_t* rank) const {
    Path& path = m_lastFound;
    for (; level < m_height; ++level) {
        const Inner& inner = m_inners[index];
        path.nodes[level] = index;
        path.before[level] = before;
        // The first line of children with a fit, then the first child in it. Full-width indices: no zero
        // extension in the loops.
        std::size_t line = 0;
        while (inner.lineMax[line] < size && line + 1 < Inner::kLines) {
            before += sumInLine(inner.counts.data() + line * Inner::kPerLine, std::make_index_sequence<Inner::kPerLine>());
            ++line;
        }
        std::size_t slot = line * Inner::kPerLine;
        while (inner.maxSize[slot] < size && slot + 1 < inner.count) before += inner.counts[slot++];
        assert(slot < inner.count);
        path.slots[level] = static_cast<std::uint32_t>(slot);
        index = inner.children[slot];
    }
    const Leaf& leaf = m_leaves[index];
    std::size_t pos = firstAtLeast(leaf.sizes, leaf.count, size);
    assert(pos < leaf.count);
    path.before[m_height] = before;
    path.ranked = true;
    path.leaf = index;
    path.pos = static_cast<std::uint32_t>(pos);
    path.version = m_version;
    if (rank != nullptr) *rank = before + pos;
    return {leaf.keys[pos], leaf.sizes[pos]};
}

FreeBlockRef BTreeIndex::firstFit(std::uint64_t size, std::uint64_t* rank) const {
    if (m_count == 0 || m_largest < size) {
        m_lastFound.version = ~m_version;
        return {};
    }
    return firstFitBelow(0, m_root, size, 0, rank);
}

FreeBlockRef BTreeIndex::firstFitFrom(core::Address from, std::uint64_t size, std::uint64_t* rank,
                                      std::uint64_t* fromRank) const {
    if (m_count == 0) {
        if (fromRank != nullptr) *fromRank = 0;
        return {};
    }
    // The path to the first block at or after `from`: next fit usually starts where the last search, and the
    // split or erase after it, left the remembered path. Otherwise down from the root.
    Path& path = m_lastFound;
    bool reuse = path.version == m_version && path.ranked && path.pos < m_leaves[path.leaf].count;
    if (reuse) {
        const Leaf& leaf = m_leaves[path.leaf];
        reuse = leaf.keys[path.pos] == from ||
                (path.pos > 0 && leaf.keys[path.pos - 1] < from && from < leaf.keys[path.pos]);
    }
    if (!reuse) descend(from, path, true);
    path.version = ~m_version;  // valid again only once a block is found
    const Leaf& leaf = m_leaves[path.leaf];
    std::uint64_t leafBefore = path.before[m_height];
    if (fromRank != nullptr) *fromRank = leafBefore + path.pos;
    if (m_largest < size) return {};
    for (std::uint32_t i = path.pos; i < leaf.count; ++i) {
        if (leaf.sizes[i] < size) continue;
        path.pos = i;
        path.version = m_version;
        if (rank != nullptr) *rank = leafBefore + i;
        return {leaf.keys[i], leaf.sizes[i]};
    }
    // Back up: the nearest subtree right of the path, lowest level first, whose largest block fits.
    for (std::uint32_t level = m_height; level-- > 0;) {
        const Inner& inner = m_inners[path.nodes[level]];
        std::uint32_t slot = path.slots[level];
        std::uint64_t skipped = path.before[level] + sumBefore(inner.counts, slot + 1);
        for (++slot; slot < inner.count; ++slot) {
            if (inner.maxSize[slot] >= size) {
                path.slots[level] = slot;
                return firstFitBelow(level + 1, inner.children[slot], size, skipped, rank);
            }
            skipped += inner.counts[slot];
        }
    }
    return {};
}

// ---- Changes that keep the shape ----

// Whether m_lastFound already leads to where a descent would put a new `key`: strictly between two entries of
// its leaf (an erase leaves the path on the successor, so a block freed again right after it was taken lands
// here). Then the insert needs no descent.
inline bool BTreeIndex::insertsAtPath(core::Address key) const {
    const Path& path = m_lastFound;
    if (path.version != m_version || m_count == 0) return false;
    const Leaf& leaf = m_leaves[path.leaf];
    std::uint32_t pos = path.pos;
    return pos > 0 && pos < leaf.count && leaf.keys[pos - 1] < key && key < leaf.keys[pos];
}

// The path to the front of the leftmost leaf, where a key below every other goes: first children all the way
// down, no blocks left of it. Such inserts are common: first fit fills the heap from its start, so that is where
// most blocks are freed, and the search for their place would only confirm it.
void BTreeIndex::frontPath(Path& path) const {
    std::uint32_t index = m_root;
    for (std::uint32_t level = 0; level < m_height; ++level) {
        path.nodes[level] = index;
        path.slots[level] = 0;
        path.before[level] = 0;
        index = m_inners[index].children[0];
    }
    path.before[m_height] = 0;
    path.ranked = true;
    path.leaf = index;
    path.pos = 0;
    path.version = m_version;
}

void BTreeIndex::insert(core::Address block, std::uint64_t size) {
    Path& path = m_lastFound;  // afterwards it leads to the new block, unless a split changed the shape
    bool atPath = insertsAtPath(block);
    ++m_version;
    if (m_count == 0) {
        clearNodes();
        m_root = allocate(m_leaves, m_freeLeaves);
        m_leaves[m_root].next = kNone;
    }
    if (atPath) path.version = m_version;  // blocks left of the path are as they were: its ranks hold too
    else if (block < lowestKey()) frontPath(path);
    else descend(block, path, false);
    ++m_count;
    m_largest = std::max(m_largest, size);
    Leaf& leaf = m_leaves[path.leaf];
    if (leaf.count == Leaf::kCapacity) {
        path.version = ~m_version;
        splitInsert(path, block, size);
        return;
    }
    openGap(leaf, path.pos);
    leaf.keys[path.pos] = block;
    leaf.sizes[path.pos] = size;
    bool raise = true;
    bool lower = path.pos == 0;  // the block is the leaf's new lowest
    for (std::uint32_t level = m_height; level-- > 0;) {
        Inner& inner = m_inners[path.nodes[level]];
        std::uint32_t slot = path.slots[level];
        ++inner.counts[slot];
        if (raise && inner.maxSize[slot] < size) inner.setMax(slot, size);
        else raise = false;
        if (lower) inner.minKey[slot] = block;
        lower = lower && slot == 0;
    }
}

bool BTreeIndex::erase(core::Address block) {
    if (!cached(block) && !locate(block, m_lastFound)) return false;
    ++m_version;
    const Path& path = m_lastFound;
    if (--m_count == 0) {
        clearNodes();
        return true;
    }
    Leaf& leaf = m_leaves[path.leaf];
    std::uint64_t size = leaf.sizes[path.pos];
    closeGap(leaf, path.pos);
    if (m_height > 0 && leaf.count < Leaf::kMinCount) {
        rebalance(path);
        return true;
    }
    for (std::uint32_t level = m_height; level-- > 0;) --m_inners[path.nodes[level]].counts[path.slots[level]];
    if (path.pos == 0) propagateMin(path, leaf.keys[0]);
    std::uint64_t leafMax = m_height == 0 ? m_largest : m_inners[path.nodes[m_height - 1]].maxSize[path.slots[m_height - 1]];
    if (size == leafMax) propagateMax(path, maxOf(leaf.sizes, leaf.count));
    m_lastFound.version = m_version;  // the shape held: the path stays, on the successor (see cached())
    return true;
}

bool BTreeIndex::update(core::Address oldBlock, core::Address newBlock, std::uint64_t newSize) {
    if (!cached(oldBlock) && !locate(oldBlock, m_lastFound)) return false;
    const Path& path = m_lastFound;  // the shape does not change: it stays valid, now for newBlock
    Leaf& leaf = m_leaves[path.leaf];
    assert(path.pos == 0 || leaf.keys[path.pos - 1] < newBlock);
    assert(path.pos + 1 == leaf.count || newBlock < leaf.keys[path.pos + 1]);
    std::uint64_t oldSize = leaf.sizes[path.pos];
    leaf.keys[path.pos] = newBlock;
    leaf.sizes[path.pos] = newSize;
    if (path.pos == 0 && newBlock != oldBlock) propagateMin(path, newBlock);
    if (newSize == oldSize) return true;
    std::uint64_t leafMax = m_height == 0 ? m_largest : m_inners[path.nodes[m_height - 1]].maxSize[path.slots[m_height - 1]];
    if (newSize > leafMax) propagateMax(path, newSize);
    else if (oldSize == leafMax) propagateMax(path, maxOf(leaf.sizes, leaf.count));
    return true;
}

// The path's leaf now has `value` as its largest block: fix the maxima above, stopping once one is unchanged.
// Inlined into erase and update.
[[gnu::always_inline]] inline void BTreeIndex::propagateMax(const Path& path, std::uint64_t value) {
    for (std::uint32_t level = m_height; level-- > 0;) {
        Inner& inner = m_inners[path.nodes[level]];
        std::uint32_t slot = path.slots[level];
        std::uint64_t old = inner.maxSize[slot];
        if (old == value) return;
        inner.setMax(slot, value);
        std::uint64_t nodeMax = level == 0 ? m_largest : m_inners[path.nodes[level - 1]].maxSize[path.slots[level - 1]];
        if (value > old) {
            value = std::max(value, nodeMax);
        } else {
            if (old < nodeMax) return;  // it was not this node's largest
            value = inner.largest();
        }
    }
    m_largest = value;
}

// The path's leaf now starts at `value`: fix the lowest addresses above while the path runs down first children.
void BTreeIndex::propagateMin(const Path& path, core::Address value) {
    for (std::uint32_t level = m_height; level-- > 0;) {
        Inner& inner = m_inners[path.nodes[level]];
        inner.minKey[path.slots[level]] = value;
        if (path.slots[level] != 0) return;
    }
}

// ---- Changes of shape ----

void BTreeIndex::splitInsert(const Path& path, core::Address block, std::uint64_t size) {
    std::uint32_t fresh = allocate(m_leaves, m_freeLeaves);
    Leaf& leaf = m_leaves[path.leaf];
    Leaf& upper = m_leaves[fresh];
    splitInto(leaf, upper);
    upper.next = leaf.next;
    leaf.next = fresh;
    bool inLower = path.pos <= leaf.count;
    Leaf& target = inLower ? leaf : upper;
    std::uint32_t pos = inLower ? path.pos : path.pos - leaf.count;
    openGap(target, pos);
    target.keys[pos] = block;
    target.sizes[pos] = size;
    hangSibling(path, m_height, fresh);
}

// The path's node at `level` was split and `fresh` holds its upper half: enter it in the parent, splitting
// full parents in turn (a new root when the root splits), then re-summarise the path.
void BTreeIndex::hangSibling(const Path& path, std::uint32_t level, std::uint32_t fresh) {
    for (;;) {
        std::uint32_t lower = level == m_height ? path.leaf : path.nodes[level];
        Summary lowerSummary = summaryAt(level, lower);
        Summary upperSummary = summaryAt(level, fresh);
        if (level == 0) {
            assert(m_height + 1 < kMaxHeight);
            m_root = allocate(m_inners, m_freeInners);
            Inner& root = m_inners[m_root];
            setEntry(root, 0, lower, lowerSummary);
            setEntry(root, 1, fresh, upperSummary);
            root.count = 2;
            root.refreshLines();
            ++m_height;
            return;
        }
        --level;
        std::uint32_t slot = path.slots[level];
        if (m_inners[path.nodes[level]].count < Inner::kCapacity) {
            Inner& parent = m_inners[path.nodes[level]];
            setEntry(parent, slot, lower, lowerSummary);
            openGap(parent, slot + 1);
            setEntry(parent, slot + 1, fresh, upperSummary);
            parent.refreshLines();
            refreshAbove(path, level);
            return;
        }
        std::uint32_t upperIndex = allocate(m_inners, m_freeInners);
        Inner& parent = m_inners[path.nodes[level]];
        Inner& upper = m_inners[upperIndex];
        splitInto(parent, upper);
        bool inLower = slot < parent.count;
        Inner& target = inLower ? parent : upper;
        std::uint32_t at = inLower ? slot : slot - parent.count;
        setEntry(target, at, lower, lowerSummary);
        openGap(target, at + 1);
        setEntry(target, at + 1, fresh, upperSummary);
        parent.refreshLines();
        upper.refreshLines();
        fresh = upperIndex;
    }
}

// The path's leaf has fallen below a quarter full: join it with a neighbour, and its parent in turn if that
// falls below a quarter full; then re-summarise the path and drop roots left with one child.
void BTreeIndex::rebalance(const Path& path) {
    std::uint32_t level = m_height;
    bool merged = rebalanceAt(m_leaves, m_freeLeaves, path, level--);
    while (merged && level > 0 && m_inners[path.nodes[level]].count < Inner::kMinCount)
        merged = rebalanceAt(m_inners, m_freeInners, path, level--);
    refreshAbove(path, level);
    while (m_height > 0 && m_inners[m_root].count == 1) {
        m_freeInners.push_back(m_root);
        m_root = m_inners[m_root].children[0];
        --m_height;
    }
}

// Merges the path's node at `level` (> 0) with a neighbour when both fit in 3/4 of a node, else shares their
// entries evenly. True when the parent lost a child.
template <class Node>
bool BTreeIndex::rebalanceAt(std::vector<Node>& pool, std::vector<std::uint32_t>& freeList, const Path& path,
                             std::uint32_t level) {
    Inner& parent = m_inners[path.nodes[level - 1]];
    std::uint32_t slot = path.slots[level - 1];
    std::uint32_t leftSlot = slot > 0 ? slot - 1 : 0;
    Node& left = pool[parent.children[leftSlot]];
    Node& right = pool[parent.children[leftSlot + 1]];
    bool merge = left.count + right.count <= Node::kCapacity * 3 / 4;
    if (merge) {
        moveEntries(right, 0, left, left.count, right.count);
        left.count += right.count;
        if constexpr (std::is_same_v<Node, Leaf>) left.next = right.next;
        freeList.push_back(parent.children[leftSlot + 1]);
        closeGap(parent, leftSlot + 1);
    } else {
        share(left, right);
        if constexpr (std::is_same_v<Node, Inner>) right.refreshLines();
        setEntry(parent, leftSlot + 1, parent.children[leftSlot + 1], summaryAt(level, parent.children[leftSlot + 1]));
    }
    if constexpr (std::is_same_v<Node, Inner>) left.refreshLines();
    setEntry(parent, leftSlot, parent.children[leftSlot], summaryAt(level, parent.children[leftSlot]));
    parent.refreshLines();
    return merge;
}

// The path's node at `level` changed: recompute its entry in each ancestor, and the largest block.
void BTreeIndex::refreshAbove(const Path& path, std::uint32_t level) {
    for (; level > 0; --level) {
        std::uint32_t child = level == m_height ? path.leaf : path.nodes[level];
        Inner& parent = m_inners[path.nodes[level - 1]];
        setEntry(parent, path.slots[level - 1], child, summaryAt(level, child));
        parent.refreshLines();
    }
    m_largest = summaryAt(0, m_root).maxSize;
}

BTreeIndex::Summary BTreeIndex::summaryAt(std::uint32_t level, std::uint32_t index) const {
    if (level == m_height) {
        const Leaf& leaf = m_leaves[index];
        return {leaf.keys[0], maxOf(leaf.sizes, leaf.count), leaf.count};
    }
    const Inner& inner = m_inners[index];
    std::uint32_t total = 0;
    for (std::uint32_t count : inner.counts) total += count;
    return {inner.minKey[0], maxOf(inner.maxSize, inner.count), total};
}

void BTreeIndex::clearNodes() {
    m_leaves.clear();
    m_inners.clear();
    m_freeLeaves.clear();
    m_freeInners.clear();
    m_root = kNone;
    m_height = 0;
    m_largest = 0;
}

} // namespace memviz::alloc
