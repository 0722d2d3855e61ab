// ProgramSetup: option parsing, input reading and compiling shared by `run` and `state`.
#include "program_setup.h"

#include "byte_size.h"
#include "exit_code.h"

#include "alloc/allocator.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>

namespace memviz::cli {

namespace {

constexpr std::uint64_t kMaxHeapSize = std::uint64_t{1} << 46;  // 64 TiB of simulated address space
constexpr std::uint64_t kMaxStackSize = std::uint64_t{1} << 30; // 1 GiB
constexpr std::uint64_t kMinStackSize = 4096;
constexpr std::uint64_t kMaxSourceBytes = 16ull << 20; // a C file larger than this is refused
constexpr std::uint64_t kMaxStdinBytes = 256ull << 20;

}  // namespace

std::string grouped(std::uint64_t value) {
    std::string digits = std::to_string(value);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i != 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

namespace {

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

} // namespace

int usageError(std::FILE* err, std::string_view command, const std::string& message) {
    std::fprintf(err, "memviz-cli: error: %s\nTry 'memviz-cli %.*s --help'.\n", message.c_str(),
                 static_cast<int>(command.size()), command.data());
    return kExitUsage;
}

void writeAll(std::FILE* stream, std::string_view text) {
    if (!text.empty()) std::fwrite(text.data(), 1, text.size(), stream);
    std::fflush(stream);
}

void addRunOptions(ArgParser& parser) {
    parser.addOption("--allocator", true);
    parser.addOption("--stdin", true);
    parser.addOption("--max-steps", true);
    parser.addOption("--stack-size", true);
    parser.addOption("--heap-size", true);
    parser.addOption("--keep-going", false);
}

int parseProgramArgs(const ArgParser& parser, std::string_view command, ProgramSetup& setup, std::FILE* err) {
    // PROGRAM.c is the first argument that is not an option; what follows -- is the program's argv.
    const std::vector<std::string>& positionals = parser.positionals();
    std::size_t split = parser.firstAfterDashDash();
    if (positionals.empty()) return usageError(err, command, std::string(command) + " needs a PROGRAM.c file");
    if (split > 1)
        return usageError(err, command, "unexpected argument '" + positionals[1] +
                                            "' (arguments for the program go after --)");
    setup.path = positionals[0];
    setup.programArgs.assign(positionals.begin() + (split == 0 ? 1 : static_cast<std::ptrdiff_t>(split)),
                             positionals.end());
    if (std::optional<std::string> name = parser.value("--allocator")) {
        std::optional<alloc::Policy> policy = alloc::parsePolicy(*name);
        if (!policy)
            return usageError(err, command, "unknown allocator '" + *name + "' (expected " + policyList() + ")");
        setup.options.allocator = *policy;
    }
    if (std::optional<std::string> steps = parser.value("--max-steps")) {
        std::optional<std::uint64_t> count = parseCount(*steps);
        if (!count)
            return usageError(err, command, "invalid --max-steps '" + *steps + "' (expected a positive number)");
        setup.options.maxSteps = *count;
    }
    if (std::optional<std::string> size = parser.value("--stack-size")) {
        std::optional<std::uint64_t> bytes = parseByteSize(*size, kMaxStackSize);
        if (!bytes || *bytes < kMinStackSize)
            return usageError(err, command, "invalid --stack-size '" + *size +
                                       "' (expected bytes from 4K to 1G, e.g. 65536, 64K or 8M)");
        setup.options.stackLimit = *bytes;
    }
    if (std::optional<std::string> size = parser.value("--heap-size")) {
        std::optional<std::uint64_t> bytes = parseByteSize(*size, kMaxHeapSize);
        if (!bytes)
            return usageError(err, command, "invalid --heap-size '" + *size +
                                       "' (expected bytes, e.g. 1048576, 64M or 2G)");
        setup.options.heapLimit = *bytes;
    }
    setup.options.keepGoing = parser.has("--keep-going");
    return 0;
}

int readProgramInputs(const ArgParser& parser, ProgramSetup& setup, std::FILE* err) {
    if (std::optional<std::string> problem = readInput(setup.path, kMaxSourceBytes, setup.source)) {
        std::fprintf(err, "memviz-cli: error: %s: %s\n", setup.path.c_str(), problem->c_str());
        return kExitInputError;
    }
    if (std::optional<std::string> stdinPath = parser.value("--stdin")) {
        if (std::optional<std::string> problem = readInput(*stdinPath, kMaxStdinBytes, setup.options.stdinBytes)) {
            std::fprintf(err, "memviz-cli: error: --stdin %s: %s\n", stdinPath->c_str(), problem->c_str());
            return kExitInputError;
        }
    }
    setup.options.programName = programName(setup.path);
    setup.options.argv.push_back(setup.options.programName);
    setup.options.argv.insert(setup.options.argv.end(), setup.programArgs.begin(), setup.programArgs.end());
    return 0;
}

bool compileProgram(ProgramSetup& setup, std::FILE* err) {
    // Compile (or refuse what is not C text at all).
    const std::string& source = setup.source;
    if (std::optional<core::SourceLoc> nul = firstNulByte(source)) {
        setup.diagnostics.push_back({core::Severity::Error, *nul,
                                     "this is not a C source file: it contains binary data (a NUL byte)"});
    } else if (onlyWhitespace(source)) {
        setup.diagnostics.push_back({core::Severity::Error, {}, "the file is empty: there is no program to run"});
    } else {
        setup.compiled = lang::compile(source, setup.path);
        setup.diagnostics = setup.compiled.diagnostics;
        if (setup.compiled.ok() &&
            (setup.compiled.unit->mainFunction == nullptr || !setup.compiled.unit->mainFunction->isDefined()))
            setup.diagnostics.push_back({core::Severity::Error, {}, "undefined reference to 'main'"});
    }
    bool failed = false;
    for (const core::Diagnostic& d : setup.diagnostics)
        if (d.severity == core::Severity::Error) failed = true;
    // A binary file's "source line" is garbage: no excerpt then.
    writeAll(err, lang::formatDiagnostics(setup.diagnostics, setup.path,
                                          firstNulByte(source) ? std::string_view() : std::string_view(source)));
    return !failed && setup.compiled.ok();
}

} // namespace memviz::cli
