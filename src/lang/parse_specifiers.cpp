// Parser: declaration specifiers (storage class, qualifiers, the base type), struct/union definitions
// with gcc's layout, and enums.
#include "lang/parser.h"

namespace memviz::lang {

namespace {

// Counters for the base type words, as chibicc: each word adds its own bit field.
enum : int {
    kVoid = 1 << 0,
    kBool = 1 << 2,
    kChar = 1 << 4,
    kShort = 1 << 6,
    kInt = 1 << 8,
    kLong = 1 << 10,
    kFloat = 1 << 12,
    kDouble = 1 << 14,
    kOther = 1 << 16,
    kSigned = 1 << 17,
    kUnsigned = 1 << 18,
};

} // namespace

bool Parser::isTypeStart(const Token& t) const {
    if (t.kind != TokenKind::Identifier) return false;
    static constexpr std::string_view words[] = {
        "void",     "_Bool",    "char",   "short",    "int",      "long",     "float",   "double",
        "signed",   "unsigned", "struct", "union",    "enum",     "typedef",  "static",  "extern",
        "auto",     "register", "const",  "volatile", "restrict", "inline",   "_Noreturn", "_Atomic",
        "_Complex", "_Alignas", "_Thread_local", "__restrict", "__inline", "__attribute__", "typeof", "__typeof__",
        "__extension__", "_Imaginary"};
    for (std::string_view w : words)
        if (t.text == w) return true;
    const Symbol* s = m_scope.find(t.text);
    return s && s->kind == Symbol::Kind::Typedef;
}

void Parser::skipAttributes() {
    while (check("__attribute__")) {
        advance();
        expect("(");
        skipBalancedParens();
    }
}

// decl-specifiers: (storage-class | type-qualifier | type-specifier | function-specifier)+
Parser::DeclSpec Parser::parseDeclSpec(bool allowStorage) {
    DeclSpec spec;
    spec.loc = peek().loc;
    const Type* named = nullptr; // struct/union/enum/typedef
    int counter = 0;
    bool isConst = false, isVolatile = false;
    bool any = false;
    while (true) {
        const Token& t = peek();
        if (t.kind != TokenKind::Identifier) break;
        const std::string& w = t.text;
        if (w == "typedef" || w == "extern" || w == "static" || w == "auto" || w == "register") {
            if (!allowStorage) fail(t, "storage class specified for a member or type name");
            if (spec.storage != StorageClass::None) fail(t, "multiple storage classes in declaration specifiers");
            spec.storage = w == "typedef" ? StorageClass::Typedef
                           : w == "extern" ? StorageClass::Extern
                           : w == "static" ? StorageClass::Static
                           : w == "auto"   ? StorageClass::Auto
                                           : StorageClass::Register;
            advance();
            any = true;
            continue;
        }
        if (w == "const") { isConst = true; advance(); any = true; continue; }
        if (w == "volatile") { isVolatile = true; advance(); any = true; continue; }
        if (w == "restrict" || w == "__restrict" || w == "inline" || w == "__inline" || w == "_Noreturn" ||
            w == "__extension__") {
            advance();
            any = true;
            continue;
        }
        if (w == "__attribute__") {
            skipAttributes();
            continue;
        }
        if (w == "_Atomic") fail(t, "_Atomic (atomic types) is not supported");
        if (w == "_Thread_local") fail(t, "_Thread_local (threads) is not supported");
        if (w == "_Alignas") fail(t, "_Alignas is not supported");
        if (w == "_Complex" || w == "_Imaginary") fail(t, "complex types are not supported");
        if (w == "typeof" || w == "__typeof__") fail(t, "typeof is not supported");
        if (w == "struct" || w == "union" || w == "enum") {
            if (named || counter) fail(t, "two or more data types in declaration specifiers");
            advance();
            named = w == "enum" ? parseEnumSpec(t.loc) : parseRecordSpec(w == "union", t.loc);
            counter += kOther;
            any = true;
            continue;
        }
        if (!named && counter == 0) {
            const Symbol* s = m_scope.find(w);
            if (s && s->kind == Symbol::Kind::Typedef) {
                named = s->type;
                counter += kOther;
                advance();
                any = true;
                continue;
            }
        }
        int add = w == "void" ? kVoid : w == "_Bool" ? kBool : w == "char" ? kChar : w == "short" ? kShort
                : w == "int" ? kInt : w == "long" ? kLong : w == "float" ? kFloat : w == "double" ? kDouble
                : w == "signed" ? kSigned : w == "unsigned" ? kUnsigned : 0;
        if (add == 0) break;
        if (named) fail(t, "two or more data types in declaration specifiers");
        counter += add;
        advance();
        any = true;
        const Type* b = nullptr;
        switch (counter) {
        case kVoid: b = m_types.voidType(); break;
        case kBool: b = m_types.boolType(); break;
        case kChar: b = m_types.charType(); break;
        case kSigned + kChar: b = m_types.basic(TypeKind::SChar); break;
        case kUnsigned + kChar: b = m_types.basic(TypeKind::UChar); break;
        case kShort: case kShort + kInt: case kSigned + kShort: case kSigned + kShort + kInt:
            b = m_types.basic(TypeKind::Short); break;
        case kUnsigned + kShort: case kUnsigned + kShort + kInt: b = m_types.basic(TypeKind::UShort); break;
        case kInt: case kSigned: case kSigned + kInt: b = m_types.intType(); break;
        case kUnsigned: case kUnsigned + kInt: b = m_types.uintType(); break;
        case kLong: case kLong + kInt: case kSigned + kLong: case kSigned + kLong + kInt:
            b = m_types.longType(); break;
        case kUnsigned + kLong: case kUnsigned + kLong + kInt: b = m_types.ulongType(); break;
        case kLong + kLong: case kLong + kLong + kInt: case kSigned + kLong + kLong: case kSigned + kLong + kLong + kInt:
            b = m_types.basic(TypeKind::LongLong); break;
        case kUnsigned + kLong + kLong: case kUnsigned + kLong + kLong + kInt:
            b = m_types.basic(TypeKind::ULongLong); break;
        case kFloat: b = m_types.basic(TypeKind::Float); break;
        case kDouble: b = m_types.doubleType(); break;
        case kLong + kDouble: b = m_types.basic(TypeKind::LongDouble); break;
        default:
            if ((counter & (kLong * 3)) == kLong * 3) fail(t, "'long long long' is too long for GCC");
            fail(t, "two or more data types in declaration specifiers");
        }
        spec.type = b;
    }
    if (named) spec.type = named;
    if (!spec.type) {
        if (counter != 0) fail(peek(), "two or more data types in declaration specifiers");
        if (!any) failExpected("declaration specifiers");
        spec.type = m_types.intType();
        spec.explicitType = false;
    }
    if (isConst || isVolatile) spec.type = m_types.qualified(spec.type, isConst, isVolatile);
    return spec;
}

// struct-or-union-specifier: ('struct' | 'union') attributes? identifier? ('{' struct-declaration* '}')?
const Type* Parser::parseRecordSpec(bool isUnion, core::SourceLoc loc) {
    skipAttributes();
    std::string tag;
    core::SourceLoc tagLoc = loc;
    if (isIdentifier(peek())) {
        tagLoc = peek().loc;
        tag = advance().text;
    }
    const char* kindName = isUnion ? "union" : "struct";
    if (tag.empty() && !check("{")) failExpected("'{'");
    if (!check("{")) {
        const Type* existing = m_scope.findTag(tag);
        // `struct S;` on its own declares a new tag in this scope
        bool forwardDeclaration = check(";");
        if (existing && !(forwardDeclaration && !m_scope.findLocalTag(tag))) {
            if (existing->kind != (isUnion ? TypeKind::Union : TypeKind::Struct))
                fail(peek(), quote(tag) + " defined as wrong kind of tag");
            return existing;
        }
        const Type* t = m_types.newRecord(isUnion, tag, tagLoc);
        m_scope.declareTag(tag, t);
        return t;
    }
    const Type* t = nullptr;
    if (!tag.empty()) {
        const Type* existing = m_scope.findLocalTag(tag);
        if (existing && existing->kind == (isUnion ? TypeKind::Union : TypeKind::Struct) && !existing->isComplete()) {
            t = existing;
        } else {
            if (existing) {
                if (existing->isComplete() && existing->kind == (isUnion ? TypeKind::Union : TypeKind::Struct))
                    m_sink.error(tagLoc, std::string("redefinition of '") + kindName + " " + tag + "'");
                else if (existing->kind != (isUnion ? TypeKind::Union : TypeKind::Struct))
                    m_sink.error(tagLoc, quote(tag) + " defined as wrong kind of tag");
            }
            t = m_types.newRecord(isUnion, tag, tagLoc);
            m_scope.declareTag(tag, t);
        }
    } else {
        t = m_types.newRecord(isUnion, tag, tagLoc);
    }
    expect("{");
    std::vector<Member> members;
    parseMembers(members);
    expect("}");
    skipAttributes();
    m_types.completeRecord(t, std::move(members));
    return t;
}

// struct-declaration: spec-qualifiers (declarator (',' declarator)*)? ';'
void Parser::parseMembers(std::vector<Member>& members) {
    while (!check("}") && peek().kind != TokenKind::Eof) {
        DepthGuard guard(*this);
        if (check("_Static_assert")) fail(peek(), "_Static_assert is not supported");
        const Token& start = peek();
        DeclSpec spec = parseDeclSpec(false);
        if (check(";") && spec.type->isRecord() && spec.type->record->tag.empty()) {
            advance(); // anonymous struct/union member (C11)
            members.push_back({"", spec.type, 0, start.loc, false});
            continue;
        }
        while (true) {
            Declarator d = parseDeclarator(spec.type, true);
            if (check(":")) fail(peek(), "bit-fields are not supported");
            if (d.name.empty()) error(start, "declaration does not declare anything");
            for (const Member& m : members)
                if (!m.name.empty() && m.name == d.name) m_sink.error(d.loc, "duplicate member " + quote(d.name));
            if (d.type->isFunction()) {
                m_sink.error(d.loc, "field " + quote(d.name) + " declared as a function");
            } else if (d.type->isArray() && d.type->length < 0) {
                members.push_back({d.name, d.type, 0, d.loc, false}); // flexible array member, checked below
            } else if (!d.type->isComplete()) {
                m_sink.error(d.loc, "field " + quote(d.name) + " has incomplete type");
            } else {
                members.push_back({d.name, d.type, 0, d.loc, false});
            }
            if (accept(",")) continue;
            expect(";");
            break;
        }
    }
    for (std::size_t i = 0; i + 1 < members.size(); ++i)
        if (members[i].type->isArray() && members[i].type->length < 0)
            m_sink.error(members[i].loc, "flexible array member not at end of struct");
}

// enum-specifier: 'enum' identifier? ('{' enumerator (',' enumerator)* ','? '}')?
// enumerator: identifier ('=' constant-expression)?
const Type* Parser::parseEnumSpec(core::SourceLoc loc) {
    skipAttributes();
    std::string tag;
    if (isIdentifier(peek())) tag = advance().text;
    if (tag.empty() && !check("{")) failExpected("'{'");
    if (!check("{")) {
        const Type* existing = m_scope.findTag(tag);
        if (existing) {
            if (existing->kind != TypeKind::Enum) fail(peek(), quote(tag) + " defined as wrong kind of tag");
            return existing;
        }
        const Type* t = m_types.newEnum(tag); // a forward reference (GNU C)
        m_scope.declareTag(tag, t);
        return t;
    }
    if (!tag.empty()) {
        const Type* existing = m_scope.findLocalTag(tag);
        if (existing && existing->kind == TypeKind::Enum && existing->enumInfo->complete)
            m_sink.error(loc, "redeclaration of 'enum " + tag + "'");
    }
    const Type* t = m_types.newEnum(tag);
    if (!tag.empty()) m_scope.declareTag(tag, t);
    advance(); // '{'
    std::int64_t next = 0;
    bool anyNegative = false;
    while (!check("}")) {
        const Token& nameToken = peek();
        std::string name = expectIdentifier();
        std::int64_t value = next;
        if (accept("=")) parseConstantExpression(value, "enumerator value");
        if (value < INT32_MIN || value > static_cast<std::int64_t>(UINT32_MAX))
            error(nameToken, "enumerator value for " + quote(name) + " is not an integer constant in range");
        if (value < 0) anyNegative = true;
        if (const Symbol* existing = m_scope.findLocal(name); existing)
            error(nameToken, "redeclaration of enumerator " + quote(name));
        Symbol symbol;
        symbol.kind = Symbol::Kind::EnumConstant;
        symbol.type = value > INT32_MAX ? m_types.uintType() : m_types.intType();
        symbol.value = value;
        symbol.loc = nameToken.loc;
        m_scope.declare(name, symbol);
        next = value + 1;
        if (!accept(",")) break;
    }
    expect("}");
    skipAttributes();
    m_types.completeEnum(t, !anyNegative);
    return t;
}

} // namespace memviz::lang
