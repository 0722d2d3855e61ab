// Lexer: turns C source text into preprocessing tokens with exact 1-based line and byte columns.
#pragma once

#include "lang/diagnostic_sink.h"
#include "lang/token.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace memviz::lang {

class Lexer {
public:
    Lexer(std::string_view text, std::uint32_t file, DiagnosticSink& sink);

    // All tokens of the text followed by one Eof token. Bad characters are reported and skipped.
    std::vector<Token> tokenize();

    // Lexes `spelling` as exactly one token (for ## pasting); false when it is not one token.
    static bool lexSingle(std::string_view spelling, Token& out);

private:
    char peek(std::size_t ahead = 0) const;
    void advance(std::size_t count = 1);
    bool skipSpaceAndComments(bool& sawNewline);
    void lexNumber(Token& token);
    void lexCharConst(Token& token);
    void lexString(Token& token);
    bool lexPunct(Token& token);
    // Reads one (possibly escaped) character of a literal; returns its byte value.
    std::uint32_t readLiteralChar(char quote);
    void error(core::SourceLoc loc, std::string message);

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::uint32_t m_line = 1;
    std::uint32_t m_column = 1;
    std::uint32_t m_file;
    DiagnosticSink& m_sink;
    bool m_quiet = false; // lexSingle() reports nothing
};

} // namespace memviz::lang
