// Macro expansion for the Preprocessor: object-like and function-like macros, argument pre-expansion,
// # stringizing, ## pasting (with GNU's ", ## __VA_ARGS__" comma elision), __LINE__/__FILE__, hidesets.
#include "lang/lexer.h"
#include "lang/preprocessor.h"

#include <algorithm>

namespace memviz::lang {

namespace {
constexpr int maxExpansionDepth = 100;
}

struct Preprocessor::Segment {
    std::vector<Token> tokens;
    bool pasteLeft = false; // a ## joins this segment to the previous one
    bool isVaArgs = false;
};

std::uint32_t Preprocessor::macroId(const std::string& name) {
    auto [it, inserted] = m_macroIds.emplace(name, static_cast<std::uint32_t>(m_macroIds.size() + 1));
    return it->second;
}

bool Preprocessor::overBudget(const Token& at, std::size_t adding) {
    m_produced += adding;
    if (m_produced <= m_options.maxTokens || m_aborted) return m_aborted;
    error(at, "preprocessing produced more than " + std::to_string(m_options.maxTokens) +
                  " tokens (runaway macro expansion?)");
    m_aborted = true;
    m_pending.clear();
    return true;
}

bool Preprocessor::tryExpand(std::vector<Token>& stack, Token& token, int depth) {
    if (token.kind != TokenKind::Identifier || m_aborted) return false;
    auto it = m_macros.find(token.text);
    if (it == m_macros.end()) {
        if (token.text == "__LINE__") {
            Token line = token;
            line.kind = TokenKind::Number;
            line.text = std::to_string(token.loc.line);
            stack.push_back(line);
            return true;
        }
        if (token.text == "__FILE__") {
            Token file = token;
            file.kind = TokenKind::String;
            file.value = token.file == 0 ? m_mainFileName : m_sink.file(token.file).name;
            file.text = "\"" + file.value + "\"";
            stack.push_back(file);
            return true;
        }
        return false;
    }
    const Macro& macro = it->second;
    if (inHideset(token.hideset, macro.id)) return false;
    if (depth > maxExpansionDepth) {
        error(token, "macro expansion nested too deeply");
        m_aborted = true;
        m_pending.clear();
        return false;
    }
    if (!macro.functionLike) {
        std::uint32_t hideset = hidesetWith(token.hideset, macro.id);
        pushExpansion(stack, substitute(macro, {}, depth), token, hideset);
        return true;
    }
    if (stack.empty() || !stack.back().is("(") || stack.back().kind != TokenKind::Punct) return false;
    std::vector<std::vector<Token>> args;
    Token rparen;
    if (!collectArgs(stack, token, macro, args, rparen)) return true;
    std::uint32_t hideset = hidesetWith(hidesetIntersection(token.hideset, rparen.hideset), macro.id);
    pushExpansion(stack, substitute(macro, args, depth), token, hideset);
    return true;
}

// args: '(' (balanced-tokens (',' balanced-tokens)*)? ')'
bool Preprocessor::collectArgs(std::vector<Token>& stack, const Token& name, const Macro& macro,
                               std::vector<std::vector<Token>>& args, Token& rparen) {
    stack.pop_back(); // '('
    args.emplace_back();
    int depth = 0;
    while (true) {
        if (stack.empty() || stack.back().kind == TokenKind::Eof) {
            error(name, "unterminated argument list invoking macro \"" + macro.name + "\"");
            return false;
        }
        Token t = std::move(stack.back());
        stack.pop_back();
        t.atLineStart = false;
        if (t.kind == TokenKind::Punct) {
            if (t.text == "(") {
                ++depth;
            } else if (t.text == ")") {
                if (depth == 0) {
                    rparen = t;
                    break;
                }
                --depth;
            } else if (t.text == "," && depth == 0 && !(macro.variadic && args.size() == macro.params.size())) {
                args.emplace_back();
                continue;
            }
        }
        args.back().push_back(std::move(t));
    }
    std::size_t want = macro.params.size();
    if (want == 0 && args.size() == 1 && args[0].empty()) args.clear();
    if (macro.variadic && args.size() == want - 1) args.emplace_back();
    if (args.size() != want) {
        if (args.size() < want)
            error(name, "macro \"" + macro.name + "\" requires " + std::to_string(want - (macro.variadic ? 1 : 0)) +
                            " arguments, but only " + std::to_string(args.size()) + " given");
        else
            error(name, "macro \"" + macro.name + "\" passed " + std::to_string(args.size()) +
                            " arguments, but takes just " + std::to_string(want));
        return false;
    }
    return true;
}

std::vector<Token> Preprocessor::substitute(const Macro& macro, const std::vector<std::vector<Token>>& args, int depth) {
    auto paramIndex = [&](const Token& t) -> int {
        if (t.kind != TokenKind::Identifier || !macro.functionLike) return -1;
        auto found = std::find(macro.params.begin(), macro.params.end(), t.text);
        return found == macro.params.end() ? -1 : static_cast<int>(found - macro.params.begin());
    };
    std::vector<Segment> segments;
    bool pasteNext = false;
    const std::vector<Token>& body = macro.body;
    for (std::size_t i = 0; i < body.size(); ++i) {
        const Token& t = body[i];
        if (t.kind == TokenKind::Punct && t.text == "##") {
            pasteNext = true;
            continue;
        }
        Segment segment;
        segment.pasteLeft = pasteNext;
        pasteNext = false;
        int p = paramIndex(t);
        if (macro.functionLike && t.kind == TokenKind::Punct && t.text == "#" && i + 1 < body.size() &&
            paramIndex(body[i + 1]) >= 0) {
            segment.tokens.push_back(stringize(args[static_cast<std::size_t>(paramIndex(body[i + 1]))], t));
            ++i;
        } else if (p >= 0) {
            bool adjacent = segment.pasteLeft || (i + 1 < body.size() && body[i + 1].is("##"));
            const std::vector<Token>& arg = args[static_cast<std::size_t>(p)];
            segment.tokens = adjacent ? arg : expandList(arg, depth + 1);
            if (!segment.tokens.empty()) segment.tokens[0].spaceBefore = t.spaceBefore;
            segment.isVaArgs = macro.variadic && static_cast<std::size_t>(p) == macro.params.size() - 1;
        } else {
            segment.tokens.push_back(t);
        }
        segments.push_back(std::move(segment));
    }
    std::vector<Token> out;
    bool previousEmpty = true;
    for (Segment& segment : segments) {
        if (segment.pasteLeft) {
            if (segment.isVaArgs && !previousEmpty && !out.empty() && out.back().is(",")) {
                if (segment.tokens.empty()) out.pop_back();
                out.insert(out.end(), segment.tokens.begin(), segment.tokens.end());
                previousEmpty = segment.tokens.empty();
                continue;
            }
            if (!previousEmpty && !segment.tokens.empty()) {
                if (paste(out.back(), segment.tokens[0])) segment.tokens.erase(segment.tokens.begin());
                out.insert(out.end(), segment.tokens.begin(), segment.tokens.end());
                continue;
            }
            if (segment.tokens.empty()) continue;
        }
        out.insert(out.end(), segment.tokens.begin(), segment.tokens.end());
        previousEmpty = segment.tokens.empty();
    }
    return out;
}

std::vector<Token> Preprocessor::expandList(std::vector<Token> tokens, int depth) {
    std::vector<Token> stack(std::make_move_iterator(tokens.rbegin()), std::make_move_iterator(tokens.rend()));
    std::vector<Token> out;
    while (!stack.empty() && !m_aborted) {
        Token t = std::move(stack.back());
        stack.pop_back();
        if (t.kind == TokenKind::Identifier && tryExpand(stack, t, depth)) continue;
        out.push_back(std::move(t));
    }
    return out;
}

Token Preprocessor::stringize(const std::vector<Token>& tokens, const Token& at) {
    std::string raw;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (i > 0 && tokens[i].spaceBefore) raw += ' ';
        raw += tokens[i].text;
    }
    Token out = at;
    out.kind = TokenKind::String;
    out.value = raw;
    out.text.assign(1, '"');
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (i > 0 && tokens[i].spaceBefore) out.text += ' ';
        bool literal = tokens[i].kind == TokenKind::String || tokens[i].kind == TokenKind::CharConst;
        for (char c : tokens[i].text) {
            if (literal && (c == '"' || c == '\\')) out.text += '\\';
            out.text += c;
        }
    }
    out.text += '"';
    // The value is what the spelling decodes to: the raw text with the escapes above undone.
    return out;
}

