// Preprocessor: the main loop and the directives. Macro expansion itself is in macro_expander.cpp and
// #if arithmetic in pp_expression.cpp.
#include "lang/preprocessor.h"

#include "lang/builtin_headers.h"
#include "lang/lexer.h"
#include "lang/pp_expression.h"

#include <algorithm>

namespace memviz::lang {

namespace {

constexpr std::size_t maxIncludeDepth = 40;

constexpr std::string_view predefined = R"(#define __STDC__ 1
#define __STDC_VERSION__ 201710L
#define __STDC_HOSTED__ 1
#define __x86_64__ 1
#define __x86_64 1
#define __LP64__ 1
#define _LP64 1
#define __linux__ 1
#define __unix__ 1
#define __CHAR_BIT__ 8
#define __SIZEOF_INT__ 4
#define __SIZEOF_LONG__ 8
#define __SIZEOF_POINTER__ 8
#define __memviz__ 1
)";

} // namespace

Preprocessor::Preprocessor(DiagnosticSink& sink, PreprocessorOptions options)
    : m_sink(sink), m_options(std::move(options)) {}

void Preprocessor::error(const Token& token, std::string message) { m_sink.error(token.loc, std::move(message), token.file); }

std::vector<Token> Preprocessor::run(std::string_view mainText, std::string_view mainFileName) {
    m_mainFileName = std::string(mainFileName);
    m_sink.setMainFileName(m_mainFileName);
    // The main file goes first onto the stack (so it is read last), then the predefined macros.
    {
        DiagnosticSink& sink = m_sink;
        Lexer lexer(mainText, 0, sink);
        std::vector<Token> tokens = lexer.tokenize();
        m_pending.assign(tokens.rbegin(), tokens.rend());
        m_openFiles.push_back(0);
        m_fileConditionalDepth.push_back(0);
    }
    std::string prelude(predefined);
    for (const auto& [name, value] : m_options.defines) prelude += "#define " + name + " " + value + "\n";
    pushFile(prelude, {"<built-in>", {}, true});

    std::vector<Token> out;
    while (!m_aborted) {
        Token token = next();
        if (token.kind == TokenKind::Eof) {
            std::size_t depth = m_fileConditionalDepth.empty() ? 0 : m_fileConditionalDepth.back();
            while (m_conditionals.size() > depth) {
                const Conditional& c = m_conditionals.back();
                m_sink.error(c.loc, "unterminated conditional directive", c.file);
                m_conditionals.pop_back();
            }
            if (token.file == 0) break;
            if (!m_openFiles.empty()) m_openFiles.pop_back();
            if (!m_fileConditionalDepth.empty()) m_fileConditionalDepth.pop_back();
            continue;
        }
        if (token.atLineStart && token.hideset == 0 && token.is("#") && token.kind == TokenKind::Punct) {
            directive(token);
            continue;
        }
        if (token.kind == TokenKind::Identifier && tryExpand(m_pending, token, 0)) continue;
        if (overBudget(token, 1)) break;
        out.push_back(std::move(token));
    }
    Token eof;
    eof.kind = TokenKind::Eof;
    eof.loc = out.empty() ? core::SourceLoc{1, 1} : out.back().loc;
    eof.file = out.empty() ? 0 : out.back().file;
    out.push_back(eof);
    return out;
}

Token Preprocessor::next() {
    if (m_pending.empty()) {
        Token eof;
        eof.kind = TokenKind::Eof;
        return eof;
    }
    Token token = std::move(m_pending.back());
    m_pending.pop_back();
    return token;
}

// The rest of the current directive line.
std::vector<Token> Preprocessor::readLine() {
    std::vector<Token> line;
    while (!m_pending.empty() && !m_pending.back().atLineStart && m_pending.back().kind != TokenKind::Eof)
        line.push_back(next());
    return line;
}

void Preprocessor::pushFile(std::string_view text, SourceFile file) {
    std::uint32_t index = m_sink.addFile(std::move(file));
    Lexer lexer(text, index, m_sink);
    std::vector<Token> tokens = lexer.tokenize();
    tokens.back().file = index; // the Eof marks the end of this file
    m_pending.insert(m_pending.end(), std::make_move_iterator(tokens.rbegin()),
                     std::make_move_iterator(tokens.rend()));
    m_openFiles.push_back(index);
    m_fileConditionalDepth.push_back(m_conditionals.size());
}

