// The `memviz-cli run` subcommand: options, input files, compile, run, the human output and the files.
#include "run_command.h"

#include "arg_parser.h"
#include "byte_size.h"
#include "exit_code.h"
#include "run_report.h"
#include "trace_writer.h"

#include "alloc/allocator.h"
#include "engine/machine.h"
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

constexpr std::uint64_t kMaxHeapSize = std::uint64_t{1} << 46;  // 64 TiB of simulated address space
constexpr std::uint64_t kMaxStackSize = std::uint64_t{1} << 30; // 1 GiB
constexpr std::uint64_t kMinStackSize = 4096;
constexpr std::uint64_t kMaxSourceBytes = 16ull << 20; // a C file larger than this is refused
constexpr std::uint64_t kMaxStdinBytes = 256ull << 20;

int usageError(std::FILE* err, const std::string& message) {
    std::fprintf(err, "memviz-cli: error: %s\nTry 'memviz-cli run --help'.\n", message.c_str());
    return kExitUsage;
}

// "1234567" -> "1,234,567".
std::string grouped(std::uint64_t value) {
    std::string digits = std::to_string(value);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i != 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string policyList() {
    std::string list;
    const std::vector<alloc::Policy>& policies = alloc::allPolicies();
    for (std::size_t i = 0; i < policies.size(); ++i) {
        if (i != 0) list += i + 1 == policies.size() ? " or " : ", ";
        list += alloc::policyName(policies[i]);
    }
    return list;
}

// A positive count; ',' and '_' may group the digits ("10,000,000").
std::optional<std::uint64_t> parseCount(std::string_view text) {
    std::uint64_t value = 0;
    bool digits = false;
    for (char c : text) {
        if (c == ',' || c == '_') continue;
        if (c < '0' || c > '9') return std::nullopt;
        std::uint64_t digit = static_cast<std::uint64_t>(c - '0');
        if (value > (UINT64_MAX - digit) / 10) return std::nullopt;
        value = value * 10 + digit;
        digits = true;
    }
    if (!digits || value == 0) return std::nullopt;
    return value;
}

// Reads a whole input file (at most `limit` bytes); an error message for a missing, unreadable or
// special file, a directory, or one that is too large.
std::optional<std::string> readInput(const std::string& path, std::uint64_t limit, std::string& contents) {
    std::error_code ec;
    std::filesystem::file_status status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
        return ec && ec != std::errc::no_such_file_or_directory ? ec.message() : "no such file";
    if (std::filesystem::is_directory(status)) return "is a directory, not a file";
    std::ifstream file(path, std::ios::binary);
    if (!file) return std::strerror(errno != 0 ? errno : EACCES);
    contents.clear();
    char buffer[1 << 16];
    while (file) {
        file.read(buffer, sizeof buffer);
        std::streamsize got = file.gcount();
        if (got <= 0) break;
        if (contents.size() + static_cast<std::uint64_t>(got) > limit)
            return "too large (more than " + grouped(limit) + " bytes)";
        contents.append(buffer, static_cast<std::size_t>(got));
    }
    if (file.bad()) return "read error";
    return std::nullopt;
}

// A source file that is not C text: a NUL byte where gcc would also give up. Its location, or none.
std::optional<core::SourceLoc> firstNulByte(std::string_view source) {
    std::size_t at = source.find('\0');
    if (at == std::string_view::npos) return std::nullopt;
    core::SourceLoc loc{1, 1};
    for (std::size_t i = 0; i < at; ++i) {
        if (source[i] == '\n') {
            loc.line++;
            loc.column = 1;
        } else {
            loc.column++;
        }
    }
    return loc;
}

bool onlyWhitespace(std::string_view text) {
    return text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

// "./name" for "dir/name.c", as the program would be started after `gcc name.c -o name`.
std::string programName(const std::string& path) {
    std::string stem = std::filesystem::path(path).stem().string();
    if (stem.empty()) stem = "prog";
    return "./" + stem;
}

bool writeReport(std::FILE* err, const std::string& path, const RunReportInput& input) {
    if (std::optional<std::string> problem = replay::writeTextFile(path, runReportJson(input))) {
        std::fprintf(err, "memviz-cli: error: cannot write '%s': %s\n", path.c_str(), problem->c_str());
        return false;
    }
    return true;
}

void writeAll(std::FILE* stream, std::string_view text) {
    if (!text.empty()) std::fwrite(text.data(), 1, text.size(), stream);
    std::fflush(stream);
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
        "  --no-history         run without recording a history (accepted; there is no history yet)\n"
        "  -h, --help           this help\n"
        "\n"
        "exit status: the program's own when it ran to its end; 1 compile error or unreadable input,\n"
        "or an output file could not be written; 2 usage error; 3 stopped at a runtime error;\n"
        "124 stopped at the step limit\n",
        out);
}

int runRunCommand(std::span<const std::string_view> args, std::FILE* out, std::FILE* err) {
    ArgParser parser;
    parser.addOption("--allocator", true);
    parser.addOption("--stdin", true);
    parser.addOption("--max-steps", true);
    parser.addOption("--stack-size", true);
    parser.addOption("--heap-size", true);
    parser.addOption("--keep-going", false);
    parser.addOption("--report", true);
    parser.addOption("--trace", true);
    parser.addOption("--no-history", false);
    parser.addOption("--help", false, "-h");
    if (!parser.parse(args)) return usageError(err, parser.error());
    if (parser.has("--help")) {
        printRunHelp(out);
        return kExitOk;
    }

    // PROGRAM.c is the first argument that is not an option; what follows -- is the program's argv.
    const std::vector<std::string>& positionals = parser.positionals();
    std::size_t split = parser.firstAfterDashDash();
    if (positionals.empty()) return usageError(err, "run needs a PROGRAM.c file");
    if (split > 1)
        return usageError(err, "unexpected argument '" + positionals[1] +
                                   "' (arguments for the program go after --)");
    const std::string path = positionals[0];
    std::vector<std::string> programArgs(
        positionals.begin() + (split == 0 ? 1 : static_cast<std::ptrdiff_t>(split)), positionals.end());

    engine::RunOptions options;
    if (std::optional<std::string> name = parser.value("--allocator")) {
        std::optional<alloc::Policy> policy = alloc::parsePolicy(*name);
        if (!policy)
            return usageError(err, "unknown allocator '" + *name + "' (expected " + policyList() + ")");
        options.allocator = *policy;
    }
    if (std::optional<std::string> steps = parser.value("--max-steps")) {
        std::optional<std::uint64_t> count = parseCount(*steps);
        if (!count)
            return usageError(err, "invalid --max-steps '" + *steps + "' (expected a positive number)");
        options.maxSteps = *count;
    }
    if (std::optional<std::string> size = parser.value("--stack-size")) {
        std::optional<std::uint64_t> bytes = parseByteSize(*size, kMaxStackSize);
        if (!bytes || *bytes < kMinStackSize)
            return usageError(err, "invalid --stack-size '" + *size +
                                       "' (expected bytes from 4K to 1G, e.g. 65536, 64K or 8M)");
        options.stackLimit = *bytes;
    }
    if (std::optional<std::string> size = parser.value("--heap-size")) {
        std::optional<std::uint64_t> bytes = parseByteSize(*size, kMaxHeapSize);
        if (!bytes)
            return usageError(err, "invalid --heap-size '" + *size +
                                       "' (expected bytes, e.g. 1048576, 64M or 2G)");
        options.heapLimit = *bytes;
    }
    options.keepGoing = parser.has("--keep-going");
    std::optional<std::string> reportPath = parser.value("--report");
    std::optional<std::string> tracePath = parser.value("--trace");
    for (const std::optional<std::string>* file : {&reportPath, &tracePath})
        if (*file && (*file)->empty()) return usageError(err, "an output file name is empty");

    // Inputs: a problem with them is reported before anything runs.
    std::string source;
    if (std::optional<std::string> problem = readInput(path, kMaxSourceBytes, source)) {
        std::fprintf(err, "memviz-cli: error: %s: %s\n", path.c_str(), problem->c_str());
        return kExitInputError;
    }
    if (std::optional<std::string> stdinPath = parser.value("--stdin")) {
        if (std::optional<std::string> problem = readInput(*stdinPath, kMaxStdinBytes, options.stdinBytes)) {
            std::fprintf(err, "memviz-cli: error: --stdin %s: %s\n", stdinPath->c_str(), problem->c_str());
            return kExitInputError;
        }
    }
    options.programName = programName(path);
    options.argv.push_back(options.programName);
    options.argv.insert(options.argv.end(), programArgs.begin(), programArgs.end());

    RunReportInput report;
    report.program = path;
    report.options = &options;

    // Compile (or refuse what is not C text at all).
    std::vector<core::Diagnostic> diagnostics;
    lang::CompileResult compiled;
    if (std::optional<core::SourceLoc> nul = firstNulByte(source)) {
        diagnostics.push_back({core::Severity::Error, *nul,
                               "this is not a C source file: it contains binary data (a NUL byte)"});
    } else if (onlyWhitespace(source)) {
        diagnostics.push_back({core::Severity::Error, {}, "the file is empty: there is no program to run"});
    } else {
        compiled = lang::compile(source, path);
        diagnostics = compiled.diagnostics;
        if (compiled.ok() &&
            (compiled.unit->mainFunction == nullptr || !compiled.unit->mainFunction->isDefined()))
            diagnostics.push_back({core::Severity::Error, {}, "undefined reference to 'main'"});
    }
    bool compileFailed = false;
    for (const core::Diagnostic& d : diagnostics)
        if (d.severity == core::Severity::Error) compileFailed = true;
    // A binary file's "source line" is garbage: no excerpt then.
    writeAll(err,
             lang::formatDiagnostics(diagnostics, path, firstNulByte(source) ? std::string_view() : source));
    report.diagnostics = &diagnostics;
    if (compileFailed || !compiled.ok()) {
        report.status = "compile-error";
        report.exitCode = kExitCompileError;
        if (reportPath && !writeReport(err, *reportPath, report)) return kExitInputError;
        return kExitCompileError;
    }

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
    engine::RunResult result;
    try {
        engine::Machine machine(*compiled.unit, options, trace.get());
        result = machine.run();
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
