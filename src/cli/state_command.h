// The `memviz-cli state` subcommand: run a C program with its history recorded and print the machine state
// at one step as JSON (docs/cli.md).
#pragma once

#include <cstdio>
#include <span>
#include <string_view>

namespace memviz::cli {

int runStateCommand(std::span<const std::string_view> args, std::FILE* out, std::FILE* err);
void printStateHelp(std::FILE* out);

} // namespace memviz::cli
