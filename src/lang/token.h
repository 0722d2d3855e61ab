// Token: one preprocessing token / C token with its spelling, decoded value and exact source location.
#pragma once

#include "core/source_loc.h"

#include <cstdint>
#include <string>

namespace memviz::lang {

enum class TokenKind : std::uint8_t {
    Identifier, // also keywords until the parser looks at them
    Number,     // a pp-number: converted by parseNumber() after preprocessing
    CharConst,  // 'a', '\n', '\x41': value in Token::charValue
    String,     // "...": decoded bytes (without the final NUL) in Token::value
    Punct,      // operators and punctuators, spelled in Token::text
    Eof,
};

struct Token {
    TokenKind kind = TokenKind::Eof;
    std::string text;           // the spelling as written (raw for literals)
    std::string value;          // decoded bytes of a string literal
    std::int64_t charValue = 0; // value of a character constant (type int, char is signed)
    core::SourceLoc loc;        // where it was written, or the macro use for expanded tokens
    std::uint32_t file = 0;     // index into the preprocessor's file table; 0 is the main file
    std::uint32_t hideset = 0;  // macros that must not expand this token again (0: none)
    bool atLineStart = false;   // first token of a line (directives start with one)
    bool spaceBefore = false;   // whitespace precedes it (for # stringize)

    bool is(std::string_view spelling) const {
        return (kind == TokenKind::Punct || kind == TokenKind::Identifier) && text == spelling;
    }
};

} // namespace memviz::lang
