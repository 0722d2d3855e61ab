// The `memviz-cli state` subcommand: options, the recorded run, the state at --step as JSON.
#include "state_command.h"

#include "exit_code.h"
#include "program_setup.h"
#include "state_json.h"

#include "alloc/allocator.h"
#include "replay/replay_report.h"
#include "trace/timeline.h"

#include <exception>
#include <optional>
#include <string>

namespace memviz::cli {

void printStateHelp(std::FILE* out) {
    std::fputs(
        "usage: memviz-cli state PROGRAM.c --step N [options] [-- ARGS...]\n"
        "\n"
        "Runs a C program on the simulated machine with its history recorded and prints the machine state\n"
        "at step N as JSON: paused before step N runs (step 1: before main's first statement; 'end' or\n"
        "the number of steps + 1: after the program ended). Keys: step, line, frames (innermost last, each\n"
        "with function, line and locals), globals, heap, pointers, metrics, cost, output, errors.\n"
        "\n"
        "options:\n"
        "  --step N|end         the step to show (required)\n"
        "  --output FILE.json   write the JSON there instead of stdout\n"
        "  --allocator P        first-fit|next-fit|best-fit|worst-fit|segregated|buddy (default: first-fit)\n"
        "  --stdin FILE         the program's input; default: none (EOF)\n"
        "  --max-steps N        stop the run after N steps (default 10,000,000)\n"
        "  --stack-size BYTES   simulated stack limit (default 8M)\n"
        "  --heap-size BYTES    simulated heap limit (default 64M)\n"
        "  --keep-going         report each memory error and go on\n"
        "  -h, --help           this help\n"
        "\n"
        "exit status: 0 the state was printed; 1 compile error or unreadable input; 2 usage error, or\n"
        "N is past the end of the run\n",
        out);
}

int runStateCommand(std::span<const std::string_view> args, std::FILE* out, std::FILE* err) {
    ArgParser parser;
    addRunOptions(parser);
    parser.addOption("--step", true);
    parser.addOption("--output", true);
    parser.addOption("--help", false, "-h");
    if (!parser.parse(args)) return usageError(err, "state", parser.error());
    if (parser.has("--help")) {
        printStateHelp(out);
        return kExitOk;
    }
    ProgramSetup setup;
    if (int status = parseProgramArgs(parser, "state", setup, err)) return status;
    std::optional<std::string> stepText = parser.value("--step");
    if (!stepText) return usageError(err, "state", "state needs --step N");
    bool toEnd = *stepText == "end";
    std::uint64_t step = 0;
    if (!toEnd) {
        std::string digits;
        for (char c : *stepText)
            if (c != ',' && c != '_') digits += c;
        if (digits.empty() || digits.size() > 18 || digits.find_first_not_of("0123456789") != std::string::npos)
            return usageError(err, "state", "invalid --step '" + *stepText + "' (expected a step number or 'end')");
        step = std::stoull(digits);
        if (step == 0) return usageError(err, "state", "steps count from 1 (--step 1 is before the first statement)");
    }
    if (int status = readProgramInputs(parser, setup, err)) return status;
    if (!compileProgram(setup, err)) return kExitCompileError;

    std::unique_ptr<trace::Timeline> timeline;
    try {
        timeline = trace::Timeline::record(*setup.compiled.unit, setup.options);
    } catch (const std::exception& e) {
        std::fprintf(err, "memviz-cli: internal error while running %s: %s\n", setup.path.c_str(), e.what());
        return kExitInputError;
    }
    if (toEnd) step = timeline->endStep();
    if (step > timeline->endStep()) {
        std::fprintf(err,
                     "memviz-cli: error: step %s is past the end: the run has %s steps (states 1..%s; 'end' is "
                     "the last)\n",
                     grouped(step).c_str(), grouped(timeline->totalSteps()).c_str(),
                     grouped(timeline->endStep()).c_str());
        return kExitUsage;
    }
    std::string json = stateJson(timeline->stateAt(step), setup.path, alloc::policyName(setup.options.allocator));
    if (std::optional<std::string> path = parser.value("--output")) {
        if (std::optional<std::string> problem = replay::writeTextFile(*path, json)) {
            std::fprintf(err, "memviz-cli: error: cannot write '%s': %s\n", path->c_str(), problem->c_str());
            return kExitInputError;
        }
        return kExitOk;
    }
    writeAll(out, json);
    return kExitOk;
}

} // namespace memviz::cli