// directive: '#' name tokens... newline
void Preprocessor::directive(const Token& hash) {
    if (m_pending.empty() || m_pending.back().atLineStart || m_pending.back().kind == TokenKind::Eof)
        return; // the null directive
    Token name = next();
    std::vector<Token> line = readLine();
    const std::string& n = name.text;
    if (name.kind != TokenKind::Identifier) {
        if (name.kind == TokenKind::Number) return; // "# 12 file" line markers: ignored
        error(name, "invalid preprocessing directive");
    } else if (n == "include") {
        include(name, std::move(line));
    } else if (n == "define") {
        define(std::move(line));
    } else if (n == "undef") {
        if (line.empty() || line[0].kind != TokenKind::Identifier) error(name, "macro names must be identifiers");
        else m_macros.erase(line[0].text);
    } else if (n == "if" || n == "ifdef" || n == "ifndef" || n == "elif" || n == "else" || n == "endif") {
        ifDirective(name, std::move(line));
    } else if (n == "error") {
        std::string message = "#error";
        for (const Token& t : line) message += " " + t.text;
        error(hash, message);
    } else if (n == "warning") {
        std::string message = "#warning";
        for (const Token& t : line) message += " " + t.text;
        m_sink.warning(hash.loc, message, hash.file);
    } else if (n == "pragma" || n == "line" || n == "ident") {
        // #pragma is ignored (as unknown pragmas are by gcc); #line changes nothing we report
    } else {
        error(name, "invalid preprocessing directive #" + n);
    }
}

// include: '#include' ( '<' h-chars '>' | '"' q-chars '"' )
void Preprocessor::include(const Token& keyword, std::vector<Token> line) {
    std::string name;
    bool angled = false;
    if (!line.empty() && line[0].kind == TokenKind::String) {
        name = line[0].value;
    } else if (!line.empty() && line[0].is("<")) {
        angled = true;
        std::size_t i = 1;
        for (; i < line.size() && !line[i].is(">"); ++i) name += (line[i].spaceBefore && i > 1 ? " " : "") + line[i].text;
        if (i == line.size()) {
            error(keyword, "missing terminating > character");
            return;
        }
    } else {
        error(keyword, "#include expects \"FILENAME\" or <FILENAME>");
        return;
    }
    if (m_openFiles.size() > maxIncludeDepth) {
        error(keyword, "#include nested depth " + std::to_string(m_openFiles.size()) + " exceeds maximum of " +
                           std::to_string(maxIncludeDepth));
        return;
    }
    core::SourceLoc includedAt = keyword.file == 0 ? keyword.loc : m_sink.file(keyword.file).includedAt;
    if (!angled && m_options.includeLocal) {
        if (std::optional<std::string> text = m_options.includeLocal(name)) {
            pushFile(*text, {name, includedAt, false});
            return;
        }
    }
    if (std::optional<std::string_view> text = builtinHeader(name)) {
        pushFile(*text, {name, includedAt, true});
        return;
    }
    if (angled)
        error(keyword, "<" + name + "> is not available: the C subset provides only " +
                           std::string(builtinHeaderList()));
    else if (m_options.includeLocal)
        error(keyword, name + ": No such file or directory");
    else
        error(keyword, "cannot include local files (\"" + name + "\"): only standard headers are available");
}

// define: '#define' identifier ( '(' params ')' )? replacement-list
void Preprocessor::define(std::vector<Token> line) {
    if (line.empty() || line[0].kind != TokenKind::Identifier) {
        if (line.empty()) m_sink.error({}, "macro names must be identifiers");
        else error(line[0], "macro names must be identifiers");
        return;
    }
    Macro macro;
    macro.name = line[0].text;
    if (macro.name == "defined") {
        error(line[0], "\"defined\" cannot be used as a macro name");
        return;
    }
    std::size_t i = 1;
    if (i < line.size() && line[i].is("(") && !line[i].spaceBefore) {
        macro.functionLike = true;
        ++i;
        bool closed = false;
        while (i < line.size()) {
            const Token& t = line[i++];
            if (t.is(")") && macro.params.empty() && !macro.variadic) {
                closed = true;
                break;
            }
            if (t.is("...")) {
                macro.variadic = true;
                macro.params.push_back("__VA_ARGS__");
            } else if (t.kind == TokenKind::Identifier) {
                if (std::find(macro.params.begin(), macro.params.end(), t.text) != macro.params.end()) {
                    error(t, "duplicate macro parameter \"" + t.text + "\"");
                    return;
                }
                macro.params.push_back(t.text);
            } else {
                error(t, "expected parameter name, found \"" + t.text + "\"");
                return;
            }
            if (i < line.size() && line[i].is(")")) {
                ++i;
                closed = true;
                break;
            }
            if (macro.variadic || i >= line.size() || !line[i].is(",")) {
                error(i < line.size() ? line[i] : t, "expected ',' or ')' in macro parameter list");
                return;
            }
            ++i;
        }
        if (!closed) {
            error(line[0], "missing ')' in macro parameter list");
            return;
        }
    }
    macro.body.assign(line.begin() + static_cast<std::ptrdiff_t>(i), line.end());
    if (!macro.body.empty()) {
        macro.body.front().spaceBefore = false;
        if (macro.body.front().is("##") || macro.body.back().is("##")) {
            error(macro.body.front(), "'##' cannot appear at either end of a macro expansion");
            return;
        }
    }
    for (std::size_t k = 0; macro.functionLike && k < macro.body.size(); ++k) {
        if (!macro.body[k].is("#")) continue;
        bool param = k + 1 < macro.body.size() &&
                     std::find(macro.params.begin(), macro.params.end(), macro.body[k + 1].text) != macro.params.end();
        if (!param) {
            error(macro.body[k], "'#' is not followed by a macro parameter");
            return;
        }
    }
    for (Token& t : macro.body) t.atLineStart = false;
    macro.id = macroId(macro.name);
    auto existing = m_macros.find(macro.name);
    if (existing != m_macros.end()) {
        const Macro& old = existing->second;
        bool same = old.functionLike == macro.functionLike && old.params == macro.params &&
                    old.body.size() == macro.body.size();
        for (std::size_t k = 0; same && k < old.body.size(); ++k) same = old.body[k].text == macro.body[k].text;
        if (!same) m_sink.warning(line[0].loc, "\"" + macro.name + "\" redefined", line[0].file);
    }
    m_macros[macro.name] = std::move(macro);
}

