// FlatIdMap: a flat open-addressing hash map from 64-bit keys (heap pointers, text-trace ids) to 32-bit
// dense ids. Linear probing, multiplicative hashing, deletion by backward shift (no tombstones): one
// cache line per lookup on millions of events, where std::unordered_map allocates a node per entry.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace memviz::replay {

class FlatIdMap {
public:
    static constexpr std::uint32_t kNone = ~std::uint32_t{0};

    explicit FlatIdMap(std::size_t expected = 1024) { rehash(capacityFor(expected)); }

    std::size_t size() const { return m_size + (m_hasZero ? 1 : 0); }

    // The value of `key`, or kNone.
    std::uint32_t find(std::uint64_t key) const {
        if (key == kEmptyKey) return m_hasZero ? m_zeroValue : kNone;
        for (std::size_t i = slotOf(key);; i = (i + 1) & m_mask) {
            const Slot& slot = m_slots[i];
            if (slot.key == key) return slot.value;
            if (slot.key == kEmptyKey) return kNone;
        }
    }

    // Sets the value of `key` (inserting it if absent).
    void set(std::uint64_t key, std::uint32_t value) {
        if (key == kEmptyKey) {
            m_hasZero = true;
            m_zeroValue = value;
            return;
        }
        if ((m_size + 1) * 2 > m_slots.size()) rehash(m_slots.size() * 2);
        for (std::size_t i = slotOf(key);; i = (i + 1) & m_mask) {
            Slot& slot = m_slots[i];
            if (slot.key == key) {
                slot.value = value;
                return;
            }
            if (slot.key == kEmptyKey) {
                slot = Slot{key, value};
                ++m_size;
                return;
            }
        }
    }

    // The value of `key`, inserted as kNone when absent: one probe for "look up, else insert". The
    // reference is valid until the next insertion.
    std::uint32_t& slot(std::uint64_t key) {
        if (key == kEmptyKey) {
            if (!m_hasZero) m_zeroValue = kNone;
            m_hasZero = true;
            return m_zeroValue;
        }
        if ((m_size + 1) * 2 > m_slots.size()) rehash(m_slots.size() * 2);
        for (std::size_t i = slotOf(key);; i = (i + 1) & m_mask) {
            Slot& entry = m_slots[i];
            if (entry.key == key) return entry.value;
            if (entry.key == kEmptyKey) {
                entry = Slot{key, kNone};
                ++m_size;
                return entry.value;
            }
        }
    }

    // Removes `key` and returns its value, or kNone when it was absent.
    std::uint32_t take(std::uint64_t key) {
        if (key == kEmptyKey) {
            if (!m_hasZero) return kNone;
            m_hasZero = false;
            return m_zeroValue;
        }
        std::size_t i = slotOf(key);
        for (;; i = (i + 1) & m_mask) {
            if (m_slots[i].key == key) break;
            if (m_slots[i].key == kEmptyKey) return kNone;
        }
        std::uint32_t value = m_slots[i].value;
        // Backward-shift deletion: pull later members of the probe run into the hole when their home
        // slot is at or before it (cyclically), so lookups never need tombstones.
        std::size_t hole = i;
        for (std::size_t j = (hole + 1) & m_mask; m_slots[j].key != kEmptyKey; j = (j + 1) & m_mask) {
            std::size_t home = slotOf(m_slots[j].key);
            if (((j - home) & m_mask) >= ((j - hole) & m_mask)) {
                m_slots[hole] = m_slots[j];
                hole = j;
            }
        }
        m_slots[hole] = Slot{};
        --m_size;
        return value;
    }

private:
    static constexpr std::uint64_t kEmptyKey = 0;  // key 0 lives outside the table (m_hasZero)

    struct Slot {
        std::uint64_t key = kEmptyKey;
        std::uint32_t value = 0;
    };

    static std::size_t capacityFor(std::size_t expected) {
        std::size_t capacity = 16;
        while (capacity < expected * 2) capacity *= 2;
        return capacity;
    }

    std::size_t slotOf(std::uint64_t key) const {
        return static_cast<std::size_t>((key * 0x9e3779b97f4a7c15ull) >> m_shift);
    }

    void rehash(std::size_t capacity) {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(capacity, Slot{});
        m_mask = capacity - 1;
        m_shift = 64;
        for (std::size_t c = capacity; c > 1; c >>= 1) --m_shift;
        m_size = 0;
        for (const Slot& slot : old) {
            if (slot.key == kEmptyKey) continue;
            std::size_t i = slotOf(slot.key);
            while (m_slots[i].key != kEmptyKey) i = (i + 1) & m_mask;
            m_slots[i] = slot;
            ++m_size;
        }
    }

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    unsigned m_shift = 64;
    std::size_t m_size = 0;
    bool m_hasZero = false;
    std::uint32_t m_zeroValue = 0;
};

} // namespace memviz::replay
