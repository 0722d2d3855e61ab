// Lexer: comments, line continuations, identifiers, pp-numbers, character constants, string literals
// with escapes, and every C punctuator (longest match first).
#include "lang/lexer.h"

#include <array>
#include <cctype>

namespace memviz::lang {

namespace {

bool isIdentStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '$'; }
bool isIdentChar(char c) { return isIdentStart(c) || std::isdigit(static_cast<unsigned char>(c)); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Longest first, so "<<=" wins over "<<" and "<".
constexpr std::array<std::string_view, 48> punctuators = {
    "<<=", ">>=", "...", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "+=", "-=",
    "*=",  "/=",  "%=",  "&=", "|=", "^=", "##", "[",  "]",  "(",  ")",  "{",  "}",  ".",  "&",  "*",
    "+",   "-",   "~",   "!",  "/",  "%",  "<",  ">",  "^",  "|",  "?",  ":",  ";",  "=",  ",",  "#"};

} // namespace

Lexer::Lexer(std::string_view text, std::uint32_t file, DiagnosticSink& sink)
    : m_text(text), m_file(file), m_sink(sink) {}

char Lexer::peek(std::size_t ahead) const {
    return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : '\0';
}

void Lexer::advance(std::size_t count) {
    for (std::size_t i = 0; i < count && m_pos < m_text.size(); ++i) {
        if (m_text[m_pos] == '\n') {
            ++m_line;
            m_column = 1;
        } else {
            ++m_column;
        }
        ++m_pos;
    }
}

void Lexer::error(core::SourceLoc loc, std::string message) {
    if (!m_quiet) m_sink.error(loc, std::move(message), m_file);
}

// Skips blanks, comments and backslash-newlines; sets sawNewline when a line ended. False at end of text.
bool Lexer::skipSpaceAndComments(bool& sawNewline) {
    while (m_pos < m_text.size()) {
        char c = peek();
        if (c == '\n') {
            sawNewline = true;
            advance();
        } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
            advance();
        } else if (c == '\\' && (peek(1) == '\n' || (peek(1) == '\r' && peek(2) == '\n'))) {
            advance(peek(1) == '\r' ? 3 : 2);
        } else if (c == '/' && peek(1) == '/') {
            while (m_pos < m_text.size() && peek() != '\n') advance();
        } else if (c == '/' && peek(1) == '*') {
            core::SourceLoc start{m_line, m_column};
            advance(2);
            while (m_pos < m_text.size() && !(peek() == '*' && peek(1) == '/')) advance();
            if (m_pos >= m_text.size()) {
                error(start, "unterminated comment");
                return false;
            }
            advance(2);
        } else {
            return true;
        }
    }
    return false;
}

std::vector<Token> Lexer::tokenize() {
    std::vector<Token> tokens;
    bool atLineStart = true;
    while (true) {
        bool sawNewline = false;
        std::size_t before = m_pos;
        bool more = skipSpaceAndComments(sawNewline);
        atLineStart = atLineStart || sawNewline;
        Token token;
        token.file = m_file;
        token.loc = {m_line, m_column};
        token.atLineStart = atLineStart;
        token.spaceBefore = m_pos != before || atLineStart;
        if (!more) {
            token.kind = TokenKind::Eof;
            token.atLineStart = true;
            tokens.push_back(std::move(token));
            return tokens;
        }
        char c = peek();
        std::size_t start = m_pos;
        if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
            lexNumber(token);
        } else if (c == '\'' || ((c == 'L' || c == 'u' || c == 'U') && peek(1) == '\'')) {
            lexCharConst(token);
        } else if (c == '"' || ((c == 'L' || c == 'U' || (c == 'u' && peek(1) != '8')) && peek(1) == '"') ||
                   (c == 'u' && peek(1) == '8' && peek(2) == '"')) {
            lexString(token);
        } else if (isIdentStart(c)) {
            while (isIdentChar(peek())) advance();
            token.kind = TokenKind::Identifier;
            token.text = std::string(m_text.substr(start, m_pos - start));
        } else if (!lexPunct(token)) {
            if (static_cast<unsigned char>(c) >= 0x80)
                error(token.loc, "stray '\\" + std::to_string(static_cast<unsigned char>(c) >> 6) +
                                     std::to_string((static_cast<unsigned char>(c) >> 3) & 7) +
                                     std::to_string(static_cast<unsigned char>(c) & 7) + "' in program");
            else
                error(token.loc, std::string("stray '") + c + "' in program");
            advance();
            continue;
        }
        atLineStart = false;
        tokens.push_back(std::move(token));
    }
}

// pp-number: digit or .digit, then digits, letters, '_', '.', and e+ e- p+ p- pairs.
void Lexer::lexNumber(Token& token) {
    std::size_t start = m_pos;
    advance();
    while (true) {
        char c = peek();
        if ((c == '+' || c == '-') && m_pos > start) {
            char prev = m_text[m_pos - 1];
            if (prev == 'e' || prev == 'E' || prev == 'p' || prev == 'P') {
                advance();
                continue;
            }
        }
        if (isIdentChar(c) || c == '.') {
            advance();
            continue;
        }
        break;
    }
    token.kind = TokenKind::Number;
    token.text = std::string(m_text.substr(start, m_pos - start));
}

