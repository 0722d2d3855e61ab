// Parser: statements. Each statement catches its own syntax errors, skips to the next ';' or '}' and
// becomes an EmptyStmt, so parsing goes on. Loops and switches record the targets of break/continue.
#include "lang/parser.h"

#include <algorithm>
#include <optional>

namespace memviz::lang {

namespace {

// Pushes a value on a stack for the lifetime of a scope.
template <class T> struct Push {
    std::vector<T>& stack;
    Push(std::vector<T>& s, T value) : stack(s) { stack.push_back(std::move(value)); }
    ~Push() { stack.pop_back(); }
    Push(const Push&) = delete;
    Push& operator=(const Push&) = delete;
};

template <class T> std::unique_ptr<T> node(core::SourceLoc loc) {
    auto n = std::make_unique<T>();
    n->loc = loc;
    return n;
}

} // namespace

// compound-statement: '{' block-item* '}'
std::unique_ptr<CompoundStmt> Parser::parseCompound(bool newScope) {
    auto block = node<CompoundStmt>(peek().loc);
    expect("{");
    std::optional<ScopeGuard> scope;
    if (newScope) scope.emplace(m_scope);
    while (!check("}") && peek().kind != TokenKind::Eof && !m_sink.full()) {
        std::size_t before = m_pos;
        block->body.push_back(parseBlockItem());
        if (m_pos == before) advance(); // always make progress
    }
    expect("}");
    return block;
}

// block-item: declaration | statement
StmtPtr Parser::parseBlockItem() {
    const Token& t = peek();
    bool isLabel = isIdentifier(t) && peek(1).is(":");
    if (!isLabel && isTypeStart(t)) {
        try {
            return parseLocalDeclaration();
        } catch (const SyntaxError&) {
            synchronize();
            return node<EmptyStmt>(t.loc);
        }
    }
    if (check("_Static_assert")) {
        error(t, "_Static_assert is not supported");
        synchronize();
        return node<EmptyStmt>(t.loc);
    }
    return parseStatement();
}

// statement: compound | if | while | do | for | switch | case | default | break | continue | return | goto
//          | label | expression? ';'
StmtPtr Parser::parseStatement() {
    const Token& t = peek();
    core::SourceLoc loc = t.loc;
    try {
        DepthGuard guard(*this);
        if (check("{")) return parseCompound(true);
        if (check("if")) return parseIf();
        if (check("while")) return parseWhile();
        if (check("do")) return parseDoWhile();
        if (check("for")) return parseFor();
        if (check("switch")) return parseSwitch();
        if (check("case")) return parseCase();
        if (check("default")) return parseDefault();
        if (check("return")) return parseReturn();
        if (check("break") || check("continue")) {
            bool isBreak = check("break");
            advance();
            std::vector<Stmt*>& targets = isBreak ? m_breakTargets : m_continueTargets;
            if (targets.empty())
                error(t, isBreak ? "break statement not within loop or switch" : "continue statement not within a loop");
            StmtPtr s;
            if (isBreak) {
                auto b = node<BreakStmt>(loc);
                b->target = targets.empty() ? nullptr : targets.back();
                s = std::move(b);
            } else {
                auto c = node<ContinueStmt>(loc);
                c->target = targets.empty() ? nullptr : targets.back();
                s = std::move(c);
            }
            expect(";");
            return s;
        }
        if (check("goto")) {
            advance();
            if (check("*")) fail(peek(), "computed goto is not supported");
            auto g = node<GotoStmt>(loc);
            g->label = expectIdentifier();
            expect(";");
            m_gotos.push_back(g.get());
            return g;
        }
        if (check("asm") || check("__asm__")) fail(t, "inline assembly is not supported");
        if (isIdentifier(t) && peek(1).is(":")) return parseLabel();
        if (accept(";")) return node<EmptyStmt>(loc);
        if (isTypeStart(t)) fail(t, "a declaration cannot be the body of a statement: wrap it in braces");
        auto s = node<ExprStmt>(loc);
        s->expr = parseExpression();
        expect(";");
        return s;
    } catch (const SyntaxError&) {
        synchronize();
        return node<EmptyStmt>(loc);
    }
}

ExprPtr Parser::parseCondition() {
    expect("(");
    ExprPtr cond = m_sema.condition(parseExpression());
    expect(")");
    return cond;
}

// if: 'if' '(' expression ')' statement ('else' statement)?
StmtPtr Parser::parseIf() {
    auto s = node<IfStmt>(advance().loc);
    s->cond = parseCondition();
    s->thenStmt = parseStatement();
    if (accept("else")) s->elseStmt = parseStatement();
    return s;
}

// while: 'while' '(' expression ')' statement
StmtPtr Parser::parseWhile() {
    auto s = node<WhileStmt>(advance().loc);
    s->cond = parseCondition();
    Push<Stmt*> b(m_breakTargets, s.get());
    Push<Stmt*> c(m_continueTargets, s.get());
    s->body = parseStatement();
    return s;
}

// do: 'do' statement 'while' '(' expression ')' ';'
StmtPtr Parser::parseDoWhile() {
    auto s = node<DoWhileStmt>(advance().loc);
    {
        Push<Stmt*> b(m_breakTargets, s.get());
        Push<Stmt*> c(m_continueTargets, s.get());
        s->body = parseStatement();
    }
    expect("while");
    s->cond = parseCondition();
    expect(";");
    return s;
}

// for: 'for' '(' (declaration | expression? ';') expression? ';' expression? ')' statement
StmtPtr Parser::parseFor() {
    auto s = node<ForStmt>(advance().loc);
    ScopeGuard scope(m_scope);
    expect("(");
    if (isTypeStart(peek())) {
        s->init = parseLocalDeclaration();
    } else if (!accept(";")) {
        auto init = node<ExprStmt>(peek().loc);
        init->expr = parseExpression();
        s->init = std::move(init);
        expect(";");
    }
    if (!check(";")) s->cond = m_sema.condition(parseExpression());
    expect(";");
    if (!check(")")) s->step = parseExpression();
    expect(")");
    Push<Stmt*> b(m_breakTargets, s.get());
    Push<Stmt*> c(m_continueTargets, s.get());
    s->body = parseStatement();
    return s;
}

// switch: 'switch' '(' expression ')' statement
StmtPtr Parser::parseSwitch() {
    auto s = node<SwitchStmt>(advance().loc);
    expect("(");
    ExprPtr cond = parseExpression();
    if (!cond->type->isInteger() && !m_sema.isError(*cond)) {
        error(peek(), "switch quantity not an integer");
        cond = m_sema.errorExpr(cond->loc);
    }
    s->cond = m_sema.promote(std::move(cond));
    expect(")");
    Push<SwitchContext> sw(m_switches, SwitchContext{s.get(), s->cond->type, {}});
    Push<Stmt*> b(m_breakTargets, s.get());
    s->body = parseStatement();
    return s;
}

// case: 'case' constant-expression ':' statement
StmtPtr Parser::parseCase() {
    const Token& keyword = advance();
    auto s = node<CaseStmt>(keyword.loc);
    std::int64_t value = 0;
    ExprPtr e = parseConditional();
    if (check("...")) fail(peek(), "case ranges are not supported");
    if (m_switches.empty()) {
        error(keyword, "case label not within a switch statement");
    } else if (!m_sema.isError(*e)) {
        SwitchContext& sw = m_switches.back();
        std::optional<std::int64_t> v;
        if (e->type->isInteger()) v = m_sema.constantInteger(*m_sema.convert(std::move(e), sw.type));
        if (!v) {
            error(keyword, "case label does not reduce to an integer constant");
        } else {
            value = *v;
            auto bits = static_cast<std::uint64_t>(value);
            if (std::find(sw.values.begin(), sw.values.end(), bits) != sw.values.end())
                error(keyword, "duplicate case value");
            sw.values.push_back(bits);
            s->value = bits;
            sw.stmt->cases.push_back(s.get());
        }
    }
    expect(":");
    if (check("}")) { // a label at the end of a block (accepted by gcc as in C23)
        s->body = node<EmptyStmt>(peek().loc);
        return s;
    }
    s->body = parseStatement();
    return s;
}

// default: 'default' ':' statement
StmtPtr Parser::parseDefault() {
    const Token& keyword = advance();
    auto s = node<DefaultStmt>(keyword.loc);
    if (m_switches.empty()) error(keyword, "'default' label not within a switch statement");
    else if (m_switches.back().stmt->defaultCase) error(keyword, "multiple default labels in one switch");
    else m_switches.back().stmt->defaultCase = s.get();
    expect(":");
    if (check("}")) { // a label at the end of a block (accepted by gcc as in C23)
        s->body = node<EmptyStmt>(peek().loc);
        return s;
    }
    s->body = parseStatement();
    return s;
}

// return: 'return' expression? ';'
StmtPtr Parser::parseReturn() {
    const Token& keyword = advance();
    auto s = node<ReturnStmt>(keyword.loc);
    const Type* ret = m_function ? m_function->returnType() : m_types.intType();
    if (!check(";")) {
        ExprPtr value = parseExpression();
        if (ret->isVoid()) {
            if (!value->type->isVoid())
                m_sink.warning(value->loc, "'return' with a value, in function returning void", keyword.file);
            s->value = m_sema.cast(m_types.voidType(), std::move(value), keyword.loc);
        } else {
            core::SourceLoc at = value->loc;
            s->value = m_sema.assignConvert(std::move(value), ret, {ConversionSite::Kind::Return, {}, 0}, at);
        }
    } else if (!ret->isVoid()) {
        m_sink.warning(keyword.loc, "'return' with no value, in function returning non-void", keyword.file);
    }
    expect(";");
    return s;
}

// label: identifier ':' statement
StmtPtr Parser::parseLabel() {
    const Token& name = advance();
    advance(); // ':'
    auto s = node<LabelStmt>(name.loc);
    s->name = name.text;
    if (m_labels.count(name.text)) error(name, "duplicate label " + quote(name.text));
    else m_labels[name.text] = s.get();
    if (check("}")) { // a label at the end of a block (accepted by gcc as in C23)
        s->body = node<EmptyStmt>(peek().loc);
        return s;
    }
    s->body = parseStatement();
    return s;
}

} // namespace memviz::lang
