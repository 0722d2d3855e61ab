// ProcessTimer: runs a command as a child process (stdout to /dev/null) and measures its wall-clock time,
// for benchmarks that compare whole processes.
#pragma once

#include <string>
#include <vector>

namespace memviz::bench {

struct ProcessTiming {
    bool ok = false;        // started and exited with status 0
    double seconds = 0;     // best (smallest) wall time over the runs
    std::string error;
};

// Runs `argv` `runs` times and keeps the fastest run, as benchmark harnesses do against noise.
ProcessTiming timeProcess(const std::vector<std::string>& argv, int runs);

} // namespace memviz::bench
