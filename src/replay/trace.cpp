// Trace helpers: format names and the wording of trace errors.
#include "replay/trace.h"

#include <cstdio>

namespace memviz::replay {

std::string_view formatName(TraceFormat format) {
    switch (format) {
    case TraceFormat::Heaptrack: return "heaptrack";
    case TraceFormat::Text: return "text";
    }
    return "unknown";
}

std::string formatTraceError(const TraceError& error) {
    std::string text = error.file;
    if (error.line != 0) text += ':' + std::to_string(error.line);
    text += ": error: ";
    text += error.message;
    return text;
}

std::string quoteToken(std::string_view token) {
    constexpr std::size_t kMaxShown = 32;
    std::string text = "'";
    std::size_t shown = 0;
    for (char c : token) {
        if (shown == kMaxShown) {
            text += "...";
            break;
        }
        auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte < 0x7f) {
            text += c;
        } else {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\x%02x", byte);
            text += escaped;
        }
        ++shown;
    }
    text += '\'';
    return text;
}

} // namespace memviz::replay
