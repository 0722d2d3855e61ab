// Helpers for the engine tests: compile a C source and run it on a Machine; list the golden programs;
// build and run a program with the host gcc to get the reference output.
#pragma once

#include "engine/machine.h"
#include "lang/compiler.h"

#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace memviz::engine::test {

inline std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

inline RunResult runSource(const std::string& source, RunOptions options = {}, EventSink* sink = nullptr) {
    lang::CompileResult compiled = lang::compile(source, "prog.c");
    INFO(lang::formatDiagnostics(compiled.diagnostics, "prog.c", source));
    REQUIRE(compiled.ok());
    Machine machine(*compiled.unit, std::move(options), sink);
    return machine.run();
}

inline std::vector<std::filesystem::path> programsIn(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    if (!std::filesystem::exists(folder)) return files;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        if (entry.is_regular_file() && entry.path().extension() == ".c") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

struct HostRun {
    bool built = false;
    std::string output;
    int exitCode = 0;
};

// Compiles `program` with gcc -std=gnu17 -O0 and runs it with `stdinFile` (may be empty).
inline HostRun runWithGcc(const std::filesystem::path& program, const std::filesystem::path& stdinFile) {
    HostRun run;
    std::filesystem::path dir = std::filesystem::temp_directory_path() / "memviz-engine-tests";
    std::filesystem::create_directories(dir);
    std::string stem = program.stem().string() + "-" + std::to_string(::getpid());
    std::filesystem::path binary = dir / stem;
    std::filesystem::path output = dir / (stem + ".out");
    std::string compile = "gcc -std=gnu17 -O0 -w -o '" + binary.string() + "' '" + program.string() + "' -lm";
    if (std::system(compile.c_str()) != 0) return run;
    run.built = true;
    std::string command = "cd '" + program.parent_path().string() + "' && '" + binary.string() + "' < " +
                          (stdinFile.empty() ? std::string("/dev/null") : "'" + stdinFile.string() + "'") + " > '" +
                          output.string() + "' 2>/dev/null";
    int status = std::system(command.c_str());
    if (WIFEXITED(status)) run.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status)) run.exitCode = 128 + WTERMSIG(status);
    run.output = readFile(output);
    std::filesystem::remove(binary);
    std::filesystem::remove(output);
    return run;
}

} // namespace memviz::engine::test
