// memviz-cli as a whole: --help, --version, unknown commands and options.
#include "cli_runner.h"

#include <catch2/catch.hpp>

using namespace memviz::cli::test;

TEST_CASE("memviz-cli --help and --version", "[cli]") {
    CliRun help = runCli({"--help"});
    CHECK(help.exitCode == 0);
    CHECK(help.out.find("usage: memviz-cli COMMAND") != std::string::npos);
    CHECK(help.out.find("replay TRACE") != std::string::npos);
    CHECK(help.err.empty());

    CliRun version = runCli({"--version"});
    CHECK(version.exitCode == 0);
    CHECK(version.out.starts_with("memviz-cli "));

    CliRun replayHelp = runCli({"replay", "--help"});
    CHECK(replayHelp.exitCode == 0);
    CHECK(replayHelp.out.find("--all-policies") != std::string::npos);
}

TEST_CASE("memviz-cli usage errors exit with 2", "[cli][errors]") {
    CliRun none = runCli({});
    CHECK(none.exitCode == 2);
    CHECK(none.err.find("usage: memviz-cli") != std::string::npos);

    CliRun unknown = runCli({"frobnicate"});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.find("memviz-cli: error: unknown command 'frobnicate'") != std::string::npos);

    CliRun option = runCli({"--frob"});
    CHECK(option.exitCode == 2);
    CHECK(option.err.find("memviz-cli: error: unknown option '--frob'") != std::string::npos);
}
