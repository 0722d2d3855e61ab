// #if arithmetic: precedence climbing over the C operators, short-circuit evaluation, and the usual
// signed/unsigned rule (if either operand is unsigned, both are).
#include "lang/pp_expression.h"

#include "lang/number_literal.h"

#include <array>
#include <utility>

namespace memviz::lang {

namespace {

constexpr int maxDepth = 200;

int precedence(const Token& t) {
    if (t.kind != TokenKind::Punct) return -1;
    static constexpr std::array<std::pair<std::string_view, int>, 18> table = {{
        {"||", 1}, {"&&", 2}, {"|", 3},  {"^", 4},  {"&", 5},  {"==", 6}, {"!=", 6}, {"<", 7},  {">", 7},
        {"<=", 7}, {">=", 7}, {"<<", 8}, {">>", 8}, {"+", 9},  {"-", 9},  {"*", 10}, {"/", 10}, {"%", 10},
    }};
    for (const auto& [op, prec] : table)
        if (t.text == op) return prec;
    return -1;
}

} // namespace

void PpExpression::fail(const Token* at, std::string message) {
    if (m_failed) return;
    m_failed = true;
    if (at) m_sink.error(at->loc, std::move(message), at->file);
    else if (!m_tokens.empty()) m_sink.error(m_tokens.back().loc, std::move(message), m_tokens.back().file);
}

bool PpExpression::accept(std::string_view punct) {
    const Token* t = peek();
    if (t && t->kind == TokenKind::Punct && t->text == punct) {
        ++m_pos;
        return true;
    }
    return false;
}

std::int64_t PpExpression::evaluate() {
    Value v = conditional(true);
    if (!m_failed && m_pos < m_tokens.size())
        fail(&m_tokens[m_pos], "missing binary operator before token \"" + m_tokens[m_pos].text + "\"");
    return m_failed ? 0 : static_cast<std::int64_t>(v.bits);
}

// conditional: binary ('?' conditional ':' conditional)?
PpExpression::Value PpExpression::conditional(bool live) {
    if (++m_depth > maxDepth) {
        fail(peek(), "#if expression nested too deeply");
        return {};
    }
    Value cond = binary(1, live);
    if (accept("?")) {
        Value a = conditional(live && cond.truthy());
        if (!accept(":")) fail(peek(), "expected ':' in #if expression");
        Value b = conditional(live && !cond.truthy());
        Value result = cond.truthy() ? a : b;
        result.isUnsigned = a.isUnsigned || b.isUnsigned;
        --m_depth;
        return result;
    }
    --m_depth;
    return cond;
}

// binary: unary (op unary)*, by precedence climbing
PpExpression::Value PpExpression::binary(int minPrecedence, bool live) {
    Value lhs = unary(live);
    while (!m_failed) {
        const Token* t = peek();
        int prec = t ? precedence(*t) : -1;
        if (prec < minPrecedence) break;
        std::string op = t->text;
        ++m_pos;
        bool rhsLive = live && !(op == "&&" && !lhs.truthy()) && !(op == "||" && lhs.truthy());
        Value rhs = binary(prec + 1, rhsLive);
        bool u = lhs.isUnsigned || rhs.isUnsigned;
        std::uint64_t a = lhs.bits, b = rhs.bits;
        auto sa = static_cast<std::int64_t>(a), sb = static_cast<std::int64_t>(b);
        Value r{0, u};
        if (op == "||") r = {lhs.truthy() || rhs.truthy() ? 1u : 0u, false};
        else if (op == "&&") r = {lhs.truthy() && rhs.truthy() ? 1u : 0u, false};
        else if (op == "|") r.bits = a | b;
        else if (op == "^") r.bits = a ^ b;
        else if (op == "&") r.bits = a & b;
        else if (op == "==") r = {a == b ? 1u : 0u, false};
        else if (op == "!=") r = {a != b ? 1u : 0u, false};
        else if (op == "<") r = {(u ? a < b : sa < sb) ? 1u : 0u, false};
        else if (op == ">") r = {(u ? a > b : sa > sb) ? 1u : 0u, false};
        else if (op == "<=") r = {(u ? a <= b : sa <= sb) ? 1u : 0u, false};
        else if (op == ">=") r = {(u ? a >= b : sa >= sb) ? 1u : 0u, false};
        else if (op == "<<") r = {b >= 64 ? 0 : a << b, lhs.isUnsigned};
        else if (op == ">>") r = {b >= 64 ? 0 : (lhs.isUnsigned ? a >> b : static_cast<std::uint64_t>(sa >> b)), lhs.isUnsigned};
        else if (op == "+") r.bits = a + b;
        else if (op == "-") r.bits = a - b;
        else if (op == "*") r.bits = a * b;
        else if (op == "/" || op == "%") {
            if (b == 0) {
                if (live) fail(t, "division by zero in #if");
                r.bits = 0;
            } else if (u) {
                r.bits = op == "/" ? a / b : a % b;
            } else if (sb == -1) {
                r.bits = op == "/" ? 0 - a : 0;
            } else {
                r.bits = static_cast<std::uint64_t>(op == "/" ? sa / sb : sa % sb);
            }
        }
        lhs = r;
    }
    return lhs;
}

// unary: ('+' | '-' | '~' | '!') unary | primary
PpExpression::Value PpExpression::unary(bool live) {
    if (++m_depth > maxDepth) {
        fail(peek(), "#if expression nested too deeply");
        return {};
    }
    Value v;
    if (accept("+")) v = unary(live);
    else if (accept("-")) { v = unary(live); v.bits = 0 - v.bits; }
    else if (accept("~")) { v = unary(live); v.bits = ~v.bits; }
    else if (accept("!")) { v = unary(live); v = {v.truthy() ? 0u : 1u, false}; }
    else v = primary(live);
    --m_depth;
    return v;
}

// primary: number | char-constant | '(' conditional ')'
PpExpression::Value PpExpression::primary(bool live) {
    const Token* t = peek();
    if (!t) {
        fail(nullptr, "#if with no expression");
        return {};
    }
    if (accept("(")) {
        Value v = conditional(live);
        if (!accept(")")) fail(peek(), "missing ')' in expression");
        return v;
    }
    ++m_pos;
    if (t->kind == TokenKind::Number) {
        NumberLiteral n = parseNumber(t->text);
        if (!n.ok) {
            fail(t, n.error);
            return {};
        }
        if (n.isFloating()) {
            fail(t, "floating constant in preprocessor expression");
            return {};
        }
        bool isUnsigned = n.type == TypeKind::UInt || n.type == TypeKind::ULong || n.type == TypeKind::ULongLong;
        return {n.intValue, isUnsigned};
    }
    if (t->kind == TokenKind::CharConst) return {static_cast<std::uint64_t>(t->charValue), false};
    fail(t, "token \"" + t->text + "\" is not valid in preprocessor expressions");
    return {};
}

} // namespace memviz::lang
