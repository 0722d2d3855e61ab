// StateBuilder: turns a machine's memory plus its frame and block bookkeeping into a MachineState: typed
// locals and globals, the heap walked block by block from the headers in simulated memory, and every pointer
// as an edge to what it points at. Used for states rebuilt from history (Timeline) and for live machines
// (the property tests compare the two). A StateBuilder kept between builds reuses the heap blocks that did
// not change (see HeapBuilder); the result is the same as a fresh build's in every field.
#pragma once

#include "engine/program_image.h"
#include "memory/address_space.h"
#include "trace/address_range.h"
#include "trace/heap_builder.h"
#include "trace/history_store.h"
#include "trace/machine_state.h"

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace memviz::trace {

struct FrameView {
    std::uint64_t id = 0;
    const lang::Function* function = nullptr;
    core::Address frameBase = 0;
    std::uint64_t frameBytes = 0;
    std::uint32_t callLine = 0;
    std::uint32_t line = 0;
    std::vector<const lang::Variable*> inScope; // parameters, then declared locals in declaration order
};

struct StateSources {
    const memory::AddressSpace* space = nullptr;
    const engine::ProgramImage* image = nullptr;
    std::vector<FrameView> frames;                           // outermost first
    std::function<std::uint64_t(core::Address payload)> liveBlockId; // 0: no live block there
    std::function<const BlockRecord*(std::uint64_t id)> block;       // allocation line and step of a block
    // The most recently freed block (before the state's step) whose payload held `address`; 0: none.
    std::function<std::uint64_t(core::Address address)> freedBlockHolding;
};

class StateBuilder {
public:
    // Fills state.frames, globals, heap, danglingTargets and pointers (the rest is the caller's). `changed`:
    // the address ranges whose bytes, shadow or mapping changed since the last build() and the payloads where
    // a live block came or went (see StateCursor::changedRanges); `allChanged` when unknown.
    void build(const StateSources& sources, MachineState& state, bool allChanged = true,
               std::span<const AddressRange> changed = {});
    void forget() { m_heap.forget(); } // the next build() reuses nothing

private:
    HeapBuilder m_heap;
};

// A fresh build: StateBuilder().build(sources, state).
void buildState(const StateSources& sources, MachineState& state);

} // namespace memviz::trace
