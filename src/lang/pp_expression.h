// PpExpression: evaluates the constant expression of #if / #elif (after defined() and macro expansion) in
// intmax_t / uintmax_t arithmetic, as the C standard asks.
#pragma once

#include "lang/diagnostic_sink.h"
#include "lang/token.h"

#include <cstdint>
#include <vector>

namespace memviz::lang {

class PpExpression {
public:
    PpExpression(const std::vector<Token>& tokens, DiagnosticSink& sink) : m_tokens(tokens), m_sink(sink) {}

    // The value; 0 after an error (which is reported).
    std::int64_t evaluate();

private:
    struct Value {
        std::uint64_t bits = 0;
        bool isUnsigned = false;
        bool truthy() const { return bits != 0; }
    };

    Value conditional(bool live);
    Value binary(int minPrecedence, bool live);
    Value unary(bool live);
    Value primary(bool live);
    const Token* peek() const { return m_pos < m_tokens.size() ? &m_tokens[m_pos] : nullptr; }
    bool accept(std::string_view punct);
    void fail(const Token* at, std::string message);

    const std::vector<Token>& m_tokens;
    DiagnosticSink& m_sink;
    std::size_t m_pos = 0;
    int m_depth = 0;
    bool m_failed = false;
};

} // namespace memviz::lang