// if-group: ('#if' expr | '#ifdef' id | '#ifndef' id) ... ('#elif' expr ...)* ('#else' ...)? '#endif'
void Preprocessor::ifDirective(const Token& keyword, std::vector<Token> line) {
    const std::string& n = keyword.text;
    std::size_t fileDepth = m_fileConditionalDepth.empty() ? 0 : m_fileConditionalDepth.back();
    if (n == "if" || n == "ifdef" || n == "ifndef") {
        bool value = false;
        if (n == "if") {
            value = evaluateCondition(keyword, std::move(line));
        } else if (line.empty() || line[0].kind != TokenKind::Identifier) {
            error(keyword, "no macro name given in #" + n + " directive");
        } else {
            value = (m_macros.count(line[0].text) != 0 || line[0].text == "__LINE__" || line[0].text == "__FILE__") ==
                    (n == "ifdef");
        }
        m_conditionals.push_back({value, false, keyword.loc, keyword.file});
        if (!value) skipGroup();
        return;
    }
    if (m_conditionals.size() <= fileDepth) {
        error(keyword, "#" + n + " without #if");
        return;
    }
    Conditional& c = m_conditionals.back();
    if (n == "endif") {
        m_conditionals.pop_back();
        return;
    }
    if (c.sawElse) {
        error(keyword, "#" + n + " after #else");
        skipGroup();
        return;
    }
    if (n == "else") {
        c.sawElse = true;
        if (c.taken) skipGroup();
        c.taken = true;
        return;
    }
    // #elif
    if (c.taken) {
        skipGroup();
        return;
    }
    bool value = evaluateCondition(keyword, std::move(line));
    m_conditionals.back().taken = value;
    if (!value) skipGroup();
}

bool Preprocessor::evaluateCondition(const Token& keyword, std::vector<Token> line) {
    // defined X / defined(X) before expansion
    std::vector<Token> replaced;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (!(line[i].kind == TokenKind::Identifier && line[i].text == "defined")) {
            replaced.push_back(std::move(line[i]));
            continue;
        }
        std::size_t j = i + 1;
        bool paren = j < line.size() && line[j].is("(");
        if (paren) ++j;
        if (j >= line.size() || line[j].kind != TokenKind::Identifier) {
            error(line[i], "operator \"defined\" requires an identifier");
            return false;
        }
        bool isDefined = m_macros.count(line[j].text) != 0 || line[j].text == "__LINE__" || line[j].text == "__FILE__";
        if (paren) {
            ++j;
            if (j >= line.size() || !line[j].is(")")) {
                error(line[i], "missing ')' after \"defined\"");
                return false;
            }
        }
        Token one = line[i];
        one.kind = TokenKind::Number;
        one.text.assign(1, isDefined ? '1' : '0');
        replaced.push_back(one);
        i = j;
    }
    std::vector<Token> expanded = expandList(std::move(replaced), 0);
    for (Token& t : expanded) {
        if (t.kind == TokenKind::Identifier) { // remaining identifiers are 0 (true/false are 1/0 as in C23)
            t.kind = TokenKind::Number;
            t.text.assign(1, t.text == "true" ? '1' : '0');
        }
    }
    if (expanded.empty()) {
        error(keyword, "#" + keyword.text + " with no expression");
        return false;
    }
    PpExpression expression(expanded, m_sink);
    return expression.evaluate() != 0;
}

// Skips a group whose condition is false, up to (not including) the '#' of its #elif, #else or #endif.
void Preprocessor::skipGroup() {
    int depth = 0;
    while (!m_pending.empty()) {
        Token& t = m_pending.back();
        if (t.kind == TokenKind::Eof) return;
        if (t.atLineStart && t.is("#") && m_pending.size() >= 2) {
            const Token& name = m_pending[m_pending.size() - 2];
            if (!name.atLineStart && name.kind == TokenKind::Identifier) {
                const std::string& n = name.text;
                if (n == "if" || n == "ifdef" || n == "ifndef") {
                    ++depth;
                } else if (n == "endif" || n == "elif" || n == "else") {
                    if (depth == 0) return;
                    if (n == "endif") --depth;
                }
            }
        }
        m_pending.pop_back();
    }
}

} // namespace memviz::lang
