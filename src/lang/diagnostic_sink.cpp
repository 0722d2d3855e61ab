// DiagnosticSink: keeps errors and warnings; drops exact repeats and everything past the error limit.
#include "lang/diagnostic_sink.h"

namespace memviz::lang {

std::uint32_t DiagnosticSink::addFile(SourceFile file) {
    m_files.push_back(std::move(file));
    return static_cast<std::uint32_t>(m_files.size() - 1);
}

void DiagnosticSink::error(core::SourceLoc loc, std::string message, std::uint32_t file) {
    if (m_errors >= maxErrors) return;
    std::size_t before = m_diagnostics.size();
    add(core::Severity::Error, loc, std::move(message), file);
    if (m_diagnostics.size() != before) ++m_errors;
}

void DiagnosticSink::warning(core::SourceLoc loc, std::string message, std::uint32_t file) {
    if (m_errors >= maxErrors || m_diagnostics.size() >= 4 * maxErrors) return;
    add(core::Severity::Warning, loc, std::move(message), file);
}

void DiagnosticSink::add(core::Severity severity, core::SourceLoc loc, std::string message, std::uint32_t file) {
    if (file != 0 && file < m_files.size()) {
        const SourceFile& f = m_files[file];
        message = "in " + f.name + ":" + std::to_string(loc.line) + ":" + std::to_string(loc.column) + ": " +
                  message;
        loc = f.includedAt;
    }
    for (const core::Diagnostic& d : m_diagnostics)
        if (d.loc == loc && d.message == message) return;
    m_diagnostics.push_back({severity, loc, std::move(message)});
}

} // namespace memviz::lang
