// EventSink: what the machine reports while it runs, for the execution history (issue 4), the CLI's
// --trace and the app. The machine holds a nullable EventSink*: a run without history pays one branch per
// event site. Events are small structs passed by reference; spans and string_views in them are valid only
// during the call. The format is documented in docs/trace-events.md.
#pragma once

#include "alloc/op_report.h"
#include "core/address.h"
#include "engine/run_result.h"
#include "engine/value.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace memviz::lang {
struct Function;
struct Variable;
}

namespace memviz::engine {

// One executed statement (or for-loop condition/increment) is about to run.
struct StepEvent {
    std::uint64_t step = 0; // 1-based
    std::uint32_t line = 0;
};

// A call pushed a frame: [stackPointer, frameBase + 16) is the frame; the return-address slot is at
// frameBase + 8 and the saved frame pointer at frameBase (x86-64 rbp), locals and parameters below.
struct FramePushedEvent {
    std::uint64_t frameId = 0; // unique over the run
    const lang::Function* function = nullptr;
    core::Address frameBase = 0;
    core::Address stackPointer = 0;
    std::uint64_t frameBytes = 0; // control slots included
    std::uint32_t callLine = 0;   // the caller's line (0 for main)
    std::span<const Value> args;  // after conversion to the parameter types (structs: source address)
};

struct FramePoppedEvent {
    std::uint64_t frameId = 0;
    const lang::Function* function = nullptr;
    Value returnValue;      // meaningless for void functions
    bool hasValue = false;
};

// A declaration statement was reached (locals exist from frame entry; this is when they come into scope).
struct VariableDeclaredEvent {
    std::uint64_t frameId = 0; // 0 for globals and static locals (announced before main)
    const lang::Variable* variable = nullptr;
    core::Address address = 0;
};

// The program (or a library function on its behalf) wrote simulated memory. oldShadow holds the shadow
// bytes before the write (ByteKind + initialized bit), so a history can undo the write exactly.
struct MemoryWrittenEvent {
    core::Address address = 0;
    std::uint32_t size = 0;
    const std::uint8_t* oldBytes = nullptr;
    const std::uint8_t* newBytes = nullptr;
    const std::uint8_t* oldShadow = nullptr;
};

enum class HeapEventKind : std::uint8_t { Allocated, Freed, Reallocated };

struct HeapEvent {
    HeapEventKind kind = HeapEventKind::Allocated;
    std::uint64_t blockId = 0;    // the live block after the operation (0 when freed / failed)
    std::uint64_t oldBlockId = 0; // freed or reallocated block
    core::Address payload = 0;    // new payload (0 when freed / failed)
    core::Address oldPayload = 0;
    std::uint64_t requested = 0;
    std::uint32_t line = 0;
    const alloc::OpReport* report = nullptr; // what the allocator did
};

enum class OutputStream : std::uint8_t { Stdout, Stderr };

struct OutputEvent {
    OutputStream stream = OutputStream::Stdout;
    std::string_view text;
};

class EventSink {
public:
    virtual ~EventSink() = default;
    virtual void onStep(const StepEvent&) {}
    virtual void onFramePushed(const FramePushedEvent&) {}
    virtual void onFramePopped(const FramePoppedEvent&) {}
    virtual void onVariableDeclared(const VariableDeclaredEvent&) {}
    virtual void onMemoryWritten(const MemoryWrittenEvent&) {}
    virtual void onHeap(const HeapEvent&) {}
    virtual void onOutput(const OutputEvent&) {}
    virtual void onError(const RuntimeError&) {}
};

} // namespace memviz::engine
