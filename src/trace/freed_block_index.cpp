// FreedBlockIndex: freed blocks sorted by payload (a counting sort over the heap's extent when it is small).
#include "trace/freed_block_index.h"

#include <algorithm>
#include <bit>

namespace memviz::trace {

FreedBlockIndex::FreedBlockIndex(const HistoryStore& store) : m_store(store) {
    auto entryOf = [](const BlockRecord& block, std::uint64_t id) {
        Entry entry;
        entry.payload = block.payload;
        entry.id = static_cast<std::uint32_t>(id);
        entry.length =
            static_cast<std::uint32_t>(std::clamp<std::uint64_t>(block.requested, 1, ~std::uint32_t{0}));
        return entry;
    };
    // Blocks never freed are never a dangling pointer's target.
    std::size_t count = 0;
    core::Address lowest = ~core::Address{0}, highest = 0, offsets = 0;
    for (std::uint64_t id = 1; id < store.blocks.size(); ++id) {
        const BlockRecord& block = store.blocks[id];
        if (block.freeStep == 0) continue;
        ++count;
        lowest = std::min(lowest, block.payload);
        highest = std::max(highest, block.payload);
        offsets |= block.payload;
    }
    if (count == 0) return;
    m_entries.resize(count);
    // Payloads share an alignment (a power of two); with few enough slots between the lowest and the highest,
    // a stable counting sort by payload keeps each payload's blocks in id order. Otherwise a plain sort.
    unsigned shift = offsets == 0 ? 0 : static_cast<unsigned>(std::countr_zero(offsets));
    std::uint64_t slots = ((highest - lowest) >> shift) + 1;
    if (slots <= 4 * count + 4096) {
        std::vector<std::uint32_t> start(slots + 1, 0);
        for (std::uint64_t id = 1; id < store.blocks.size(); ++id)
            if (store.blocks[id].freeStep != 0) ++start[((store.blocks[id].payload - lowest) >> shift) + 1];
        for (std::uint64_t i = 1; i <= slots; ++i) start[i] += start[i - 1];
        for (std::uint64_t id = 1; id < store.blocks.size(); ++id) {
            const BlockRecord& block = store.blocks[id];
            if (block.freeStep != 0)
                m_entries[start[(block.payload - lowest) >> shift]++] = entryOf(block, id);
        }
    } else {
        std::size_t at = 0;
        for (std::uint64_t id = 1; id < store.blocks.size(); ++id)
            if (store.blocks[id].freeStep != 0) m_entries[at++] = entryOf(store.blocks[id], id);
        std::sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) {
            return a.payload != b.payload ? a.payload < b.payload : a.id < b.id;
        });
    }
    core::Address reach = 0;
    for (Entry& entry : m_entries) entry.reach = reach = std::max(reach, entry.payload + entry.length);
}

std::uint64_t FreedBlockIndex::holding(core::Address address, std::uint64_t step) const {
    // Backwards from the last block starting at or before `address`, while some block so far reaches past it.
    auto it = std::upper_bound(m_entries.begin(), m_entries.end(), address,
                               [](core::Address a, const Entry& e) { return a < e.payload; });
    std::uint64_t best = 0, bestStep = 0;
    while (it != m_entries.begin()) {
        --it;
        if (it->reach <= address) break;
        if (address - it->payload >= it->length) continue;
        std::uint64_t freeStep = m_store.blocks[it->id].freeStep;
        if (freeStep < step && freeStep >= bestStep) {
            best = it->id;
            bestStep = freeStep;
        }
    }
    return best;
}

} // namespace memviz::trace
