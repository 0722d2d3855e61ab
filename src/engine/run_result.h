// RunResult: what one run of a program produced: how it ended, its output, the memory errors found (with
// the sanitizer kind, line and step), leaked blocks by allocation line, heap metrics and the cost meter.
#pragma once

#include "alloc/heap_metrics.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace memviz::engine {

enum class RunStatus : std::uint8_t { Exited, RuntimeError, StepLimit };

std::string_view runStatusName(RunStatus status); // "exited", "runtime-error", "step-limit"

enum class ErrorKind : std::uint8_t {
    NullDereference,
    HeapUseAfterFree,
    DoubleFree,
    BadFree,
    HeapBufferOverflow,
    StackBufferOverflow,
    GlobalBufferOverflow,
    StackUseAfterReturn,
    UninitializedRead,
    MemoryLeak,
    StackOverflow,
    WildPointer,
    DivisionByZero,
    Unsupported, // a library function or construct the machine does not provide at run time
};

std::string_view errorKindName(ErrorKind kind); // sanitizer names: "heap-use-after-free", ...

struct RuntimeError {
    ErrorKind kind = ErrorKind::WildPointer;
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    std::uint64_t step = 0;
    std::string message;
};

struct Leak {
    std::uint32_t line = 0;   // the line of the allocation that leaked
    std::uint64_t bytes = 0;  // requested bytes still live
    std::uint64_t blocks = 0;
};

// The cost meter: a stack allocation is one stack-pointer move; a heap operation walks free lists.
struct CostCounters {
    std::uint64_t framePushes = 0;
    std::uint64_t frameBytes = 0;     // sum of pushed frame sizes (control slots included)
    std::uint64_t maxStackDepth = 0;  // frames
    std::uint64_t maxStackBytes = 0;
    std::uint64_t heapOperations = 0; // malloc, calloc, realloc, free calls that reached the allocator
    std::uint64_t blocksExamined = 0;
    std::uint64_t splits = 0;
    std::uint64_t coalesces = 0;
    std::uint64_t headerWrites = 0;
    std::uint64_t heapGrowth = 0;     // bytes obtained from sbrk
};

struct RunResult {
    RunStatus status = RunStatus::Exited;
    int exitCode = 0;                // as the parent process sees it (0..255); 134 after a failed assert
    std::uint64_t steps = 0;
    std::uint32_t lastLine = 0;      // the source line of the last executed step (where a step limit struck)
    std::string output;              // stdout
    std::string errorOutput;         // stderr (fprintf(stderr), perror, assert)
    std::vector<RuntimeError> errors;
    std::vector<Leak> leaks;
    alloc::HeapMetrics heap;
    CostCounters cost;
};

} // namespace memviz::engine
