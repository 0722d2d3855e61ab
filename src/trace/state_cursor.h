// StateCursor: one rebuilt machine state that moves through a recorded run: its own address space (the same
// layout as the run's), the frame ids on the stack and the live heap blocks. seek() restores the checkpoint
// or keeps the current position, whichever is nearer, then applies step records forwards or undoes them
// backwards until it stands before the wanted step.
#pragma once

#include "memory/address_space.h"
#include "trace/address_range.h"
#include "trace/history_store.h"
#include "trace/step_record.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace memviz::trace {

class StateCursor {
public:
    explicit StateCursor(const HistoryStore& store);

    // Moves to the state before step `step` runs (1..endStep).
    void seek(std::uint64_t step);
    std::uint64_t step() const { return m_step; }

    const memory::AddressSpace& space() const { return m_space; }
    const std::vector<std::uint64_t>& frames() const { return m_frames; }
    const std::unordered_map<core::Address, std::uint64_t>& liveBlocks() const { return m_liveBlocks; }

    // What the cursor changed since clearChanges(), for builders that reuse what they built before: the whole
    // range of every memory op applied or undone, every segment's old and new bounds and the payload byte of
    // every live block that came or went, in the order applied; changedAll() after a checkpoint restore (or
    // when the list grew past kMaxChanges), when anything may have.
    static constexpr std::size_t kMaxChanges = 1 << 16;
    const std::vector<AddressRange>& changedRanges() const { return m_changed; }
    bool changedAll() const { return m_changedAll; }
    void clearChanges() {
        m_changed.clear();
        m_changedAll = false;
    }

private:
    void restore(const Checkpoint& checkpoint);
    void forward();  // applies the record of step m_step
    void backward(); // undoes the record of step m_step - 1
    void apply(const RecordOp& op, bool forwards);
    void applyHeap(const HeapOpRecord& op, bool forwards);
    void applyBounds(const RecordOp& op, bool forwards);
    void noteChange(const RecordOp& op);

    const HistoryStore& m_store;
    HeapOpReader m_heapOps; // the group of heap ops read last stays decoded
    memory::AddressSpace m_space;
    std::vector<std::uint64_t> m_frames;
    std::unordered_map<core::Address, std::uint64_t> m_liveBlocks;
    std::uint64_t m_step = 0; // 0: nothing restored yet
    std::vector<RecordOp> m_ops;
    std::vector<AddressRange> m_changed;
    bool m_changedAll = true;
};

} // namespace memviz::trace
