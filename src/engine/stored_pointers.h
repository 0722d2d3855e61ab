// StoredPointers: the provenance of pointers the program stored in memory, by storage address, so a pointer
// loaded back still knows its object (a heap block's bounds cannot be recomputed from the address alone).
// An entry is valid while the stored bits match. An open-addressing table (linear probing, backward-shift
// deletion, at most 3/4 full): a look-up is a hash and, nearly always, one cache line. An entry is 24 bytes:
// the object's base as a 32-bit distance from the stored bits and its size in 32 bits; the rare provenance
// that does not fit (an object of 4 GiB or more, a pointer 2 GiB or more away from its object) is kept whole
// in a side map instead. No allocation per entry.
//
// The 8-byte-aligned slots of the top of the stack (pointer locals, parameters, arrays of pointers) and of the
// heap (arrays of pointers, list and tree links) are nearly all the storage there is: they get a directly indexed
// slot each instead (setDirectRange: 16 bytes of reserved memory per 8 bytes, touched only where pointers are
// stored). A provenance is then one look-up at a place laid out as the memory it describes, so the slots of
// neighbouring pointers share cache lines, where the table would scatter them. The table keeps the rest
// (globals, a heap or stack beyond the direct ranges, misaligned stores).
#pragma once

#include "core/address.h"
#include "engine/value.h"
#include "memory/reserved_memory.h"

#include <cstdint>
#include <limits>
#include <unordered_map>
#include <vector>

namespace memviz::engine {

class StoredPointers {
public:
    // Direct slots for the 8-byte-aligned addresses of [low, high) (high - low a multiple of 8): range 0 or 1
    // (the machine's: the top of the stack, the heap).
    void setDirectRange(int range, core::Address low, core::Address high) {
        DirectRange& r = m_ranges[range];
        r.memory = memory::ReservedMemory((high - low) / 8 * sizeof(DirectEntry));
        r.low = low;
        r.slots = (high - low) / 8;
        r.entries = reinterpret_cast<DirectEntry*>(r.memory.data());
    }

    // The provenance stored with `bits` at `address` into `out`; false when none (nothing stored there, or other
    // bits since).

    bool find(core::Address address, std::uint64_t bits, Provenance& out) const {
        if (const DirectEntry* slot = directSlot(address); slot != nullptr && slot->size != 0) {
            if (slot->bits != bits) return false;
            out = {bits - static_cast<std::uint64_t>(static_cast<std::int64_t>(slot->offset)), slot->size};
            return true;
        }
        if (m_count != 0) {
            for (std::size_t i = slotOf(address);; i = (i + 1) & m_mask) {
                const Entry& entry = m_entries[i];
                if (entry.address == address) {
                    if (entry.bits != bits) return false;
                    out = {bits - static_cast<std::uint64_t>(static_cast<std::int64_t>(entry.offset)), entry.size};
                    return true;
                }
                if (entry.address == kEmpty) break;
            }
        }
        if (m_wide.empty()) return false;
        auto it = m_wide.find(address);
        if (it == m_wide.end() || it->second.bits != bits) return false;
        out = it->second.prov;
        return true;
    }

