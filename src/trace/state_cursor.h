// StateCursor: one rebuilt machine state that moves through a recorded run: its own address space (the same
// layout as the run's), the frame ids on the stack and the live heap blocks. seek() restores the checkpoint
// or keeps the current position, whichever is nearer, then applies step records forwards or undoes them
// backwards until it stands before the wanted step.
#pragma once

#include "memory/address_space.h"
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

private:
    void restore(const Checkpoint& checkpoint);
    void forward();  // applies the record of step m_step
    void backward(); // undoes the record of step m_step - 1
    void apply(const RecordOp& op, bool forwards);
    void applyHeap(const HeapOpRecord& op, bool forwards);
    void applyBounds(const RecordOp& op, bool forwards);

    const HistoryStore& m_store;
    memory::AddressSpace m_space;
    std::vector<std::uint64_t> m_frames;
    std::unordered_map<core::Address, std::uint64_t> m_liveBlocks;
    std::uint64_t m_step = 0; // 0: nothing restored yet
    std::vector<RecordOp> m_ops;
};

} // namespace memviz::trace
