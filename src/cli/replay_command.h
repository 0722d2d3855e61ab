// The `memviz-cli replay` subcommand: load a trace, replay it under one policy or all six, print a
// summary, and write the JSON report and the metrics CSV when asked.
#pragma once

#include <cstdio>
#include <span>
#include <string_view>

namespace memviz::cli {

// `args` are the arguments after "replay". Returns the exit code (see exit_code.h).
int runReplayCommand(std::span<const std::string_view> args, std::FILE* out, std::FILE* err);

void printReplayHelp(std::FILE* out);

} // namespace memviz::cli
