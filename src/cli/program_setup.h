// ProgramSetup: what `memviz-cli run` and `memviz-cli state` share: the run options (allocator, stdin,
// limits, keep-going), PROGRAM.c and the program's arguments after --, reading the inputs, and compiling with
// gcc-style diagnostics on stderr.
#pragma once

#include "arg_parser.h"

#include "core/diagnostic.h"
#include "engine/run_options.h"
#include "lang/compiler.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace memviz::cli {

struct ProgramSetup {
    std::string path;
    std::string source;
    engine::RunOptions options;
    std::vector<std::string> programArgs;
    lang::CompileResult compiled;
    std::vector<core::Diagnostic> diagnostics;
};

// --allocator, --stdin, --max-steps, --stack-size, --heap-size, --keep-going.
void addRunOptions(ArgParser& parser);
// The run options and PROGRAM.c [-- ARGS]: 0, or the usage exit status after a message on `err`.
int parseProgramArgs(const ArgParser& parser, std::string_view command, ProgramSetup& setup, std::FILE* err);
// Reads PROGRAM.c and --stdin, sets argv: 0, or the input-error exit status after a message on `err`.
int readProgramInputs(const ArgParser& parser, ProgramSetup& setup, std::FILE* err);
// Compiles, printing diagnostics on `err`; true when there is a program to run.
bool compileProgram(ProgramSetup& setup, std::FILE* err);

int usageError(std::FILE* err, std::string_view command, const std::string& message);
std::string grouped(std::uint64_t value); // "1234567" -> "1,234,567"
void writeAll(std::FILE* stream, std::string_view text);

} // namespace memviz::cli
