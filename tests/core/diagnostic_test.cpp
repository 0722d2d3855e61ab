// Diagnostics print as gcc does: file:line:col, severity, message, the line and a caret.
#include "core/address.h"
#include "core/diagnostic.h"

#include <catch2/catch.hpp>

using namespace memviz::core;

TEST_CASE("diagnostic with a caret under the column") {
    Diagnostic d{Severity::Error, {2, 5}, "expected ';'"};
    std::string text = formatDiagnostic(d, "prog.c", "int main() {\n  x = 1\n}\n");
    CHECK(text == "prog.c:2:5: error: expected ';'\n   x = 1\n     ^\n");
}

TEST_CASE("diagnostic without source or column") {
    CHECK(formatDiagnostic({Severity::Warning, {7, 0}, "odd"}, "t.txt") == "t.txt:7: warning: odd\n");
    CHECK(formatDiagnostic({Severity::Error, {}, "no file"}, "x") == "x: error: no file\n");
    // A line past the end of the text prints no source line.
    CHECK(formatDiagnostic({Severity::Error, {9, 1}, "m"}, "f.c", "one line\n") == "f.c:9:1: error: m\n");
}

TEST_CASE("address helpers") {
    CHECK(alignUp(17, 16) == 32);
    CHECK(alignUp(32, 16) == 32);
    CHECK(alignDown(4097, 4096) == 4096);
    CHECK(isPowerOfTwo(64));
    CHECK_FALSE(isPowerOfTwo(96));
    CHECK(hexAddress(0x4052a0) == "0x4052a0");
}
