// Parser: declarators (pointers, nested declarators, array and function suffixes), parameter lists and
// type names. A nested declarator such as (*fp)(int) is read after the suffix that follows it, as chibicc.
#include "lang/parser.h"

namespace memviz::lang {

namespace {
constexpr std::uint64_t maxObjectSize = std::uint64_t{1} << 40;
constexpr int maxPointerLevels = 64;
}

// Skips tokens up to and including the ')' matching an already consumed '('.
void Parser::skipBalancedParens() {
    int depth = 1;
    while (depth > 0) {
        const Token& t = peek();
        if (t.kind == TokenKind::Eof) failExpected("')'");
        if (t.is("(")) ++depth;
        if (t.is(")")) --depth;
        advance();
    }
}

// pointer: ('*' type-qualifier*)*
const Type* Parser::parsePointers(const Type* base) {
    const Type* t = base;
    int levels = 0;
    while (accept("*")) {
        if (++levels > maxPointerLevels) fail(peek(), "too many levels of pointers");
        t = m_types.pointerTo(t);
        bool isConst = false, isVolatile = false;
        while (true) {
            if (accept("const")) isConst = true;
            else if (accept("volatile")) isVolatile = true;
            else if (accept("restrict") || accept("__restrict")) continue;
            else if (check("__attribute__")) skipAttributes();
            else if (check("_Atomic")) fail(peek(), "_Atomic (atomic types) is not supported");
            else break;
        }
        if (isConst || isVolatile) t = m_types.qualified(t, isConst, isVolatile);
    }
    return t;
}

// declarator: pointer ('(' declarator ')' | identifier)? type-suffix
Parser::Declarator Parser::parseDeclarator(const Type* base, bool abstractAllowed) {
    DepthGuard guard(*this);
    Declarator d;
    d.loc = peek().loc;
    const Type* t = parsePointers(base);
    const Token& next = peek(1);
    bool nested = check("(") && (next.is("*") || next.is("(") || next.is("^") ||
                                 (isIdentifier(next) && !isTypeStart(next)));
    if (nested) {
        advance();
        std::size_t start = m_pos;
        skipBalancedParens();
        t = parseTypeSuffix(t, nullptr);
        std::size_t end = m_pos;
        m_pos = start;
        Declarator inner = parseDeclarator(t, abstractAllowed);
        expect(")");
        m_pos = end;
        return inner;
    }
    if (isIdentifier(peek())) {
        d.loc = peek().loc;
        d.file = peek().file;
        d.name = advance().text;
    } else if (!abstractAllowed) {
        failExpected("identifier or '('");
    }
    d.type = parseTypeSuffix(t, &d);
    return d;
}

// type-suffix: '(' parameter-list ')' | '[' constant-expression? ']' type-suffix | empty
const Type* Parser::parseTypeSuffix(const Type* base, Declarator* named) {
    if (check("(")) {
        advance();
        std::vector<ParamInfo> params;
        const Type* fn = parseParams(base, params);
        if (named && !named->hasParams) {
            named->params = std::move(params);
            named->hasParams = true;
        }
        return fn;
    }
    if (check("[")) return parseArraySuffix(base);
    return base;
}

// parameter-list: ')' | 'void' ')' | parameter (',' parameter)* (',' '...')? ')'
// parameter: decl-specifiers (declarator | abstract-declarator)
const Type* Parser::parseParams(const Type* returnType, std::vector<ParamInfo>& params) {
    if (returnType->isArray()) error(peek(), "function returns an array");
    if (returnType->isFunction()) error(peek(), "function returns a function");
    if (accept(")")) return m_types.functionType(returnType, {}, false, false);
    if (check("void") && peek(1).is(")")) {
        advance();
        advance();
        return m_types.functionType(returnType, {}, false, true);
    }
    bool variadic = false;
    std::vector<const Type*> types;
    while (true) {
        if (accept("...")) {
            if (params.empty()) error(peek(), "ISO C requires a named argument before '...'");
            variadic = true;
            expect(")");
            break;
        }
        const Token& start = peek();
        if (!isTypeStart(start)) {
            if (isIdentifier(start))
                fail(start, "unknown type name " + quote(start.text) +
                                " (old-style K&R parameter lists are not supported: give each parameter a type)");
            failExpected("declaration specifiers");
        }
        DeclSpec spec = parseDeclSpec(true);
        if (spec.storage != StorageClass::None && spec.storage != StorageClass::Register)
            error(start, "storage class specified for parameter");
        Declarator d = parseDeclarator(spec.type, true);
        const Type* t = d.type;
        if (t->isArray()) t = m_types.pointerTo(t->base);
        else if (t->isFunction()) t = m_types.pointerTo(t);
        if (t->isVoid()) error(start, "'void' must be the only parameter");
        params.push_back({d.name, t, d.name.empty() ? start.loc : d.loc});
        types.push_back(t);
        if (accept(",")) continue;
        expect(")");
        break;
    }
    return m_types.functionType(returnType, std::move(types), variadic, true);
}

// array-suffix: '[' constant-expression? ']' type-suffix
const Type* Parser::parseArraySuffix(const Type* base) {
    DepthGuard guard(*this);
    const Token& open = advance();
    if (check("static") || check("const") || check("volatile") || check("restrict") || check("*"))
        fail(peek(), "qualifiers and 'static' in array declarators are not supported");
    std::int64_t length = -1;
    if (!accept("]")) {
        ExprPtr size = parseConditional();
        if (!size->type->isInteger()) {
            if (!m_sema.isError(*size)) error(open, "size of array has non-integer type");
            length = 1;
        } else if (std::optional<std::int64_t> v = m_sema.constantInteger(*size)) {
            length = *v;
            if (length < 0 && size->type->isSigned()) {
                error(open, "size of array is negative");
                length = 1;
            }
        } else if (!m_sema.isError(*size)) {
            error(open, "variable-length arrays are not supported: the size must be a constant expression");
            length = 1;
        }
        expect("]");
    }
    const Type* element = parseTypeSuffix(base, nullptr);
    if (element->isFunction()) fail(open, "declaration of array of functions");
    if (!element->isComplete()) fail(open, "array type has incomplete element type " + quote(typeName(element)));
    if (length > 0 && static_cast<std::uint64_t>(length) > maxObjectSize / std::max<std::uint64_t>(element->size, 1))
        fail(open, "size of array is too large");
    return m_types.arrayOf(element, length);
}

// type-name: spec-qualifiers abstract-declarator
const Type* Parser::parseTypeName() {
    DeclSpec spec = parseDeclSpec(false);
    Declarator d = parseDeclarator(spec.type, true);
    if (!d.name.empty()) fail(m_tokens[m_pos - 1], "expected ')' before " + quote(d.name));
    return d.type;
}

} // namespace memviz::lang
