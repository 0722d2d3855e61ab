// memviz-cli: the command-line front end of memviz (no Qt): `run` of C programs on the simulated machine,
// `replay` of real allocation traces; `state` of a recorded run at any step. Exit codes: exit_code.h.
#include "exit_code.h"
#include "replay_command.h"
#include "run_command.h"
#include "state_command.h"

#include <cstdio>
#include <span>
#include <string_view>
#include <vector>

#ifndef MEMVIZ_VERSION
#define MEMVIZ_VERSION "0.0.0"
#endif

namespace {

using namespace memviz::cli;

void printUsage(std::FILE* out) {
    std::fputs(
        "usage: memviz-cli COMMAND [options]\n"
        "\n"
        "commands:\n"
        "  replay TRACE [--allocator P] [--csv METRICS.csv] [--report R.json] [--heap-size BYTES]\n"
        "               [--all-policies]\n"
        "               replay a real allocation trace (heaptrack raw or text) through the simulated heap\n"
        "  run PROGRAM.c [options] [-- ARGS...]\n"
        "               run a C program on the simulated machine: its output, memory errors and leaks\n"
        "  state PROGRAM.c --step N [options] [-- ARGS...]\n"
        "               the machine state at step N (frames, locals, heap, metrics, output) as JSON\n"
        "\n"
        "options:\n"
        "  -h, --help      this help ('memviz-cli run|state|replay --help': their options)\n"
        "  --version       print the version\n"
        "\n"
        "exit status: 0 ok, 1 input error (unreadable or malformed trace or program, a compile error,\n"
        "unwritable output), 2 usage error; run: the program's own status when it ran to its end,\n"
        "3 stopped at a runtime error, 124 stopped at the step limit (see 'memviz-cli run --help')\n",
        out);
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string_view> args(argv + 1, argv + argc);
    if (args.empty()) {
        printUsage(stderr);
        return kExitUsage;
    }
    std::string_view command = args.front();
    std::span<const std::string_view> rest(args.data() + 1, args.size() - 1);
    if (command == "--help" || command == "-h" || command == "help") {
        printUsage(stdout);
        return kExitOk;
    }
    if (command == "--version") {
        std::printf("memviz-cli %s\n", MEMVIZ_VERSION);
        return kExitOk;
    }
    if (command == "replay") return runReplayCommand(rest, stdout, stderr);
    if (command == "run") return runRunCommand(rest, stdout, stderr);
    if (command == "state") return runStateCommand(rest, stdout, stderr);
    if (command.starts_with("-"))
        std::fprintf(stderr, "memviz-cli: error: unknown option '%.*s'\n", static_cast<int>(command.size()),
                     command.data());
    else
        std::fprintf(stderr, "memviz-cli: error: unknown command '%.*s'\n", static_cast<int>(command.size()),
                     command.data());
    std::fputs("Try 'memviz-cli --help'.\n", stderr);
    return kExitUsage;
}
