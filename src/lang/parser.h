// Parser: a recursive-descent parser for the C subset (one function per grammar rule, as chibicc), split
// over parser.cpp (tokens, errors, file scope), parse_specifiers.cpp, parse_declarators.cpp,
// parse_declarations.cpp, parse_initializers.cpp, parse_statements.cpp and parse_expressions.cpp. It resolves
// names through Scope and builds typed nodes through Sema. After a syntax error it reports, skips to the
// next ';' or '}', and goes on, so one run reports several errors.
#pragma once

#include "lang/diagnostic_sink.h"
#include "lang/scope.h"
#include "lang/sema.h"
#include "lang/token.h"
#include "lang/translation_unit.h"

#include <map>
#include <unordered_map>
#include <string>
#include <vector>

namespace memviz::lang {

class Parser {
public:
    Parser(std::vector<Token> tokens, TranslationUnit& unit, DiagnosticSink& sink);

    // translation-unit: external-declaration*
    void parseTranslationUnit();

private:
    struct SyntaxError {}; // thrown after the error is reported; caught where parsing can resume

    enum class StorageClass : std::uint8_t { None, Typedef, Extern, Static, Auto, Register };
    struct DeclSpec {
        const Type* type = nullptr;
        StorageClass storage = StorageClass::None;
        core::SourceLoc loc;
        bool explicitType = true; // false when the type defaulted to int
    };
    struct ParamInfo {
        std::string name;
        const Type* type = nullptr;
        core::SourceLoc loc;
    };
    struct Declarator {
        const Type* type = nullptr;
        std::string name;
        core::SourceLoc loc;
        std::uint32_t file = 0;        // of the name token (built-in headers declare library functions)
        std::vector<ParamInfo> params; // of the function suffix right after the name
        bool hasParams = false;
    };
    // RAII depth counter guarding recursion (deeply nested input must not overflow the stack).
    struct DepthGuard {
        Parser& parser;
        explicit DepthGuard(Parser& p);
        ~DepthGuard() { --parser.m_depth; }
        DepthGuard(const DepthGuard&) = delete;
        DepthGuard& operator=(const DepthGuard&) = delete;
    };
    struct ScopeGuard {
        Scope& scope;
        explicit ScopeGuard(Scope& s) : scope(s) { scope.push(); }
        ~ScopeGuard() { scope.pop(); }
        ScopeGuard(const ScopeGuard&) = delete;
        ScopeGuard& operator=(const ScopeGuard&) = delete;
    };

    // parser.cpp: tokens and errors
    const Token& peek(std::size_t ahead = 0) const;
    const Token& advance();
    bool check(std::string_view spelling) const;
    bool accept(std::string_view spelling);
    void expect(std::string_view spelling);
    std::string expectIdentifier();
    [[noreturn]] void fail(const Token& at, std::string message);
    [[noreturn]] void failExpected(std::string_view what);
    void error(const Token& at, std::string message);
    bool isKeyword(const Token& token) const;
    bool isIdentifier(const Token& token) const;
    void synchronize();
    static std::string describe(const Token& token);
    bool fromBuiltinHeader(const Token& token) const;

    // parser.cpp: file scope
    void parseExternalDeclaration();
    void parseFunctionDefinition(const DeclSpec& spec, Declarator& decl);
    void finishTranslationUnit();

    // parse_specifiers.cpp
    bool isTypeStart(const Token& token) const;
    DeclSpec parseDeclSpec(bool allowStorage);
    const Type* parseRecordSpec(bool isUnion, core::SourceLoc loc);
    void parseMembers(std::vector<Member>& members);
    const Type* parseEnumSpec(core::SourceLoc loc);
    void skipAttributes();

    // parse_declarators.cpp
    Declarator parseDeclarator(const Type* base, bool abstractAllowed);
    const Type* parsePointers(const Type* base);
    const Type* parseTypeSuffix(const Type* base, Declarator* named);
    const Type* parseParams(const Type* returnType, std::vector<ParamInfo>& params);
    const Type* parseArraySuffix(const Type* base);
    const Type* parseTypeName();
    void skipBalancedParens();

    // parse_declarations.cpp
    Variable* newVariable(const Declarator& decl, Storage storage);
    Function* declareFunction(const DeclSpec& spec, const Declarator& decl, bool isDefinition);
    Variable* declareGlobal(const DeclSpec& spec, const Declarator& decl, bool hasInit);
    void declareTypedef(const Declarator& decl);
    StmtPtr parseLocalDeclaration();
    void checkObjectType(Variable& var, bool hasInit);

    // parse_initializers.cpp
    void parseInitializer(Variable& var);
    std::int64_t parseInitElement(Variable& var, const Type* type, std::uint64_t offset, ExprPtr pending);
    std::int64_t parseInitList(Variable& var, const Type* type, std::uint64_t offset, bool braced, ExprPtr pending);
    bool parseDesignation(Variable& var, const Type* type, std::uint64_t offset, std::size_t& index);
    void addInitEntry(Variable& var, const Type* type, std::uint64_t offset, ExprPtr value);
    std::int64_t addStringInit(Variable& var, const Type* type, std::uint64_t offset, std::string bytes,
                               core::SourceLoc loc);
    void skipInitializer();

    // parse_statements.cpp
    StmtPtr parseStatement();
    std::unique_ptr<CompoundStmt> parseCompound(bool newScope);
    StmtPtr parseBlockItem();
    StmtPtr parseIf();
    StmtPtr parseWhile();
    StmtPtr parseDoWhile();
    StmtPtr parseFor();
    StmtPtr parseSwitch();
    StmtPtr parseCase();
    StmtPtr parseDefault();
    StmtPtr parseReturn();
    StmtPtr parseLabel();
    ExprPtr parseCondition();

    // parse_expressions.cpp
    ExprPtr parseExpression();
    ExprPtr parseAssignment();
    ExprPtr parseConditional();
    ExprPtr parseBinary(int minPrecedence);
    ExprPtr parseCast();
    ExprPtr parseUnary();
    ExprPtr parsePostfix(ExprPtr base);
    ExprPtr parsePrimary();
    ExprPtr parseIdentifier(const Token& name);
    ExprPtr parseCompoundLiteral(const Type* type, core::SourceLoc loc);
    ExprPtr parseOffsetof(core::SourceLoc loc);
    ExprPtr parseSizeof(core::SourceLoc loc, bool isAlignof);
    std::vector<ExprPtr> parseArguments();
    ExprPtr parseConstantExpression(std::int64_t& value, const char* what);

    std::vector<Token> m_tokens;
    std::size_t m_pos = 0;
    TranslationUnit& m_unit;
    DiagnosticSink& m_sink;
    TypeContext& m_types;
    Sema m_sema;
    Scope m_scope;
    int m_depth = 0;

    // the function being parsed
    Function* m_function = nullptr;
    std::map<std::string, LabelStmt*> m_labels;
    std::vector<GotoStmt*> m_gotos;
    std::vector<Stmt*> m_breakTargets;
    std::vector<Stmt*> m_continueTargets;
    struct SwitchContext {
        SwitchStmt* stmt;
        const Type* type;
        std::vector<std::uint64_t> values;
    };
    std::vector<SwitchContext> m_switches;
    std::uint32_t m_nextVariableId = 0;
    std::unordered_map<std::string, Function*> m_functions; // by name (functions have file-scope linkage)
};

} // namespace memviz::lang