    struct DirectEntry {
        std::uint64_t bits = 0;
        std::int32_t offset = 0; // bits - base
        std::uint32_t size = 0;  // 0: nothing stored (a known provenance has a size)
    };
    // The direct slot of `address`, nullptr when it has none (outside the direct range, or not 8-byte aligned).
    DirectEntry* directSlot(core::Address address) const {
        if ((address & 7) != 0) return nullptr;
        for (const DirectRange& r : m_ranges) {
            std::uint64_t index = (address - r.low) >> 3;
            if (index < r.slots) return r.entries + index;
        }
        return nullptr;
    }
    // The direct slot of `high` when every 8-byte-aligned address of [low, high] has one (a frame's slots, found
    // from its base as directRange(...)[-offset / 8]), else nullptr.
    DirectEntry* directRange(core::Address low, core::Address high) const {
        if ((high & 7) != 0) return nullptr;
        for (const DirectRange& r : m_ranges)
            if (low >= r.low && high < r.low + 8 * r.slots) return r.entries + ((high - r.low) >> 3);
        return nullptr;
    }
    // find for an address whose direct slot is `slot`: true (out set) when it holds `bits`; false leaves the
    // question to find (nothing stored there, other bits, or a provenance kept in the side map).
    static bool findInSlot(const DirectEntry& slot, std::uint64_t bits, Provenance& out) {
        if (slot.size == 0 || slot.bits != bits) return false;
        out = {bits - static_cast<std::uint64_t>(static_cast<std::int64_t>(slot.offset)), slot.size};
        return true;
    }
    // put (or erase, for an unknown provenance) for an address whose direct slot is `slot`, when the slot is all
    // that changes: no side-map entries exist and the provenance fits a slot. False (nothing done): put or erase.
    bool putInSlot(DirectEntry& slot, std::uint64_t bits, const Provenance& prov) const {
        if (!m_wide.empty()) return false;
        if (!prov.known()) {
            slot.size = 0;
            return true;
        }
        auto offset = static_cast<std::int64_t>(bits - prov.base);
        if (prov.size > std::numeric_limits<std::uint32_t>::max() || offset < std::numeric_limits<std::int32_t>::min() ||
            offset > std::numeric_limits<std::int32_t>::max())
            return false;
        slot = {bits, static_cast<std::int32_t>(offset), static_cast<std::uint32_t>(prov.size)};
        return true;
    }

    // Address 0 is never a successful store (nothing is mapped there), so it marks an empty slot.
    void put(core::Address address, std::uint64_t bits, const Provenance& prov) {
        if (address == kEmpty) return;
        auto offset = static_cast<std::int64_t>(bits - prov.base);
        if (prov.size > std::numeric_limits<std::uint32_t>::max() || offset < std::numeric_limits<std::int32_t>::min() ||
            offset > std::numeric_limits<std::int32_t>::max()) {
            erase(address);
            m_wide[address] = {bits, prov};
            return;
        }
        if (!m_wide.empty()) m_wide.erase(address);
        if (DirectEntry* slot = directSlot(address)) {
            *slot = {bits, static_cast<std::int32_t>(offset), static_cast<std::uint32_t>(prov.size)};
            return;
        }
        if (4 * (m_count + 1) > 3 * m_entries.size()) grow();
        std::size_t i = slotOf(address);
        while (m_entries[i].address != kEmpty && m_entries[i].address != address) i = (i + 1) & m_mask;
        if (m_entries[i].address == kEmpty) ++m_count;
        m_entries[i] = {address, bits, static_cast<std::int32_t>(offset), static_cast<std::uint32_t>(prov.size)};
    }

    void erase(core::Address address) {
        if (!m_wide.empty()) m_wide.erase(address);
        if (DirectEntry* slot = directSlot(address)) {
            slot->size = 0;
            return;
        }
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
        std::int32_t offset = 0; // bits - base
        std::uint32_t size = 0;
    };
    struct WideEntry {
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
        for (const Entry& entry : old) {
            if (entry.address == kEmpty) continue;
            std::size_t i = slotOf(entry.address);
            while (m_entries[i].address != kEmpty) i = (i + 1) & m_mask;
            m_entries[i] = entry;
            ++m_count;
        }
    }

    std::vector<Entry> m_entries;
    std::size_t m_mask = 0;
    std::size_t m_count = 0;
    std::unordered_map<core::Address, WideEntry> m_wide; // the provenances that do not fit an Entry
    struct DirectRange {
        memory::ReservedMemory memory;
        DirectEntry* entries = nullptr; // by (address - low) / 8
        core::Address low = 0;
        std::uint64_t slots = 0;
    };
    DirectRange m_ranges[2];
};

} // namespace memviz::engine
