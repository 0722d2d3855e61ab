// FreedBlockIndex: every block of a recorded run that was freed, by payload, to name the target of a dangling
// pointer: the block freed most recently before a given step whose payload held the address.
#pragma once

#include "core/address.h"
#include "trace/history_store.h"

#include <cstdint>
#include <vector>

namespace memviz::trace {

class FreedBlockIndex {
public:
    // Indexes the freed blocks of `store` (blocks by id, blocks[0] unused).
    explicit FreedBlockIndex(const HistoryStore& store);
    FreedBlockIndex(const FreedBlockIndex&) = delete;
    FreedBlockIndex& operator=(const FreedBlockIndex&) = delete;

    // The id of the block freed last before `step` (freeStep < step) whose payload held `address`
    // ([payload, payload + max(requested, 1))); 0: none.
    std::uint64_t holding(core::Address address, std::uint64_t step) const;

private:
    struct Entry {
        core::Address payload = 0;
        core::Address reach = 0; // the furthest end of this entry's payload and every one before it
        std::uint32_t id = 0;
        std::uint32_t length = 1; // max(requested, 1)
    };
    const HistoryStore& m_store;
    std::vector<Entry> m_entries; // by payload, then id
};

} // namespace memviz::trace
