// Parser core: token access, error reporting and recovery, and the file scope: external declarations,
// function definitions and the end-of-file checks (main exists, used functions are defined).
#include "lang/parser.h"

#include "lang/builtin_headers.h"

#include <array>

namespace memviz::lang {

namespace {

constexpr int maxNesting = 256;

constexpr std::array<std::string_view, 52> keywords = {
    "auto",     "break",    "case",     "char",          "const",          "continue",     "default",
    "do",       "double",   "else",     "enum",          "extern",         "float",        "for",
    "goto",     "if",       "inline",   "int",           "long",           "register",     "restrict",
    "return",   "short",    "signed",   "sizeof",        "static",         "struct",       "switch",
    "typedef",  "union",    "unsigned", "void",          "volatile",       "while",        "_Bool",
    "_Complex", "_Imaginary", "_Alignas", "_Alignof",    "_Atomic",        "_Generic",     "_Noreturn",
    "_Static_assert", "_Thread_local", "asm", "__asm__", "typeof",        "__typeof__",   "__attribute__",
    "__restrict", "__inline", "__extension__",
};

} // namespace

Parser::DepthGuard::DepthGuard(Parser& p) : parser(p) {
    if (++parser.m_depth > maxNesting) {
        --parser.m_depth;
        parser.fail(parser.peek(), "nesting is too deep (more than " + std::to_string(maxNesting) + " levels)");
    }
}

Parser::Parser(std::vector<Token> tokens, TranslationUnit& unit, DiagnosticSink& sink)
    : m_tokens(std::move(tokens)), m_unit(unit), m_sink(sink), m_types(*unit.types), m_sema(unit, sink) {
    if (m_tokens.empty() || m_tokens.back().kind != TokenKind::Eof) m_tokens.push_back(Token{});
}

// ---------------------------------------------------------------------------------------------- tokens

const Token& Parser::peek(std::size_t ahead) const {
    std::size_t i = m_pos + ahead;
    return i < m_tokens.size() ? m_tokens[i] : m_tokens.back();
}

const Token& Parser::advance() {
    const Token& t = peek();
    if (m_pos + 1 < m_tokens.size()) ++m_pos;
    return t;
}

bool Parser::check(std::string_view spelling) const {
    const Token& t = peek();
    return (t.kind == TokenKind::Punct || t.kind == TokenKind::Identifier) && t.text == spelling;
}

bool Parser::accept(std::string_view spelling) {
    if (!check(spelling)) return false;
    advance();
    return true;
}

void Parser::expect(std::string_view spelling) {
    if (accept(spelling)) return;
    failExpected(std::string("'") + std::string(spelling) + "'");
}

std::string Parser::expectIdentifier() {
    const Token& t = peek();
    if (!isIdentifier(t)) failExpected("identifier");
    advance();
    return t.text;
}

bool Parser::isKeyword(const Token& token) const {
    if (token.kind != TokenKind::Identifier) return false;
    for (std::string_view k : keywords)
        if (token.text == k) return true;
    return false;
}

bool Parser::isIdentifier(const Token& token) const {
    return token.kind == TokenKind::Identifier && !isKeyword(token);
}

std::string Parser::describe(const Token& token) {
    switch (token.kind) {
    case TokenKind::Eof: return "end of input";
    case TokenKind::Number: return "numeric constant";
    case TokenKind::String: return "string constant";
    case TokenKind::CharConst: return "character constant";
    case TokenKind::Punct: return quote(token.text) + " token";
    case TokenKind::Identifier: return quote(token.text);
    }
    return quote(token.text);
}

bool Parser::fromBuiltinHeader(const Token& token) const {
    return token.file != 0 && m_sink.file(token.file).builtin;
}

void Parser::error(const Token& at, std::string message) { m_sink.error(at.loc, std::move(message), at.file); }

void Parser::fail(const Token& at, std::string message) {
    error(at, std::move(message));
    throw SyntaxError{};
}

// "expected ';' before '}' token": a missing ';' is reported right after the previous token, as gcc does.
void Parser::failExpected(std::string_view what) {
    const Token& t = peek();
    std::string message = "expected " + std::string(what) + (t.kind == TokenKind::Eof ? " at " : " before ") + describe(t);
    if (what == "';'" && m_pos > 0) {
        const Token& prev = m_tokens[m_pos - 1];
        if (prev.loc.line != t.loc.line || t.kind == TokenKind::Eof) {
            core::SourceLoc loc{prev.loc.line, prev.loc.column + static_cast<std::uint32_t>(prev.text.size())};
            m_sink.error(loc, std::move(message), prev.file);
            throw SyntaxError{};
        }
    }
    fail(t, std::move(message));
}

// Skips to just after the next ';' or to the next unmatched '}' (a '}' followed by ';' is taken as the end of
// a braced initializer and consumed with it).
void Parser::synchronize() {
    int depth = 0;
    while (peek().kind != TokenKind::Eof) {
        const Token& t = peek();
        if (t.kind == TokenKind::Punct) {
            if (t.text == "{") {
                ++depth;
            } else if (t.text == "}") {
                if (depth == 0) {
                    if (peek(1).is(";")) {
                        advance();
                        advance();
                    }
                    return;
                }
                if (--depth == 0 && m_scope.atFileScope() && !peek(1).is(";") && !peek(1).is(",")) {
                    advance();
                    return;
                }
            } else if (t.text == ";" && depth == 0) {
                advance();
                return;
            }
        }
        advance();
    }
}

// ---------------------------------------------------------------------------------------------- file scope

void Parser::parseTranslationUnit() {
    while (peek().kind != TokenKind::Eof && !m_sink.full()) {
        std::size_t before = m_pos;
        try {
            parseExternalDeclaration();
        } catch (const SyntaxError&) {
            m_function = nullptr;
            synchronize();
            if (check("}")) advance();
        }
        if (m_pos == before) advance();
    }
    finishTranslationUnit();
}

// external-declaration: function-definition | declaration
// declaration: decl-specifiers (declarator ('=' initializer)? (',' declarator ('=' initializer)?)*)? ';'
void Parser::parseExternalDeclaration() {
    if (accept(";")) return;
    if (check("_Static_assert")) fail(peek(), "_Static_assert is not supported");
    if (check("asm") || check("__asm__")) fail(peek(), "inline assembly is not supported");
    const Token& start = peek();
    DeclSpec spec = parseDeclSpec(true);
    if (accept(";")) return;
    bool first = true;
    while (true) {
        Declarator decl = parseDeclarator(spec.type, false);
        if (!spec.explicitType) {
            if (decl.type->isFunction())
                m_sink.warning(decl.loc, "return type defaults to 'int'", start.file);
            else
                m_sink.warning(decl.loc, "type defaults to 'int' in declaration of " + quote(decl.name), start.file);
        }
        if (spec.storage == StorageClass::Typedef) {
            declareTypedef(decl);
        } else if (decl.type->isFunction()) {
            if (first && check("{")) {
                parseFunctionDefinition(spec, decl);
                return;
            }
            if (!decl.hasParams && isIdentifier(peek()))
                fail(peek(), "old-style (K&R) function definitions are not supported: declare the parameter types "
                             "inside the parentheses");
            declareFunction(spec, decl, false);
        } else {
            if (spec.storage == StorageClass::Auto || spec.storage == StorageClass::Register)
                error(start, "file-scope declaration of " + quote(decl.name) + " specifies 'auto'");
            bool hasInit = check("=");
            Variable* var = declareGlobal(spec, decl, hasInit);
            if (accept("=")) {
                if (var) parseInitializer(*var);
                else parseAssignment();
            }
            if (var) checkObjectType(*var, hasInit);
        }
        first = false;
        if (accept(",")) continue;
        expect(";");
        return;
    }
}

// function-definition: decl-specifiers declarator compound-statement
void Parser::parseFunctionDefinition(const DeclSpec& spec, Declarator& decl) {
    Function* fn = declareFunction(spec, decl, true);
    if (fn && fn->isDefined()) error(peek(), "redefinition of " + quote(decl.name));
    const Type* ret = decl.type->base;
    if (ret->isRecord() && !ret->isComplete())
        error(peek(), "return type is an incomplete type");
    Function scratch; // a redefinition is parsed into a throwaway function
    Function* target = fn && !fn->isDefined() ? fn : &scratch;
    target->type = decl.type;
    m_function = target;
    m_labels.clear();
    m_gotos.clear();
    m_breakTargets.clear();
    m_continueTargets.clear();
    m_switches.clear();
    ScopeGuard scope(m_scope);
    for (ParamInfo& p : decl.params) {
        if (p.name.empty()) {
            m_sink.error(p.loc, "parameter name omitted");
            continue;
        }
        if (!p.type->isComplete() && !p.type->isPointer()) {
            m_sink.error(p.loc, "parameter " + quote(p.name) + " has incomplete type");
        }
        Declarator pd;
        pd.type = p.type;
        pd.name = p.name;
        pd.loc = p.loc;
        Variable* var = newVariable(pd, Storage::Parameter);
        var->owner = target;
        if (m_scope.findLocal(p.name)) m_sink.error(p.loc, "redefinition of parameter " + quote(p.name));
        Symbol symbol;
        symbol.kind = Symbol::Kind::Variable;
        symbol.var = var;
        symbol.loc = p.loc;
        m_scope.declare(p.name, symbol);
        target->params.push_back(var);
    }
    std::unique_ptr<CompoundStmt> body = parseCompound(false);
    for (GotoStmt* g : m_gotos) {
        auto it = m_labels.find(g->label);
        if (it == m_labels.end()) m_sink.error(g->loc, "label " + quote(g->label) + " used but not defined");
        else g->target = it->second;
    }
    target->body = std::move(body);
    m_function = nullptr;
    if (target == fn && fn->name == "main") {
        m_unit.mainFunction = fn;
        if (fn->returnType()->kind != TypeKind::Int) m_sink.warning(fn->loc, "return type of 'main' is not 'int'");
    }
}

void Parser::finishTranslationUnit() {
    if (m_sink.hasErrors()) return;
    if (!m_unit.mainFunction) {
        m_sink.error({}, "undefined reference to 'main'");
        return;
    }
    for (const auto& f : m_unit.functions)
        if (f->isUsed && !f->isDefined() && !f->isLibrary)
            m_sink.error(f->loc, "undefined reference to " + quote(f->name));
    for (const auto& v : m_unit.variables)
        if (v->isUsed && v->isExtern && !v->isLibrary)
            m_sink.error(v->loc, "undefined reference to " + quote(v->name));
}

} // namespace memviz::lang
