// The public entry point of the front end: compile() runs the preprocessor, parser and sema over one C
// file and returns the checked translation unit, or the diagnostics that stop it (several when it can).
// Nothing here throws for bad input, and nothing is shared between calls: compilations may run in parallel.
#pragma once

#include "core/diagnostic.h"
#include "lang/preprocessor.h"
#include "lang/token.h"
#include "lang/translation_unit.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace memviz::lang {

struct CompileOptions {
    // Reads `#include "name"`; when empty, local includes are an error (only standard headers exist).
    IncludeHandler includeLocal;
    // Predefined macros, as -D NAME=VALUE.
    std::vector<std::pair<std::string, std::string>> defines;
    // Upper bound on preprocessing tokens (runaway macros, huge inputs).
    std::size_t maxTokens = 2'000'000;
};

struct CompileResult {
    std::unique_ptr<TranslationUnit> unit;     // null when there were errors
    std::vector<core::Diagnostic> diagnostics; // errors and warnings, sorted by location
    bool ok() const { return unit != nullptr; }
};

CompileResult compile(std::string_view source, std::string fileName, const CompileOptions& options = {});

// The tokens after preprocessing (ending with Eof); errors go to `diagnostics`.
std::vector<Token> preprocess(std::string_view source, std::string fileName, const CompileOptions& options,
                              std::vector<core::Diagnostic>& diagnostics);

// Every diagnostic in gcc's format ("file:line:col: error: message", the line and a caret).
std::string formatDiagnostics(const std::vector<core::Diagnostic>& diagnostics, std::string_view fileName,
                              std::string_view source);

} // namespace memviz::lang
