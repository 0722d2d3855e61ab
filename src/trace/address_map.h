// AddressMap: a map from simulated addresses to 64-bit values in one flat table (open addressing, linear
// probing, deletion by shifting back), for the recorder's live blocks by payload: a malloc or free costs a
// probe or two in one array where a node-based map chases (and allocates) a node.
#pragma once

#include "core/address.h"

#include <bit>
#include <cstdint>
#include <utility>
#include <vector>

namespace memviz::trace {

class AddressMap {
public:
    std::size_t size() const { return m_size + (m_hasZero ? 1 : 0); }

    void set(core::Address key, std::uint64_t value) {
        if (key == 0) {
            m_hasZero = true;
            m_zeroValue = value;
            return;
        }
        if (2 * (m_size + 1) > m_slots.size()) grow();
        std::size_t at = find(key);
        if (m_slots[at].first == 0) {
            m_slots[at].first = key;
            ++m_size;
        }
        m_slots[at].second = value;
    }

    void erase(core::Address key) {
        if (key == 0) {
            m_hasZero = false;
            return;
        }
        if (m_slots.empty()) return;
        std::size_t hole = find(key);
        if (m_slots[hole].first == 0) return;
        --m_size;
        // Shift back the entries after the hole that would no longer be found past it.
        std::size_t mask = m_slots.size() - 1;
        for (std::size_t at = (hole + 1) & mask; m_slots[at].first != 0; at = (at + 1) & mask) {
            std::size_t home = slotOf(m_slots[at].first);
            if (((at - home) & mask) >= ((at - hole) & mask)) {
                m_slots[hole] = m_slots[at];
                hole = at;
            }
        }
        m_slots[hole] = {0, 0};
    }

    // Every entry, in no particular order.
    template <class Visit> void forEach(Visit&& visit) const {
        if (m_hasZero) visit(core::Address{0}, m_zeroValue);
        for (const auto& [key, value] : m_slots)
            if (key != 0) visit(key, value);
    }

private:
    std::size_t slotOf(core::Address key) const {
        return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> m_shift); // the product's top bits
    }
    // The slot holding `key`, or the empty slot where it would go.
    std::size_t find(core::Address key) const {
        std::size_t mask = m_slots.size() - 1;
        std::size_t at = slotOf(key);
        while (m_slots[at].first != 0 && m_slots[at].first != key) at = (at + 1) & mask;
        return at;
    }
    void grow() {
        std::vector<std::pair<core::Address, std::uint64_t>> old(m_slots.empty() ? 64 : 2 * m_slots.size());
        old.swap(m_slots);
        m_shift = 64 - static_cast<unsigned>(std::countr_zero(m_slots.size()));
        for (const auto& [key, value] : old)
            if (key != 0) m_slots[find(key)] = {key, value};
    }

    std::vector<std::pair<core::Address, std::uint64_t>> m_slots; // key 0: empty
    unsigned m_shift = 64;                                         // 64 - log2(slots)
    std::size_t m_size = 0;                                        // entries in m_slots
    bool m_hasZero = false;                                        // address 0, kept aside
    std::uint64_t m_zeroValue = 0;
};

} // namespace memviz::trace
