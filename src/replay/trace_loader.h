// loadTrace: reads a trace file, decompresses it when it is zstd, tells a heaptrack raw recording from a
// text trace, and returns the Trace or an error that names the file and, for a malformed line, the line.
#pragma once

#include "replay/trace.h"

#include <optional>
#include <string>
#include <string_view>

namespace memviz::replay {

struct LoadResult {
    Trace trace;
    std::optional<TraceError> error;

    bool ok() const { return !error; }
};

// `path` is read whole; errors use it as the file name.
LoadResult loadTrace(const std::string& path);

// The same for the bytes of a file already in memory; `fileName` names it in errors.
LoadResult parseTrace(std::string_view bytes, const std::string& fileName);

// The format of a trace from its first meaningful line (blank lines and # comments skipped): `v `, `+ `,
// `- `, `m `, ... mean heaptrack, anything else text. Nothing when `head` ends before such a line does
// and more is to come (`complete` false).
std::optional<TraceFormat> detectFormat(std::string_view head, bool complete);

} // namespace memviz::replay
