// The JSON report of `memviz-cli run --report FILE.json` (DESIGN.md §2; every field in docs/cli.md).
#pragma once

#include "core/diagnostic.h"
#include "engine/run_options.h"
#include "engine/run_result.h"

#include <string>
#include <string_view>
#include <vector>

namespace memviz::replay {
class JsonWriter;
}

namespace memviz::cli {

struct RunReportInput {
    std::string_view program; // the path as given
    std::string_view status;  // exited|compile-error|runtime-error|step-limit
    int exitCode = 0;         // memviz-cli's own exit status
    const engine::RunOptions* options = nullptr;
    const std::vector<core::Diagnostic>* diagnostics = nullptr;
    const engine::RunResult* result = nullptr; // null when the program did not compile
};

std::string runReportJson(const RunReportInput& input);

// One runtime error as a JSON object (kind, line, column, step, message): the report's and `state`'s form.
void writeRuntimeError(replay::JsonWriter& json, const engine::RuntimeError& error);

} // namespace memviz::cli
