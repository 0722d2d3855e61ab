// DiagnosticSink: collects the errors and warnings of one compilation and knows the files it reads, so that
// a problem inside an included file is reported at the #include line of the main file, naming the file.
#pragma once

#include "core/diagnostic.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace memviz::lang {

// 'text' in single quotes, as gcc quotes names and types in messages.
inline std::string quote(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    out += '\'';
    out += text;
    out += '\'';
    return out;
}

struct SourceFile {
    std::string name;
    core::SourceLoc includedAt; // the #include line in the main file (file 0 has none)
    bool builtin = false;       // one of the built-in standard headers
};

class DiagnosticSink {
public:
    // Past this many errors further ones are dropped (a broken file must not flood the user).
    static constexpr std::size_t maxErrors = 50;

    DiagnosticSink() { m_files.push_back({}); }

    void error(core::SourceLoc loc, std::string message, std::uint32_t file = 0);
    void warning(core::SourceLoc loc, std::string message, std::uint32_t file = 0);

    std::size_t errorCount() const { return m_errors; }
    bool hasErrors() const { return m_errors != 0; }
    bool full() const { return m_errors >= maxErrors; }
    const std::vector<core::Diagnostic>& diagnostics() const { return m_diagnostics; }
    std::vector<core::Diagnostic> take() { return std::move(m_diagnostics); }

    // File 0 is the main file; included files get the following indices.
    std::uint32_t addFile(SourceFile file);
    const SourceFile& file(std::uint32_t index) const { return m_files.at(index); }
    void setMainFileName(std::string name) { m_files[0].name = std::move(name); }

private:
    void add(core::Severity severity, core::SourceLoc loc, std::string message, std::uint32_t file);

    std::vector<core::Diagnostic> m_diagnostics;
    std::vector<SourceFile> m_files;
    std::size_t m_errors = 0;
};

} // namespace memviz::lang
