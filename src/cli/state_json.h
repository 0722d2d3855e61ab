// The JSON form of a MachineState (`memviz-cli state`, documented in docs/cli.md): step, line, frames
// (innermost last, each with function, line and locals), globals, heap, metrics, output, and more.
#pragma once

#include "trace/machine_state.h"

#include <string>

namespace memviz::cli {

std::string stateJson(const trace::MachineState& state, std::string_view program, std::string_view allocator);

} // namespace memviz::cli
