// Trace: an allocation trace as a flat vector of compact operations on densely numbered ids, plus the
// counts its reader gathered. Both readers produce it; the Replayer consumes it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace memviz::replay {

enum class TraceFormat : std::uint8_t { Heaptrack, Text };

std::string_view formatName(TraceFormat format);  // "heaptrack", "text"

enum class TraceOpKind : std::uint8_t { Alloc, Free, Realloc };

// One operation. Ids are dense (0 .. Trace::idCount - 1) so a replayer maps id -> payload with a vector.
struct TraceOp {
    std::uint64_t size = 0;  // requested bytes (Alloc, Realloc); 0 for Free
    std::uint32_t id = 0;
    TraceOpKind kind = TraceOpKind::Alloc;
};

struct Trace {
    TraceFormat format = TraceFormat::Text;
    std::vector<TraceOp> ops;
    std::uint32_t idCount = 0;        // ids used by ops are below this
    std::uint64_t allocations = 0;    // Alloc ops
    std::uint64_t frees = 0;          // Free ops
    std::uint64_t reallocs = 0;       // Realloc ops
    std::uint64_t skippedFrees = 0;   // frees of pointers allocated before recording began (not in ops)
    std::uint64_t implicitFrees = 0; // heaptrack: an allocation at a still-live address; the old one is freed

    std::uint64_t events() const { return ops.size(); }
};

// Where a trace could not be read: the file as the user named it, the 1-based line (0 when the problem
// is not on one line: a missing file, a truncated zstd stream, ...) and what is wrong.
struct TraceError {
    std::string file;
    std::uint64_t line = 0;
    std::string message;
};

// "trace.txt:17: error: expected a size after 'a 3'", or "trace.txt: error: ..." without a line.
std::string formatTraceError(const TraceError& error);

// A token from a trace for an error message: at most 32 characters, anything unprintable as \xNN.
std::string quoteToken(std::string_view token);

} // namespace memviz::replay
