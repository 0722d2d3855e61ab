// The `memviz-cli run` subcommand: compile a C program, run it on the simulated machine, print its
// output, compile diagnostics, memory errors and leaks like a compiler and a sanitizer would, and write
// the JSON report and the JSON Lines event trace when asked (DESIGN.md §2, docs/cli.md).
#pragma once

#include <cstdio>
#include <span>
#include <string_view>

namespace memviz::cli {

// `args` are the arguments after "run". Returns the exit status (see exit_code.h and docs/cli.md).
int runRunCommand(std::span<const std::string_view> args, std::FILE* out, std::FILE* err);

void printRunHelp(std::FILE* out);

} // namespace memviz::cli
