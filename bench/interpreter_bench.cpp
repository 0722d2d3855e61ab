// Interpreter benchmarks over lang::compile, engine::Machine and gcc -O0 binaries.
#include "interpreter_bench.h"

#include "process_timer.h"
#include "engine/machine.h"
#include "lang/compiler.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <optional>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace memviz::bench {

namespace {

namespace fs = std::filesystem;

std::optional<std::string> readFile(const fs::path& path) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) return std::nullopt;
    std::string text;
    char buffer[1 << 16];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) text.append(buffer, n);
    std::fclose(file);
    return text;
}

// Runs argv (argv[0] looked up in PATH) with stdout and stderr to `outputFile`; its exit status, or -1
// when it could not start or did not exit normally.
int runCapturing(const std::vector<std::string>& argv, const fs::path& outputFile) {
    std::vector<char*> args;
    for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, outputFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    pid_t pid = 0;
    int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) return -1;
    int status = 0;
    if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status)) return -1;
    return WEXITSTATUS(status);
}

// A temporary directory for the gcc builds, removed when it goes out of scope.
class TempDir {
public:
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "memviz-bench-XXXXXX").string();
        if (mkdtemp(pattern.data()) != nullptr) m_path = pattern;
    }
    ~TempDir() {
        std::error_code ignored;
        if (!m_path.empty()) fs::remove_all(m_path, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    bool ok() const { return !m_path.empty(); }
    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

// Builds `source` with gcc -O0 into `binary`; an error message, or nullopt on success.
std::optional<std::string> buildWithGcc(const fs::path& source, const fs::path& binary, const fs::path& log) {
    int status = runCapturing({"gcc", "-O0", "-w", "-o", binary.string(), source.string()}, log);
    if (status == 0) return std::nullopt;
    if (status < 0) return std::string("gcc not found or did not run");
    std::string message = "gcc -O0 failed";
    if (std::optional<std::string> text = readFile(log); text && !text->empty())
        message += ": " + text->substr(0, text->find('\n'));
    return message;
}

void measureInterpreter(const std::string& source, InterpreterFigures& figures, int runs) {
    lang::CompileResult compiled = lang::compile(source, figures.name);
    if (!compiled.ok()) {
        figures.error = "does not compile:\n" + lang::formatDiagnostics(compiled.diagnostics, figures.name, source);
        return;
    }
    engine::RunOptions options;
    options.maxSteps = 1'000'000'000;  // the benchmarks run to their end
    options.programName = fs::path(figures.name).stem().string();
    for (int run = 0; run < runs; ++run) {
        auto start = std::chrono::steady_clock::now();
        engine::RunResult result;
        {
            engine::Machine machine(*compiled.unit, options, nullptr);
            result = machine.run();
        }
        double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (result.status != engine::RunStatus::Exited || result.exitCode != 0 || !result.errors.empty()) {
            figures.error = "run ended with status " + std::string(engine::runStatusName(result.status)) +
                            ", exit code " + std::to_string(result.exitCode);
            if (!result.errors.empty())
                figures.error += ": " + std::string(engine::errorKindName(result.errors.front().kind)) + ": " +
                                 result.errors.front().message + " (line " +
                                 std::to_string(result.errors.front().line) + ")";
            return;
        }
        if (run == 0 || seconds < figures.seconds) figures.seconds = seconds;
        figures.steps = result.steps;
        figures.output = std::move(result.output);
    }
    figures.ok = true;
}

void measureGcc(const fs::path& source, const TempDir& dir, InterpreterFigures& figures, int runs) {
    if (!dir.ok()) {
        figures.gccError = "cannot create a temporary directory";
        return;
    }
    fs::path binary = dir.path() / source.stem();
    fs::path log = dir.path() / (source.stem().string() + ".log");
    if (std::optional<std::string> error = buildWithGcc(source, binary, log)) {
        figures.gccError = *error;
        return;
    }
    fs::path out = dir.path() / (source.stem().string() + ".out");
    if (runCapturing({binary.string()}, out) != 0) {
        figures.gccError = "the gcc -O0 binary failed";
        return;
    }
    figures.gccOutput = readFile(out).value_or("");
    ProcessTiming timing = timeProcess({binary.string()}, runs);
    if (!timing.ok) {
        figures.gccError = timing.error;
        return;
    }
    figures.gccMeasured = true;
    figures.gccSeconds = timing.seconds;
    figures.outputMatchesGcc = figures.ok && figures.output == figures.gccOutput;
}

} // namespace

std::vector<InterpreterFigures> benchInterpreter(const std::vector<std::string>& programs, int runs) {
    std::vector<InterpreterFigures> all;
    TempDir dir;
    for (const std::string& program : programs) {
        InterpreterFigures figures;
        fs::path path(program);
        figures.name = path.filename().string();
        std::optional<std::string> source = readFile(path);
        if (!source) {
            figures.error = "cannot read " + program;
            all.push_back(std::move(figures));
            continue;
        }
        try {
            measureInterpreter(*source, figures, runs);
            if (figures.ok) measureHistory(*source, figures, runs);
        } catch (const std::exception& e) {
            figures.ok = false;
            figures.error = std::string("internal error: ") + e.what();
        }
        measureGcc(path, dir, figures, runs);
        all.push_back(std::move(figures));
    }
    return all;
}

double gccStartupSeconds(int runs) {
    TempDir dir;
    if (!dir.ok()) return 0;
    fs::path source = dir.path() / "empty.c";
    std::ofstream(source) << "int main(void) { return 0; }\n";
    fs::path binary = dir.path() / "empty";
    if (buildWithGcc(source, binary, dir.path() / "empty.log")) return 0;
    ProcessTiming timing = timeProcess({binary.string()}, runs);
    return timing.ok ? timing.seconds : 0;
}

} // namespace memviz::bench
