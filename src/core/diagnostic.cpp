// Formatting of diagnostics in gcc's style, with the offending line and a caret.
#include "core/diagnostic.h"

namespace memviz::core {

std::string_view severityName(Severity severity) {
    switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
    }
    return "error";
}

namespace {

// The text of 1-based line `line` without its newline, or an empty view when there is no such line.
std::string_view lineOf(std::string_view text, std::uint32_t line) {
    std::size_t start = 0;
    for (std::uint32_t current = 1; current < line; ++current) {
        std::size_t newline = text.find('\n', start);
        if (newline == std::string_view::npos) return {};
        start = newline + 1;
    }
    if (start > text.size()) return {};
    std::size_t end = text.find('\n', start);
    std::string_view result = text.substr(start, end == std::string_view::npos ? text.size() - start : end - start);
    if (!result.empty() && result.back() == '\r') result.remove_suffix(1);
    return result;
}

} // namespace

std::string formatDiagnostic(const Diagnostic& diagnostic, std::string_view fileName, std::string_view sourceText) {
    std::string out(fileName);
    if (diagnostic.loc.valid()) {
        out += ':' + std::to_string(diagnostic.loc.line);
        if (diagnostic.loc.column != 0) out += ':' + std::to_string(diagnostic.loc.column);
    }
    out += ": ";
    out += severityName(diagnostic.severity);
    out += ": ";
    out += diagnostic.message;
    out += '\n';
    if (!diagnostic.loc.valid() || sourceText.empty()) return out;
    std::string_view line = lineOf(sourceText, diagnostic.loc.line);
    if (line.empty()) return out;
    out += ' ';
    out += line;
    out += '\n';
    if (diagnostic.loc.column == 0) return out;
    out += ' ';
    // Keep tabs so the caret lines up under the column in a terminal.
    for (std::uint32_t i = 1; i < diagnostic.loc.column && i - 1 < line.size(); ++i) out += line[i - 1] == '\t' ? '\t' : ' ';
    out += "^\n";
    return out;
}

} // namespace memviz::core
