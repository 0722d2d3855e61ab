// Hand-built machine states for the view tests: a few frames with locals, a heap with allocated and free
// blocks, pointers between them, and a heap of any number of blocks for the paint benchmark.
#pragma once

#include "trace/machine_state.h"

namespace memviz::ui::test {

trace::ValueNode intValue(const char* name, core::Address address, int value, bool initialized = true);
trace::ValueNode pointerValue(const char* name, const char* type, core::Address address, core::Address pointee);

// main (id 1) -> build (id 2): main has `head` pointing at block 7, build has `node` (uninitialized) and `n`;
// heap: block 7 (allocated, 24 bytes asked), a free block, block 9 (allocated, not pointed to: leaked),
// and a freed block that `stale` (a global) still points to.
trace::MachineState smallState();

// `count` blocks, alternately allocated and free, in address order from 0x405000.
trace::MachineState bigHeap(std::size_t count);

} // namespace memviz::ui::test
