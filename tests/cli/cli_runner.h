// runCli: runs the built memviz-cli with arguments through the shell, capturing exit code, stdout and
// stderr, for tests that check the executable as users see it.
#pragma once

#include <string>
#include <vector>

namespace memviz::cli::test {

struct CliRun {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Arguments are quoted for the shell; the working directory is the test's (the build tree).
CliRun runCli(const std::vector<std::string>& args);

std::string dataPath(const std::string& name);
std::string readFile(const std::string& path);
// A path for a scratch file in the working directory, unique to this test process.
std::string scratchPath(const std::string& name);

} // namespace memviz::cli::test
