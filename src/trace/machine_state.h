// MachineState: the complete state of the simulated machine at one step, as plain data for the views, the
// CLI (`memviz-cli state`) and the tests. Built by Timeline::stateAt from the recorded history; ids are
// stable over the run (a frame keeps its id from push to pop, a heap block from malloc to free), so a view
// can animate the difference between two states without jitter.
#pragma once

#include "alloc/heap_metrics.h"
#include "core/address.h"
#include "engine/run_result.h"

#include <cstddef>
#include <cstdint>
#include <memory>
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

// A list of ValueNodes that copies share until one of them changes it (copy on write), possibly a slice of a
// storage that other lists share too. Heap blocks keep their payload words in one (the blocks built by one
// Timeline::stateAt slice a few storages), so states that share unchanged blocks (a step back, a step
// forward) cost little to copy or drop, however many words the blocks show. Reads as a const
// std::vector<ValueNode>.
class ValueList {
public:
    using const_iterator = const ValueNode*;

    ValueList() = default;
    explicit ValueList(std::vector<ValueNode> nodes)
        : m_storage(nodes.empty() ? nullptr : std::make_shared<std::vector<ValueNode>>(std::move(nodes))),
          m_count(m_storage ? static_cast<std::uint32_t>(m_storage->size()) : 0) {}
    // Nodes [begin, begin + count) of `storage`.
    ValueList(std::shared_ptr<std::vector<ValueNode>> storage, std::size_t begin, std::size_t count)
        : m_storage(count != 0 ? std::move(storage) : nullptr),
          m_begin(count != 0 ? static_cast<std::uint32_t>(begin) : 0),
          m_count(static_cast<std::uint32_t>(count)) {}

    bool empty() const { return m_count == 0; }
    std::size_t size() const { return m_count; }
    const ValueNode& operator[](std::size_t index) const { return (*m_storage)[m_begin + index]; }
    const_iterator begin() const { return m_count != 0 ? m_storage->data() + m_begin : nullptr; }
    const_iterator end() const { return m_count != 0 ? m_storage->data() + m_begin + m_count : nullptr; }
    bool sharesWith(const ValueList& other) const {
        return m_storage != nullptr && m_storage == other.m_storage && m_begin == other.m_begin &&
               m_count == other.m_count;
    }

    void push_back(ValueNode node) {
        if (!m_storage || m_storage.use_count() > 1 || m_begin != 0 || m_storage->size() != m_count) {
            m_storage = std::make_shared<std::vector<ValueNode>>(begin(), end()); // a list of its own first
            m_begin = 0;
        }
        m_storage->push_back(std::move(node));
        ++m_count;
    }
    void clear() { *this = ValueList(); }

private:
    std::shared_ptr<std::vector<ValueNode>> m_storage; // null when empty
    std::uint32_t m_begin = 0, m_count = 0;
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
    ValueList words;                 // allocated: the payload as 8-byte words (first 16), pointers marked
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