std::uint32_t Lexer::readLiteralChar(char quote) {
    char c = peek();
    if (c != '\\') {
        advance();
        return static_cast<unsigned char>(c);
    }
    core::SourceLoc loc{m_line, m_column};
    advance();
    c = peek();
    advance();
    switch (c) {
    case 'n': return '\n';
    case 't': return '\t';
    case 'r': return '\r';
    case 'a': return '\a';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'v': return '\v';
    case 'e': return 27; // GNU extension
    case '\\': case '\'': case '"': case '?': return static_cast<unsigned char>(c);
    case 'x': {
        if (hexValue(peek()) < 0) {
            error(loc, "\\x used with no following hex digits");
            return 0;
        }
        std::uint32_t value = 0;
        bool overflow = false;
        while (hexValue(peek()) >= 0) {
            value = value * 16 + static_cast<std::uint32_t>(hexValue(peek()));
            if (value > 0xff) overflow = true;
            advance();
        }
        if (overflow) error(loc, "hex escape sequence out of range");
        return value & 0xff;
    }
    default:
        if (c >= '0' && c <= '7') {
            std::uint32_t value = static_cast<std::uint32_t>(c - '0');
            for (int i = 0; i < 2 && peek() >= '0' && peek() <= '7'; ++i) {
                value = value * 8 + static_cast<std::uint32_t>(peek() - '0');
                advance();
            }
            if (value > 0xff) error(loc, "octal escape sequence out of range");
            return value & 0xff;
        }
        if (c == '\n' || c == '\0') return static_cast<unsigned char>(c);
        if (!m_quiet && quote != 0)
            m_sink.warning(loc, std::string("unknown escape sequence: '\\") + c + "'", m_file);
        return static_cast<unsigned char>(c);
    }
}

void Lexer::lexCharConst(Token& token) {
    std::size_t start = m_pos;
    if (peek() != '\'') {
        error(token.loc, "wide character constants are not supported");
        advance();
    }
    advance(); // opening quote
    std::uint32_t value = 0;
    int count = 0;
    std::uint32_t first = 0;
    bool terminated = true;
    while (peek() != '\'') {
        if (peek() == '\n' || m_pos >= m_text.size()) {
            error(token.loc, "missing terminating ' character");
            terminated = false;
            break;
        }
        std::uint32_t c = readLiteralChar('\'');
        if (count == 0) first = c;
        value = (value << 8) | c;
        ++count;
    }
    if (peek() == '\'') advance();
    token.kind = TokenKind::CharConst;
    token.text = std::string(m_text.substr(start, m_pos - start));
    if (count == 0) {
        error(token.loc, "empty character constant");
    } else if (count == 1) {
        token.charValue = static_cast<std::int8_t>(static_cast<std::uint8_t>(first)); // char is signed
    } else {
        if (!m_quiet && terminated) m_sink.warning(token.loc, "multi-character character constant", m_file);
        token.charValue = static_cast<std::int32_t>(value);
    }
}

void Lexer::lexString(Token& token) {
    std::size_t start = m_pos;
    if (peek() != '"') {
        error(token.loc, "wide and unicode string literals are not supported");
        while (peek() != '"') advance();
    }
    advance();
    std::string value;
    bool terminated = false;
    while (m_pos < m_text.size()) {
        char c = peek();
        if (c == '"') {
            advance();
            terminated = true;
            break;
        }
        if (c == '\n') break;
        if (c == '\\' && peek(1) == '\n') {
            advance(2);
            continue;
        }
        value += static_cast<char>(readLiteralChar('"'));
    }
    if (!terminated) error(token.loc, "missing terminating \" character");
    token.kind = TokenKind::String;
    token.text = std::string(m_text.substr(start, m_pos - start));
    if (!terminated) token.text += '"';
    token.value = std::move(value);
}

bool Lexer::lexPunct(Token& token) {
    std::string_view rest = m_text.substr(m_pos);
    for (std::string_view p : punctuators) {
        if (rest.substr(0, p.size()) == p) {
            token.kind = TokenKind::Punct;
            token.text = std::string(p);
            advance(p.size());
            return true;
        }
    }
    return false;
}

bool Lexer::lexSingle(std::string_view spelling, Token& out) {
    DiagnosticSink scratch;
    Lexer lexer(spelling, 0, scratch);
    lexer.m_quiet = true;
    std::vector<Token> tokens = lexer.tokenize();
    if (tokens.size() != 2 || scratch.hasErrors()) return false;
    Token& t = tokens[0];
    if (t.text.size() != spelling.size()) return false;
    out.kind = t.kind;
    out.text = std::move(t.text);
    out.value = std::move(t.value);
    out.charValue = t.charValue;
    return true;
}

} // namespace memviz::lang
