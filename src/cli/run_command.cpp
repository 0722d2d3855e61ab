// The `memviz-cli run` subcommand: options, input files, compile, run, the human output and the files.
#include "run_command.h"

#include "arg_parser.h"
#include "byte_size.h"
#include "exit_code.h"
#include "program_setup.h"
#include "run_report.h"
#include "trace_writer.h"

#include "alloc/allocator.h"
#include "engine/machine.h"
#include "trace/timeline.h"
#include "lang/compiler.h"
#include "replay/replay_report.h"

#include <cerrno>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace memviz::cli {

namespace {

bool writeReport(std::FILE* err, const std::string& path, const RunReportInput& input) {
    if (std::optional<std::string> problem = replay::writeTextFile(path, runReportJson(input))) {
        std::fprintf(err, "memviz-cli: error: cannot write '%s': %s\n", path.c_str(), problem->c_str());
        return false;
    }
    return true;
}

} // namespace

void printRunHelp(std::FILE* out) {
    std::fputs(
        "usage: memviz-cli run PROGRAM.c [options] [-- ARGS...]\n"
        "\n"
        "Compiles a C program and runs it on the simulated machine: its output goes to stdout byte for\n"
        "byte, compile errors, memory errors (with their sanitizer names) and leaks go to stderr in gcc's\n"
        "format. ARGS after -- become argv[1..] of the program (argv[0] is ./PROGRAM).\n"
        "\n"
        "options:\n"
        "  --allocator P        first-fit|next-fit|best-fit|worst-fit|segregated|buddy (default: first-fit)\n"
        "  --stdin FILE         the program's input (scanf, getchar, fgets); default: none (EOF)\n"
        "  --max-steps N        stop after N steps (default 10,000,000); the run so far is kept\n"
        "  --stack-size BYTES   simulated stack limit, e.g. 8M (default 8M, at most 1G)\n"
        "  --heap-size BYTES    simulated heap limit, e.g. 64M or 2G (default 64M); past it malloc fails\n"
        "  --keep-going         report each memory error and go on (valgrind-like); default: stop at the\n"
        "                       first one (sanitizer-like)\n"
        "  --report FILE.json   write the machine-readable result\n"
        "  --trace FILE.jsonl   write every event of the run, one JSON object a line\n"
        "  --no-history         run without recording the execution history (faster; same results)\n"
        "  -h, --help           this help\n"
        "\n"
        "exit status: the program's own when it ran to its end; 1 compile error or unreadable input,\n"
        "or an output file could not be written; 2 usage error; 3 stopped at a runtime error;\n"
        "124 stopped at the step limit\n",
        out);
}

int runRunCommand(std::span<const std::string_view> args, std::FILE* out, std::FILE* err) {
    ArgParser parser;
    addRunOptions(parser);
    parser.addOption("--report", true);
    parser.addOption("--trace", true);
    parser.addOption("--no-history", false);
    parser.addOption("--help", false, "-h");
    if (!parser.parse(args)) return usageError(err, "run", parser.error());
    if (parser.has("--help")) {
        printRunHelp(out);
        return kExitOk;
    }

    ProgramSetup setup;
    if (int status = parseProgramArgs(parser, "run", setup, err)) return status;
    std::optional<std::string> reportPath = parser.value("--report");
    std::optional<std::string> tracePath = parser.value("--trace");
    for (const std::optional<std::string>* file : {&reportPath, &tracePath})
        if (*file && (*file)->empty()) return usageError(err, "run", "an output file name is empty");

    // Inputs: a problem with them is reported before anything runs.
    if (int status = readProgramInputs(parser, setup, err)) return status;
    const std::string& path = setup.path;
    const std::string& source = setup.source;
    engine::RunOptions& options = setup.options;

    RunReportInput report;
    report.program = path;
    report.options = &options;
    bool runnable = compileProgram(setup, err);
    report.diagnostics = &setup.diagnostics;
    if (!runnable) {
        report.status = "compile-error";
        report.exitCode = kExitCompileError;
        if (reportPath && !writeReport(err, *reportPath, report)) return kExitInputError;
        return kExitCompileError;
    }
    const lang::CompileResult& compiled = setup.compiled;

    // Run, with the trace streamed to its file when asked.
    std::unique_ptr<TraceWriter> trace;
    if (tracePath) {
        std::FILE* file = std::fopen(tracePath->c_str(), "wb");
        if (file == nullptr) {
            std::fprintf(err, "memviz-cli: error: cannot write '%s': %s\n", tracePath->c_str(),
                         std::strerror(errno));
            return kExitInputError;
        }
        trace = std::make_unique<TraceWriter>(file);
        trace->writeStart(path, alloc::policyName(options.allocator), options.maxSteps);
    }
    // By default the run records its history, the same path the app uses; --no-history runs bare.
    engine::RunResult result;
    std::unique_ptr<trace::Timeline> timeline;
    try {
        if (parser.has("--no-history")) {
            engine::Machine machine(*compiled.unit, options, trace.get());
            result = machine.run();
        } else {
            timeline = trace::Timeline::record(*compiled.unit, options, nullptr, trace.get());
            result = timeline->result();
        }
    } catch (const std::exception& e) {
        std::fprintf(err, "memviz-cli: internal error while running %s: %s\n", path.c_str(), e.what());
        return kExitInputError;
    }

    // What the program printed, then what the machine found.
    writeAll(out, result.output);
    std::string messages = result.errorOutput;
    for (const engine::RuntimeError& e : result.errors) {
        core::Diagnostic d{core::Severity::Error,
                           {e.line, e.column},
                           std::string(engine::errorKindName(e.kind)) + ": " + e.message};
        messages += core::formatDiagnostic(d, path, source);
    }
    for (const engine::Leak& leak : result.leaks) {
        core::Diagnostic d{core::Severity::Error,
                           {leak.line, 0},
                           "memory-leak: " + grouped(leak.bytes) +
                               (leak.bytes == 1 ? " byte in " : " bytes in ") + grouped(leak.blocks) +
                               (leak.blocks == 1 ? " block" : " blocks") + " allocated here"};
        messages += core::formatDiagnostic(d, path, source);
    }

    int status = result.exitCode;
    switch (result.status) {
    case engine::RunStatus::Exited:
        status = result.exitCode;
        break;
    case engine::RunStatus::RuntimeError:
        status = kExitRuntimeError;
        break;
    case engine::RunStatus::StepLimit:
        status = kExitStepLimit;
        messages += core::formatDiagnostic({core::Severity::Error,
                                            {result.lastLine, 0},
                                            "step-limit: stopped after " + grouped(result.steps) +
                                                " steps, here (raise the limit with --max-steps N)"},
                                           path, source);
        break;
    }
    writeAll(err, messages);

    report.status = engine::runStatusName(result.status);
    report.exitCode = status;
    report.result = &result;
    bool outputsOk = true;
    if (trace) {
        trace->writeEnd(report.status, status, result.steps);
        if (!trace->close()) {
            std::fprintf(err, "memviz-cli: error: cannot write '%s': %s\n", tracePath->c_str(),
                         trace->error().c_str());
            outputsOk = false;
        }
    }
    if (reportPath && !writeReport(err, *reportPath, report)) outputsOk = false;
    return outputsOk ? status : kExitInputError;
}

} // namespace memviz::cli
