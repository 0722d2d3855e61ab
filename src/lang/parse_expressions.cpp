// Parser: expressions, by precedence (comma, assignment, ?:, the binary operators by precedence climbing,
// casts, unary, postfix, primary), each built and type-checked through Sema.
#include "lang/parser.h"

#include "lang/builtin_headers.h"
#include "lang/number_literal.h"

#include <array>
#include <limits>
#include <utility>

namespace memviz::lang {

namespace {

struct BinaryInfo {
    std::string_view spelling;
    int precedence;
    BinaryOp op;
};

constexpr std::array<BinaryInfo, 18> binaryOperators = {{
    {"||", 1, BinaryOp::LogOr}, {"&&", 2, BinaryOp::LogAnd}, {"|", 3, BinaryOp::BitOr},
    {"^", 4, BinaryOp::BitXor}, {"&", 5, BinaryOp::BitAnd},  {"==", 6, BinaryOp::Eq},
    {"!=", 6, BinaryOp::Ne},    {"<", 7, BinaryOp::Lt},      {">", 7, BinaryOp::Gt},
    {"<=", 7, BinaryOp::Le},    {">=", 7, BinaryOp::Ge},     {"<<", 8, BinaryOp::Shl},
    {">>", 8, BinaryOp::Shr},   {"+", 9, BinaryOp::Add},     {"-", 9, BinaryOp::Sub},
    {"*", 10, BinaryOp::Mul},   {"/", 10, BinaryOp::Div},    {"%", 10, BinaryOp::Rem},
}};

constexpr std::array<std::pair<std::string_view, BinaryOp>, 10> compoundOperators = {{
    {"+=", BinaryOp::Add}, {"-=", BinaryOp::Sub}, {"*=", BinaryOp::Mul}, {"/=", BinaryOp::Div},
    {"%=", BinaryOp::Rem}, {"&=", BinaryOp::BitAnd}, {"|=", BinaryOp::BitOr}, {"^=", BinaryOp::BitXor},
    {"<<=", BinaryOp::Shl}, {">>=", BinaryOp::Shr},
}};

} // namespace

// expression: assignment (',' assignment)*
ExprPtr Parser::parseExpression() {
    ExprPtr lhs = parseAssignment();
    while (check(",")) {
        core::SourceLoc loc = advance().loc;
        lhs = m_sema.comma(std::move(lhs), parseAssignment(), loc);
    }
    return lhs;
}

// assignment: conditional (assignment-operator assignment)?
ExprPtr Parser::parseAssignment() {
    DepthGuard guard(*this);
    ExprPtr lhs = parseConditional();
    const Token& t = peek();
    if (t.kind != TokenKind::Punct) return lhs;
    if (t.text == "=") {
        advance();
        return m_sema.assign(std::move(lhs), parseAssignment(), t.loc);
    }
    for (const auto& [spelling, op] : compoundOperators) {
        if (t.text == spelling) {
            advance();
            return m_sema.compoundAssign(op, std::move(lhs), parseAssignment(), t.loc);
        }
    }
    return lhs;
}

// conditional: binary ('?' expression ':' conditional)?
ExprPtr Parser::parseConditional() {
    ExprPtr cond = parseBinary(1);
    if (!check("?")) return cond;
    core::SourceLoc loc = advance().loc;
    if (check(":")) fail(peek(), "the GNU '?:' with an omitted middle operand is not supported");
    ExprPtr thenExpr = parseExpression();
    expect(":");
    ExprPtr elseExpr = parseConditional();
    return m_sema.conditional(std::move(cond), std::move(thenExpr), std::move(elseExpr), loc);
}

// binary: cast (binary-operator cast)*, by precedence climbing (all left-associative)
ExprPtr Parser::parseBinary(int minPrecedence) {
    ExprPtr lhs = parseCast();
    while (true) {
        const Token& t = peek();
        if (t.kind != TokenKind::Punct) break;
        const BinaryInfo* info = nullptr;
        for (const BinaryInfo& b : binaryOperators)
            if (t.text == b.spelling) info = &b;
        if (!info || info->precedence < minPrecedence) break;
        advance();
        ExprPtr rhs = parseBinary(info->precedence + 1);
        lhs = m_sema.binary(info->op, std::move(lhs), std::move(rhs), t.loc);
    }
    return lhs;
}

// cast: '(' type-name ')' cast | '(' type-name ')' '{' initializer-list '}' postfix-tail | unary
ExprPtr Parser::parseCast() {
    DepthGuard guard(*this);
    if (check("(") && isTypeStart(peek(1))) {
        core::SourceLoc loc = advance().loc;
        const Type* type = parseTypeName();
        expect(")");
        if (check("{")) return parsePostfix(parseCompoundLiteral(type, loc));
        return m_sema.cast(type, parseCast(), loc);
    }
    return parseUnary();
}

// unary: ('++' | '--') unary | ('&' | '*' | '+' | '-' | '~' | '!') cast | 'sizeof' unary
//      | 'sizeof' '(' type-name ')' | '_Alignof' '(' type-name ')' | postfix
ExprPtr Parser::parseUnary() {
    DepthGuard guard(*this);
    const Token& t = peek();
    if (t.kind == TokenKind::Punct) {
        if (t.text == "++" || t.text == "--") {
            advance();
            return m_sema.incDec(t.text == "++", true, parseUnary(), t.loc);
        }
        if (t.text == "&&") fail(t, "labels as values (&&label) are not supported");
        static constexpr std::pair<std::string_view, UnaryOp> ops[] = {
            {"&", UnaryOp::AddrOf}, {"*", UnaryOp::Deref}, {"+", UnaryOp::Plus},
            {"-", UnaryOp::Neg},    {"~", UnaryOp::BitNot}, {"!", UnaryOp::LogNot}};
        for (const auto& [spelling, op] : ops) {
            if (t.text == spelling) {
                advance();
                return m_sema.unary(op, parseCast(), t.loc);
            }
        }
    }
    if (check("sizeof")) return parseSizeof(advance().loc, false);
    if (check("_Alignof") || check("__alignof__") || check("alignof")) return parseSizeof(advance().loc, true);
    return parsePostfix(parsePrimary());
}

ExprPtr Parser::parseSizeof(core::SourceLoc loc, bool isAlignof) {
    if (check("(") && isTypeStart(peek(1))) {
        core::SourceLoc open = advance().loc;
        const Type* type = parseTypeName();
        expect(")");
        if (check("{")) {
            ExprPtr literal = parsePostfix(parseCompoundLiteral(type, open));
            return isAlignof ? m_sema.sizeOf(literal->type, loc, true) : m_sema.sizeOfExpr(std::move(literal), loc);
        }
        return m_sema.sizeOf(type, loc, isAlignof);
    }
    ExprPtr operand = parseUnary();
    if (isAlignof) return m_sema.sizeOf(operand->type, loc, true);
    return m_sema.sizeOfExpr(std::move(operand), loc);
}

// postfix: primary ('[' expression ']' | '(' arguments ')' | '.' identifier | '->' identifier | '++' | '--')*
ExprPtr Parser::parsePostfix(ExprPtr base) {
    while (true) {
        const Token& t = peek();
        if (t.kind != TokenKind::Punct) return base;
        if (t.text == "[") {
            advance();
            ExprPtr index = parseExpression();
            expect("]");
            base = m_sema.subscript(std::move(base), std::move(index), t.loc);
        } else if (t.text == "(") {
            core::SourceLoc loc = base->loc;
            advance();
            base = m_sema.call(std::move(base), parseArguments(), loc);
        } else if (t.text == "." || t.text == "->") {
            advance();
            std::string name = expectIdentifier();
            base = m_sema.member(std::move(base), name, t.text == "->", t.loc);
        } else if (t.text == "++" || t.text == "--") {
            advance();
            base = m_sema.incDec(t.text == "++", false, std::move(base), t.loc);
        } else {
            return base;
        }
    }
}

// arguments: (assignment (',' assignment)*)? ')'
std::vector<ExprPtr> Parser::parseArguments() {
    std::vector<ExprPtr> args;
    if (accept(")")) return args;
    while (true) {
        args.push_back(parseAssignment());
        if (accept(",")) continue;
        expect(")");
        return args;
    }
}

// primary: '(' expression ')' | identifier | constant | string-literal+ | '__func__'
//        | '__builtin_offsetof' '(' type-name ',' member-designator ')'
ExprPtr Parser::parsePrimary() {
    const Token& t = peek();
    switch (t.kind) {
    case TokenKind::Number: {
        advance();
        NumberLiteral n = parseNumber(t.text);
        if (!n.ok) {
            error(t, n.error);
            return m_sema.errorExpr(t.loc);
        }
        if (!n.warning.empty()) m_sink.warning(t.loc, n.warning, t.file);
        if (n.isFloating()) return m_sema.floatConst(n.floatValue, m_types.basic(n.type), t.loc);
        return m_sema.intConst(n.intValue, m_types.basic(n.type), t.loc);
    }
    case TokenKind::CharConst:
        advance();
        return m_sema.intConst(static_cast<std::uint64_t>(t.charValue), m_types.intType(), t.loc);
    case TokenKind::String: {
        std::string bytes;
        while (peek().kind == TokenKind::String) bytes += advance().value;
        return m_sema.stringLiteral(std::move(bytes), t.loc);
    }
    case TokenKind::Punct:
        if (t.text == "(") {
            if (peek(1).is("{")) fail(t, "statement expressions ({ ... }) are not supported");
            advance();
            ExprPtr e = parseExpression();
            expect(")");
            return e;
        }
        failExpected("expression");
    case TokenKind::Identifier:
        if (t.text == "_Generic") fail(t, "_Generic selections are not supported");
        if (t.text == "__builtin_offsetof") return parseOffsetof(advance().loc);
        // <math.h>'s INFINITY and HUGE_VAL, as gcc spells them: constant expressions without a warning.
        if ((t.text == "__builtin_inff" || t.text == "__builtin_huge_val") && peek(1).is("(") && peek(2).is(")")) {
            core::SourceLoc loc = advance().loc;
            advance();
            advance();
            bool isFloat = t.text == "__builtin_inff";
            return m_sema.floatConst(std::numeric_limits<double>::infinity(),
                                     m_types.basic(isFloat ? TypeKind::Float : TypeKind::Double), loc);
        }
        if (t.text == "__func__" || t.text == "__FUNCTION__") {
            advance();
            if (!m_function) error(t, "'__func__' is not defined outside of function scope");
            return m_sema.stringLiteral(m_function ? m_function->name : std::string(), t.loc);
        }
        if (!isIdentifier(t)) failExpected("expression");
        advance();
        return parseIdentifier(t);
    case TokenKind::Eof: break;
    }
    failExpected("expression");
}

ExprPtr Parser::parseIdentifier(const Token& name) {
    const Symbol* s = m_scope.find(name.text);
    if (!s) {
        if (check("(")) {
            std::string message = "implicit declaration of function " + quote(name.text);
            if (std::optional<std::string_view> header = headerDeclaring(name.text))
                message += "; include <" + std::string(*header) + ">";
            error(name, message);
        } else if (m_function) {
            error(name, quote(name.text) + " undeclared (first use in this function)");
        } else {
            error(name, quote(name.text) + " undeclared here (not in a function)");
        }
        return m_sema.errorExpr(name.loc);
    }
    switch (s->kind) {
    case Symbol::Kind::Variable:
        s->var->isUsed = true;
        return m_sema.varRef(s->var, name.loc);
    case Symbol::Kind::Function:
        s->function->isUsed = true;
        return m_sema.funcRef(s->function, name.loc);
    case Symbol::Kind::EnumConstant:
        return m_sema.intConst(static_cast<std::uint64_t>(s->value), s->type, name.loc);
    case Symbol::Kind::Typedef: break;
    }
    fail(name, "expected expression before " + quote(name.text));
}

// compound-literal: '(' type-name ')' '{' initializer-list '}'
ExprPtr Parser::parseCompoundLiteral(const Type* type, core::SourceLoc loc) {
    Declarator d;
    d.type = type;
    d.loc = loc;
    Variable* var = newVariable(d, m_function ? Storage::Local : Storage::Global);
    parseInitializer(*var);
    checkObjectType(*var, true);
    if (m_function) m_function->locals.push_back(var);
    else m_unit.globals.push_back(var);
    return m_sema.compoundLiteral(var, loc);
}

// offsetof: '__builtin_offsetof' '(' type-name ',' identifier ('.' identifier | '[' constant ']')* ')'
ExprPtr Parser::parseOffsetof(core::SourceLoc loc) {
    expect("(");
    const Type* t = parseTypeName();
    expect(",");
    std::uint64_t offset = 0;
    bool first = true;
    while (true) {
        const Token& at = peek();
        if (first || accept(".")) {
            if (!t->isRecord() || !t->isComplete()) fail(at, "offsetof of a member of a non-struct type");
            std::string name = expectIdentifier();
            const Member* m = t->record->find(name);
            if (!m) fail(at, quote(typeName(t)) + " has no member named " + quote(name));
            offset += m->offset;
            t = m->type;
        } else if (accept("[")) {
            if (!t->isArray()) fail(at, "subscripted value is not an array in offsetof");
            std::int64_t i = 0;
            parseConstantExpression(i, "array index in offsetof");
            expect("]");
            offset += static_cast<std::uint64_t>(i) * t->base->size;
            t = t->base;
        } else {
            break;
        }
        first = false;
    }
    expect(")");
    return m_sema.intConst(offset, m_types.sizeType(), loc);
}

// constant-expression: conditional (that folds to an integer)
ExprPtr Parser::parseConstantExpression(std::int64_t& value, const char* what) {
    const Token& start = peek();
    ExprPtr e = parseConditional();
    if (m_sema.isError(*e)) return e;
    std::optional<std::int64_t> v = e->type->isInteger() ? m_sema.constantInteger(*e) : std::nullopt;
    if (!v) error(start, std::string(what) + " is not an integer constant");
    else value = *v;
    return e;
}

} // namespace memviz::lang
