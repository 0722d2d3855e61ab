// Treap: a randomized balanced search tree in one node array (32-bit links, index 0 = none), with an
// augmentation hook so the free-block indices can keep subtree maxima and counts. Ordered by Key's operator<.
// Insert, erase and in-place re-keying are O(log n); there is no global state (each tree has its own RNG).
#pragma once

#include <array>
#include <cstdint>
#include <vector>

namespace memviz::alloc {

// Aug must provide: struct Value; static void pull(Node&, const Node* left, const Node* right);
template <class Key, class Aug> class Treap {
public:
    struct Node {
        Key key{};
        typename Aug::Value value{};
        typename Aug::Summary summary{};
        std::uint32_t left = 0;
        std::uint32_t right = 0;
        std::uint32_t priority = 0;
        std::uint32_t count = 0;  // nodes in this subtree
    };

    // A root-to-node path remembered by a search, so the update that usually follows it (taking the block,
    // or shrinking it) needs no second descent. It is only used while the tree is unchanged.
    struct Path {
        std::array<std::uint32_t, 64> nodes;  // only [0, depth) is meaningful
        std::uint32_t depth = 0;
        std::uint64_t version = ~std::uint64_t{0};
        void clear() { depth = 0; }
        bool push(std::uint32_t index) {
            if (depth == nodes.size()) return false;
            nodes[depth++] = index;
            return true;
        }
    };

    Treap() { m_nodes.emplace_back(); }

    void stamp(Path& path) const { path.version = m_version; }
    bool pathTo(const Path& path, const Key& key) const {
        if (path.depth == 0 || path.version != m_version) return false;
        const Key& found = m_nodes[path.nodes[path.depth - 1]].key;
        return !(found < key) && !(key < found);
    }
    // rekey() and erase() for the node at the end of a path that pathTo() accepted.
    void rekeyAlong(const Path& path, const Key& newKey, const typename Aug::Value& value) {
        ++m_version;
        std::uint32_t target = path.nodes[path.depth - 1];
        m_nodes[target].key = newKey;
        m_nodes[target].value = value;
        for (std::uint32_t depth = path.depth; depth-- > 0;) {
            std::uint32_t index = path.nodes[depth];
            auto before = m_nodes[index].summary;
            pull(index);
            if (index != target && m_nodes[index].summary == before) break;
        }
    }
    void eraseAlong(const Path& path) {
        ++m_version;
        std::uint32_t target = path.nodes[path.depth - 1];
        std::uint32_t merged = merge(m_nodes[target].left, m_nodes[target].right);
        m_freeNodes.push_back(target);
        relink(path, path.depth - 1, target, merged);
    }

    std::uint32_t root() const { return m_root; }
    std::uint32_t size() const { return m_root ? m_nodes[m_root].count : 0; }
    bool empty() const { return m_root == 0; }
    const Node& node(std::uint32_t index) const { return m_nodes[index]; }
    std::uint32_t count(std::uint32_t index) const { return index ? m_nodes[index].count : 0; }

    void insert(const Key& key, const typename Aug::Value& value) {
        ++m_version;
        std::uint32_t fresh = allocateNode(key, value);
        // Descend while the path's priorities beat the new node's, then split the rest of the subtree around
        // it; iterative, since this runs for nearly every free().
        Path path;
        std::uint32_t current = m_root;
        std::uint32_t priority = m_nodes[fresh].priority;
        while (current != 0 && m_nodes[current].priority >= priority) {
            if (!path.push(current)) {  // pathological depth: the recursive form has no limit
                m_root = insertInto(m_root, fresh);
                return;
            }
            current = key < m_nodes[current].key ? m_nodes[current].left : m_nodes[current].right;
        }
        split(current, key, m_nodes[fresh].left, m_nodes[fresh].right);
        pull(fresh);
        link(path, fresh);
    }

    // Removes the node with exactly `key`; false when there is none.
    bool erase(const Key& key) {
        Path path;
        std::uint32_t current = m_root;
        while (current != 0) {
            if (!path.push(current)) {
                ++m_version;
                bool found = false;
                m_root = eraseFrom(m_root, key, found);
                return found;
            }
            const Key& nodeKey = m_nodes[current].key;
            if (key < nodeKey) current = m_nodes[current].left;
            else if (nodeKey < key) current = m_nodes[current].right;
            else break;
        }
        if (current == 0) return false;
        eraseAlong(path);
        return true;
    }

    // Gives the node with `oldKey` a new key and value. The new key must keep the node's place in the order
    // (no other key between old and new); then only the path is re-summarised. False when oldKey is absent.
    bool rekey(const Key& oldKey, const Key& newKey, const typename Aug::Value& value) {
        ++m_version;
        std::array<std::uint32_t, 96> path;  // filled as we descend: no need to zero it
        std::size_t depth = 0;
        std::uint32_t current = m_root;
        while (current != 0) {
            if (depth == path.size()) {  // pathological depth: fall back to erase + insert
                if (!erase(oldKey)) return false;
                insert(newKey, value);
                return true;
            }
            path[depth++] = current;
            const Key& key = m_nodes[current].key;
            if (oldKey < key) current = m_nodes[current].left;
            else if (key < oldKey) current = m_nodes[current].right;
            else break;
        }
        if (current == 0) return false;
        m_nodes[current].key = newKey;
        m_nodes[current].value = value;
        // Counts do not change; stop re-summarising as soon as a subtree's summary is unchanged.
        while (depth > 0) {
            std::uint32_t index = path[--depth];
            auto before = m_nodes[index].summary;
            pull(index);
            if (index != current && m_nodes[index].summary == before) break;
        }
        return true;
    }

    // Index of the node with exactly `key`, or 0.
    std::uint32_t find(const Key& key) const {
        std::uint32_t current = m_root;
        while (current != 0) {
            const Key& nodeKey = m_nodes[current].key;
            if (key < nodeKey) current = m_nodes[current].left;
            else if (nodeKey < key) current = m_nodes[current].right;
            else return current;
        }
        return 0;
    }

    // The first node whose key is not less than `key`, or 0; `rank` gets the number of keys before it.
    std::uint32_t lowerBound(const Key& key, std::uint64_t* rank = nullptr) const {
        std::uint32_t current = m_root;
        std::uint32_t best = 0;
        std::uint64_t before = 0;
        std::uint64_t bestRank = size();
        while (current != 0) {
            const Node& n = m_nodes[current];
            if (n.key < key) {
                before += count(n.left) + 1;
                current = n.right;
            } else {
                best = current;
                bestRank = before + count(n.left);
                current = n.left;
            }
        }
        if (rank != nullptr) *rank = bestRank;
        return best;
    }

    std::uint32_t first() const { return extreme(true); }
    std::uint32_t last() const { return extreme(false); }

    template <class Visit> void forEach(Visit&& visit) const { forEachFrom(m_root, visit); }

    void clear() {
        m_nodes.resize(1);
        m_freeNodes.clear();
        m_root = 0;
        ++m_version;
    }

private:
    std::uint32_t allocateNode(const Key& key, const typename Aug::Value& value) {
        std::uint32_t index;
        if (!m_freeNodes.empty()) {
            index = m_freeNodes.back();
            m_freeNodes.pop_back();
        } else {
            index = static_cast<std::uint32_t>(m_nodes.size());
            m_nodes.emplace_back();
        }
        Node& n = m_nodes[index];
        n.key = key;
        n.value = value;
        n.left = n.right = 0;
        n.priority = nextRandom();
        pull(index);
        return index;
    }

    std::uint32_t nextRandom() {
        // xorshift64*: a per-tree generator, no global state.
        m_rng ^= m_rng >> 12;
        m_rng ^= m_rng << 25;
        m_rng ^= m_rng >> 27;
        return static_cast<std::uint32_t>((m_rng * 0x2545F4914F6CDD1DULL) >> 32);
    }

    void pull(std::uint32_t index) {
        Node& n = m_nodes[index];
        const Node* left = n.left ? &m_nodes[n.left] : nullptr;
        const Node* right = n.right ? &m_nodes[n.right] : nullptr;
        n.count = 1 + (left ? left->count : 0) + (right ? right->count : 0);
        Aug::pull(n, left, right);
    }

    // Hangs `child` under the last node of `path` (or makes it the root) and re-summarises the path.
    void link(const Path& path, std::uint32_t child) {
        if (path.depth == 0) {
            m_root = child;
            return;
        }
        Node& parent = m_nodes[path.nodes[path.depth - 1]];
        (m_nodes[child].key < parent.key ? parent.left : parent.right) = child;
        for (std::uint32_t depth = path.depth; depth-- > 0;) pull(path.nodes[depth]);
    }
    // Replaces `old`, a child of path node depth-1 (or the root when depth is 0), by `child` and
    // re-summarises the path above it.
    void relink(const Path& path, std::uint32_t depth, std::uint32_t old, std::uint32_t child) {
        if (depth == 0) {
            m_root = child;
            return;
        }
        Node& parent = m_nodes[path.nodes[depth - 1]];
        (parent.left == old ? parent.left : parent.right) = child;
        while (depth-- > 0) pull(path.nodes[depth]);
    }

    // Descends to where `fresh` belongs by key; where its priority wins, the subtree there is split around it.
    std::uint32_t insertInto(std::uint32_t tree, std::uint32_t fresh) {
        if (tree == 0) return fresh;
        Node& n = m_nodes[tree];
        Node& f = m_nodes[fresh];
        if (f.priority > n.priority) {
            split(tree, f.key, f.left, f.right);
            pull(fresh);
            return fresh;
        }
        if (f.key < n.key) {
            std::uint32_t child = insertInto(n.left, fresh);
            m_nodes[tree].left = child;
        } else {
            std::uint32_t child = insertInto(n.right, fresh);
            m_nodes[tree].right = child;
        }
        pull(tree);
        return tree;
    }

    // less: keys < key; greater: keys >= key.
    void split(std::uint32_t tree, const Key& key, std::uint32_t& less, std::uint32_t& greater) {
        if (tree == 0) {
            less = greater = 0;
            return;
        }
        if (m_nodes[tree].key < key) {
            split(m_nodes[tree].right, key, m_nodes[tree].right, greater);
            less = tree;
        } else {
            split(m_nodes[tree].left, key, less, m_nodes[tree].left);
            greater = tree;
        }
        pull(tree);
    }

    std::uint32_t merge(std::uint32_t a, std::uint32_t b) {
        if (a == 0) return b;
        if (b == 0) return a;
        if (m_nodes[a].priority > m_nodes[b].priority) {
            m_nodes[a].right = merge(m_nodes[a].right, b);
            pull(a);
            return a;
        }
        m_nodes[b].left = merge(a, m_nodes[b].left);
        pull(b);
        return b;
    }

    std::uint32_t eraseFrom(std::uint32_t tree, const Key& key, bool& found) {
        if (tree == 0) return 0;
        Node& n = m_nodes[tree];
        if (key < n.key) {
            n.left = eraseFrom(n.left, key, found);
        } else if (n.key < key) {
            n.right = eraseFrom(n.right, key, found);
        } else {
            found = true;
            std::uint32_t merged = merge(n.left, n.right);
            m_freeNodes.push_back(tree);
            return merged;
        }
        pull(tree);
        return tree;
    }

    std::uint32_t extreme(bool leftmost) const {
        std::uint32_t current = m_root;
        if (current == 0) return 0;
        for (;;) {
            std::uint32_t next = leftmost ? m_nodes[current].left : m_nodes[current].right;
            if (next == 0) return current;
            current = next;
        }
    }

    template <class Visit> void forEachFrom(std::uint32_t index, Visit& visit) const {
        if (index == 0) return;
        forEachFrom(m_nodes[index].left, visit);
        visit(m_nodes[index]);
        forEachFrom(m_nodes[index].right, visit);
    }

    std::vector<Node> m_nodes;
    std::vector<std::uint32_t> m_freeNodes;
    std::uint32_t m_root = 0;
    std::uint64_t m_version = 0;  // bumped by every change; a Path is valid only for the version it saw
    std::uint64_t m_rng = 0x9E3779B97F4A7C15ULL;
};

} // namespace memviz::alloc
