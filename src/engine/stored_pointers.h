// StoredPointers: the provenance of pointers the program stored in memory, by storage address, so a pointer
// loaded back still knows its object (a heap block's bounds cannot be recomputed from the address alone).
// An entry is valid while the stored bits match. An open-addressing table (linear probing, backward-shift
// deletion): a look-up is a hash and, nearly always, one probe; no allocation per entry.
#pragma once

#include "core/address.h"
#include "engine/value.h"

#include <cstdint>
#include <vector>

namespace memviz::engine {

class StoredPointers {
public:
    // The provenance stored with `bits` at `address`, or nullptr (nothing stored there, or other bits since).
    const Provenance* find(core::Address address, std::uint64_t bits) const {
        if (m_count == 0) return nullptr;
        for (std::size_t i = slotOf(address);; i = (i + 1) & m_mask) {
            const Entry& entry = m_entries[i];
            if (entry.address == address) return entry.bits == bits ? &entry.prov : nullptr;
            if (entry.address == kEmpty) return nullptr;
        }
    }

    // Address 0 is never a successful store (nothing is mapped there), so it marks an empty slot.
    void put(core::Address address, std::uint64_t bits, const Provenance& prov) {
        if (address == kEmpty) return;
        if (2 * (m_count + 1) > m_entries.size()) grow();
        std::size_t i = slotOf(address);
        while (m_entries[i].address != kEmpty && m_entries[i].address != address) i = (i + 1) & m_mask;
        if (m_entries[i].address == kEmpty) ++m_count;
        m_entries[i] = {address, bits, prov};
    }

    void erase(core::Address address) {
        if (m_count == 0) return;
        std::size_t i = slotOf(address);
        while (m_entries[i].address != address) {
            if (m_entries[i].address == kEmpty) return;
            i = (i + 1) & m_mask;
        }
        // Backward shift: move later entries of the probe run into the hole, so no tombstones are needed.
        for (std::size_t next = (i + 1) & m_mask;; next = (next + 1) & m_mask) {
            if (m_entries[next].address == kEmpty) break;
            std::size_t home = slotOf(m_entries[next].address);
            if (((next - home) & m_mask) >= ((next - i) & m_mask)) {
                m_entries[i] = m_entries[next];
                i = next;
            }
        }
        m_entries[i] = Entry{};
        --m_count;
    }

private:
    static constexpr core::Address kEmpty = 0;
    struct Entry {
        core::Address address = kEmpty;
        std::uint64_t bits = 0;
        Provenance prov;
    };

    std::size_t slotOf(core::Address address) const {
        return static_cast<std::size_t>(((address >> 3) * 0x9e3779b97f4a7c15ull) >> 32) & m_mask;
    }
    void grow() {
        std::vector<Entry> old = std::move(m_entries);
        m_entries.assign(old.empty() ? 64 : 2 * old.size(), Entry{});
        m_mask = m_entries.size() - 1;
        m_count = 0;
        for (const Entry& entry : old)
            if (entry.address != kEmpty) put(entry.address, entry.bits, entry.prov);
    }

    std::vector<Entry> m_entries;
    std::size_t m_mask = 0;
    std::size_t m_count = 0;
};

} // namespace memviz::engine
