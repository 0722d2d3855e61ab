// Exit codes of memviz-cli. `replay`: 0 success, 1 a trace or input/output problem, 2 a usage error.
// `run`: the program's own status when it ran to its end (0-255, as the shell sees it), else one of
// these (docs/cli.md has the table).
#pragma once

namespace memviz::cli {

enum ExitCode : int {
    kExitOk = 0,
    kExitInputError = 1,    // unreadable or malformed input (trace, program, --stdin), unwritable output
    kExitCompileError = 1,  // run: the program did not compile (as gcc exits 1)
    kExitUsage = 2,         // unknown command or option, bad or missing value, unimplemented command
    kExitRuntimeError = 3,  // run: stopped at a memory or runtime error (default mode; see --keep-going)
    kExitStepLimit = 124,   // run: stopped at the step limit (as timeout(1) exits 124)
};

} // namespace memviz::cli
