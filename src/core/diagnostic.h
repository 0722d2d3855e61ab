// Diagnostic: an error, warning or note at a source location, formatted the way gcc prints them.
#pragma once

#include "core/source_loc.h"

#include <string>
#include <string_view>

namespace memviz::core {

enum class Severity { Error, Warning, Note };

std::string_view severityName(Severity severity);

struct Diagnostic {
    Severity severity = Severity::Error;
    SourceLoc loc;
    std::string message;
};

// "file:line:col: error: message" followed, when the source text is given and the line exists,
// by the source line and a caret under the column. A diagnostic without a column omits ":col".
std::string formatDiagnostic(const Diagnostic& diagnostic, std::string_view fileName,
                             std::string_view sourceText = {});

} // namespace memviz::core
