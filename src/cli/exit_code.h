// Exit codes of memviz-cli: 0 success, 1 a trace or input/output problem, 2 a usage error.
#pragma once

namespace memviz::cli {

enum ExitCode : int {
    kExitOk = 0,
    kExitInputError = 1,  // unreadable or malformed trace, an output file that cannot be written
    kExitUsage = 2,       // unknown command or option, bad or missing value, unimplemented command
};

} // namespace memviz::cli
