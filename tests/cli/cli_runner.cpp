// runCli: std::system with stdout and stderr redirected to scratch files.
#include "cli_runner.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace memviz::cli::test {

namespace {

std::string shellQuote(const std::string& arg) {
    std::string quoted = "'";
    for (char c : arg) {
        if (c == '\'')
            quoted += "'\\''";
        else
            quoted += c;
    }
    return quoted + "'";
}

} // namespace

std::string dataPath(const std::string& name) {
    return std::string(MEMVIZ_SOURCE_DIR) + "/tests/data/" + name;
}

std::string readFile(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream contents;
    contents << file.rdbuf();
    return contents.str();
}

std::string scratchPath(const std::string& name) {
    return "cli-test-" + std::to_string(::getpid()) + "-" + name;
}

CliRun runCli(const std::vector<std::string>& args) {
    std::string outPath = scratchPath("stdout.txt");
    std::string errPath = scratchPath("stderr.txt");
    std::string command = shellQuote(MEMVIZ_CLI_PATH);
    for (const std::string& arg : args) command += ' ' + shellQuote(arg);
    command += " >" + shellQuote(outPath) + " 2>" + shellQuote(errPath) + " </dev/null";
    int status = std::system(command.c_str());
    CliRun run;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = readFile(outPath);
    run.err = readFile(errPath);
    std::remove(outPath.c_str());
    std::remove(errPath.c_str());
    return run;
}

} // namespace memviz::cli::test
