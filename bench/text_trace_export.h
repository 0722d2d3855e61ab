// writeTextTrace: the first events of a Trace in memviz's plain text format (`a ID SIZE`, `f ID`,
// `r ID SIZE`), so the same allocation sequence can be fed to memviz-cli and to a C program using malloc.
#pragma once

#include "replay/trace.h"

#include <cstdint>
#include <string>

namespace memviz::bench {

// Returns false when the file cannot be written.
bool writeTextTrace(const replay::Trace& trace, std::uint64_t maxEvents, const std::string& path);

} // namespace memviz::bench
