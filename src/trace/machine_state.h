// MachineState: the complete state of the simulated machine at one step, as plain data for the views, the
// CLI (`memviz-cli state`) and the tests. Built by Timeline::stateAt from the recorded history; ids are
// stable over the run (a frame keeps its id from push to pop, a heap block from malloc to free), so a view
// can animate the difference between two states without jitter.
#pragma once

#include "alloc/heap_metrics.h"
#include "core/address.h"
#include "engine/run_result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace memviz::trace {

// One typed object (a variable, an array element, a struct member) read from simulated memory.
struct ValueNode {
    std::string name;          // "x", "[3]", ".next"
    std::string type;          // C spelling: "int", "struct node *", "char[16]"
    core::Address address = 0;
    std::uint64_t size = 0;
    std::string value;         // as a debugger prints it: 42, 3.5, 'a', 0x4052a0, NULL, "abc", {...}
    bool initialized = true;   // every byte was written (false: the value is garbage, show it as such)
    bool isPointer = false;
    core::Address pointee = 0; // isPointer and initialized: where it points (0 for NULL)
    std::vector<std::uint8_t> bytes; // variables (not their children): the object's bytes, at most 256
    std::vector<ValueNode> children; // array elements or struct/union members (arrays of > 64 elements: the first 64)
};

struct FrameState {
    std::uint64_t id = 0;            // unique over the run
    std::string function;
    std::uint32_t line = 0;          // where this frame is paused (the innermost: the current line)
    std::uint32_t callLine = 0;      // the caller's line (0 for main)
    core::Address frameBase = 0;     // rbp: saved frame pointer slot; return address at frameBase + 8
    core::Address stackPointer = 0;  // rsp: lowest byte of the frame
    std::uint64_t frameBytes = 0;    // [stackPointer, frameBase + 16)
    core::Address returnAddress = 0; // the word stored at frameBase + 8
    core::Address savedFramePointer = 0; // the word stored at frameBase
    std::vector<ValueNode> locals;   // parameters first, then locals in scope, in declaration order
};

enum class BlockState : std::uint8_t { Allocated, Free };

struct HeapBlockState {
    std::uint64_t id = 0;            // allocated: the block's id (stable from malloc to free); free: 0
    core::Address address = 0;       // header address
    core::Address payload = 0;       // address + 8
    std::uint64_t size = 0;          // block bytes, header included
    std::uint64_t requested = 0;     // allocated: bytes asked for
    BlockState state = BlockState::Free;
    bool freedBefore = false;        // free: some of it was handed out and freed (not fresh from sbrk)
    std::uint32_t allocLine = 0;     // allocated: the line of the malloc/calloc/realloc
    std::uint64_t allocStep = 0;
    bool pointedTo = false;          // some pointer in a frame, a global or a live block points into it
    std::vector<ValueNode> words;    // allocated: the payload as 8-byte words (first 64), pointers marked
};

// A freed block the program still points to (a dangling pointer's target), kept for the views.
struct FreedBlockState {
    std::uint64_t id = 0;
    core::Address payload = 0;
    std::uint64_t requested = 0;
    std::uint32_t allocLine = 0, freeLine = 0;
    std::uint64_t allocStep = 0, freeStep = 0;
};

enum class PointerTarget : std::uint8_t { Null, Heap, Stack, Global, Rodata, Text, DanglingHeap, DanglingStack, Invalid };

// An arrow: a pointer stored at `from` (in a frame, a global or a heap block) pointing at `to`.
struct PointerEdge {
    core::Address from = 0;
    core::Address to = 0;
    PointerTarget target = PointerTarget::Invalid;
    std::uint64_t fromFrameId = 0;   // nonzero when the pointer lives in that frame
    std::uint64_t fromBlockId = 0;   // nonzero when the pointer lives in that heap block
    std::uint64_t toFrameId = 0;     // Stack: the frame holding `to`
    std::uint64_t toBlockId = 0;     // Heap / DanglingHeap: the block holding `to`
};

struct MachineState {
    std::uint64_t step = 1;          // 1..totalSteps: paused before step `step` runs; totalSteps + 1: ended
    std::uint64_t totalSteps = 0;
    std::uint32_t line = 0;          // the line about to run (0 when the program has ended)
    std::uint32_t previousLine = 0;  // the line of the step before
    bool ended = false;              // the program ran to its end (or stopped at an error / the step limit)
    std::vector<FrameState> frames;  // outermost (main) first, innermost last
    std::vector<ValueNode> globals;  // globals and static locals ("f::count" for a static local)
    core::Address heapStart = 0;
    core::Address heapBreak = 0;
    core::Address stackPointer = 0;  // the innermost frame's rsp
    std::vector<HeapBlockState> heap;         // every block in address order, free ones included
    std::vector<FreedBlockState> danglingTargets;
    std::vector<PointerEdge> pointers;
    alloc::HeapMetrics metrics;
    engine::CostCounters cost;       // the cost meter so far
    std::string output;              // stdout so far
    std::string errorOutput;         // stderr so far
    std::vector<engine::RuntimeError> errors; // errors so far
    std::string narration;           // what the previous step did, in one sentence
};

} // namespace memviz::trace
