// TraceReader: the interface of the trace readers: fed chunks of a file's (decompressed) text in order,
// they build a Trace or stop at the first error, which names the line.
#pragma once

#include "replay/trace.h"

#include <optional>
#include <string_view>

namespace memviz::replay {

class TraceReader {
public:
    virtual ~TraceReader() = default;

    // Parses the next piece of the file; false once an error was found (see error()).
    virtual bool feed(std::string_view chunk) = 0;
    // The end of the file: parses a last line without a newline, checks the trace is not empty.
    virtual bool finish() = 0;

    const std::optional<TraceError>& error() const { return m_error; }
    // The trace read so far (call after finish()).
    virtual Trace takeTrace() = 0;

protected:
    bool fail(std::string_view file, std::uint64_t line, std::string message) {
        m_error = TraceError{std::string(file), line, std::move(message)};
        return false;
    }

private:
    std::optional<TraceError> m_error;
};

} // namespace memviz::replay
