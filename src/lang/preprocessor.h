// Preprocessor: directives (#include, #define, #undef, #if family, #error, #pragma), and macro expansion
// with hidesets (Prosser's algorithm, as in chibicc), so recursive macros always stop. Expanded tokens carry
// the location of the macro use. A token budget stops runaway expansion.
#pragma once

#include "lang/diagnostic_sink.h"
#include "lang/token.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace memviz::lang {

// Reads `#include "name"`: the file's text, or nothing when there is no such file.
using IncludeHandler = std::function<std::optional<std::string>(std::string_view name)>;

struct PreprocessorOptions {
    IncludeHandler includeLocal;          // empty: local includes are an error
    std::size_t maxTokens = 2'000'000;    // tokens produced by expansion and output, in total
    std::vector<std::pair<std::string, std::string>> defines; // -D NAME=VALUE
};

class Preprocessor {
public:
    Preprocessor(DiagnosticSink& sink, PreprocessorOptions options);

    // The preprocessed tokens of the main file, ending with one Eof token.
    std::vector<Token> run(std::string_view mainText, std::string_view mainFileName);

private:
    struct Macro {
        std::string name;
        bool functionLike = false;
        bool variadic = false;              // last parameter is __VA_ARGS__
        std::vector<std::string> params;
        std::vector<Token> body;
        std::uint32_t id = 0;               // for hidesets
    };
    struct Conditional {
        bool taken = false;  // some branch was already taken
        bool sawElse = false;
        core::SourceLoc loc;
        std::uint32_t file = 0;
    };
    struct Segment; // one piece of a macro body during substitution (macro_expander.cpp)

    // preprocessor.cpp: directives
    Token next();
    std::vector<Token> readLine();
    void directive(const Token& hash);
    void include(const Token& keyword, std::vector<Token> line);
    void pushFile(std::string_view text, SourceFile file);
    void define(std::vector<Token> line);
    void ifDirective(const Token& keyword, std::vector<Token> line);
    bool evaluateCondition(const Token& keyword, std::vector<Token> line);
    void skipGroup();
    void error(const Token& token, std::string message);

    // macro_expander.cpp: expansion
    bool tryExpand(std::vector<Token>& stack, Token& token, int depth);
    bool collectArgs(std::vector<Token>& stack, const Token& name, const Macro& macro,
                     std::vector<std::vector<Token>>& args, Token& rparen);
    std::vector<Token> substitute(const Macro& macro, const std::vector<std::vector<Token>>& args, int depth);
    std::vector<Token> expandList(std::vector<Token> tokens, int depth);
    Token stringize(const std::vector<Token>& tokens, const Token& at);
    bool paste(Token& left, const Token& right);
    void pushExpansion(std::vector<Token>& stack, std::vector<Token> tokens, const Token& use, std::uint32_t hideset);
    bool overBudget(const Token& at, std::size_t adding);
    std::uint32_t macroId(const std::string& name);

    // hidesets: interned sorted sets of macro ids; 0 is the empty set
    bool inHideset(std::uint32_t set, std::uint32_t id) const;
    std::uint32_t hidesetUnion(std::uint32_t a, std::uint32_t b);
    std::uint32_t hidesetIntersection(std::uint32_t a, std::uint32_t b);
    std::uint32_t hidesetWith(std::uint32_t set, std::uint32_t id);
    std::uint32_t internHideset(std::vector<std::uint32_t> ids);

    DiagnosticSink& m_sink;
    PreprocessorOptions m_options;
    std::unordered_map<std::string, Macro> m_macros;
    std::unordered_map<std::string, std::uint32_t> m_macroIds;
    std::vector<std::vector<std::uint32_t>> m_hidesets{{}};
    std::map<std::vector<std::uint32_t>, std::uint32_t> m_hidesetIndex{{{}, 0}};
    std::vector<Token> m_pending;            // reversed: back() is the next token
    std::vector<Conditional> m_conditionals;
    std::vector<std::size_t> m_fileConditionalDepth; // conditional depth when each open file started
    std::vector<std::uint32_t> m_openFiles;  // include stack (file indices)
    std::size_t m_produced = 0;
    bool m_aborted = false;
    std::string m_mainFileName;
};

} // namespace memviz::lang