bool Preprocessor::paste(Token& left, const Token& right) {
    Token pasted;
    std::string spelling = left.text + right.text;
    if (!Lexer::lexSingle(spelling, pasted)) {
        error(left, "pasting \"" + left.text + "\" and \"" + right.text + "\" does not give a valid preprocessing token");
        return false;
    }
    left.kind = pasted.kind;
    left.text = std::move(pasted.text);
    left.value = std::move(pasted.value);
    left.charValue = pasted.charValue;
    return true;
}

void Preprocessor::pushExpansion(std::vector<Token>& stack, std::vector<Token> tokens, const Token& use,
                                 std::uint32_t hideset) {
    if (overBudget(use, tokens.size())) return;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        Token& t = tokens[i];
        t.loc = use.loc;
        t.file = use.file;
        t.hideset = hidesetUnion(t.hideset, hideset);
        t.atLineStart = false;
        if (i == 0) t.spaceBefore = use.spaceBefore;
    }
    stack.insert(stack.end(), std::make_move_iterator(tokens.rbegin()), std::make_move_iterator(tokens.rend()));
}

bool Preprocessor::inHideset(std::uint32_t set, std::uint32_t id) const {
    const std::vector<std::uint32_t>& ids = m_hidesets[set];
    return std::binary_search(ids.begin(), ids.end(), id);
}

std::uint32_t Preprocessor::internHideset(std::vector<std::uint32_t> ids) {
    auto it = m_hidesetIndex.find(ids);
    if (it != m_hidesetIndex.end()) return it->second;
    auto index = static_cast<std::uint32_t>(m_hidesets.size());
    m_hidesets.push_back(ids);
    m_hidesetIndex.emplace(std::move(ids), index);
    return index;
}

std::uint32_t Preprocessor::hidesetUnion(std::uint32_t a, std::uint32_t b) {
    if (a == b || b == 0) return a;
    if (a == 0) return b;
    std::vector<std::uint32_t> ids;
    std::set_union(m_hidesets[a].begin(), m_hidesets[a].end(), m_hidesets[b].begin(), m_hidesets[b].end(),
                   std::back_inserter(ids));
    return internHideset(std::move(ids));
}

std::uint32_t Preprocessor::hidesetIntersection(std::uint32_t a, std::uint32_t b) {
    if (a == b) return a;
    if (a == 0 || b == 0) return 0;
    std::vector<std::uint32_t> ids;
    std::set_intersection(m_hidesets[a].begin(), m_hidesets[a].end(), m_hidesets[b].begin(), m_hidesets[b].end(),
                          std::back_inserter(ids));
    return internHideset(std::move(ids));
}

std::uint32_t Preprocessor::hidesetWith(std::uint32_t set, std::uint32_t id) {
    return hidesetUnion(set, internHideset({id}));
}

} // namespace memviz::lang
