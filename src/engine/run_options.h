// RunOptions: how one program run is set up: the allocator policy, the limits, the error mode, stdin
// and argv. Defaults match DESIGN.md §2 (memviz-cli run).
#pragma once

#include "alloc/allocator.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace memviz::engine {

struct RunOptions {
    alloc::Policy allocator = alloc::Policy::FirstFit;
    std::uint64_t stackLimit = 8ull << 20;   // bytes of simulated stack (ulimit -s)
    std::uint64_t heapLimit = 64ull << 20;   // bytes the simulated sbrk may hand out
    std::uint64_t maxSteps = 10'000'000;     // the run stops with status step-limit after this many steps
    bool keepGoing = false;                  // report each memory error and go on (valgrind-like)
    std::string stdinBytes;                  // what scanf/getchar/fgets read
    std::vector<std::string> argv;           // argv[0] first; empty: {programName}
    std::string programName = "prog";        // argv[0] when argv is empty, and in assert messages
    std::uint32_t maxErrors = 100;           // keep-going: at most this many errors are recorded
    std::uint64_t maxOutput = 64ull << 20;   // output past this is dropped (the run goes on)
    // Set from another thread to stop the run early (it ends as a step-limit stop, the run so far kept).
    const std::atomic<bool>* cancel = nullptr;
    // Evaluate with the compiled forms of fast_code.h where they apply (false: the tree walk alone, the
    // reference the tests compare them with).
    bool compiledForms = true;
};

} // namespace memviz::engine
