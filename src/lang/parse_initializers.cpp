// Parser: initializers. A braced list with designators ([2] = x, .name = y), brace elision, string
// literals for char arrays and struct copies is flattened into InitEntry stores at byte offsets, and the
// length of an incomplete array (int a[] = {...}) is taken from it.
#include "lang/parser.h"

#include <algorithm>

namespace memviz::lang {

namespace {

bool isCharArray(const Type* t) {
    return t->isArray() && (t->base->kind == TypeKind::Char || t->base->kind == TypeKind::SChar ||
                            t->base->kind == TypeKind::UChar);
}

std::vector<const Member*> directMembers(const Type* record) {
    std::vector<const Member*> out;
    for (const Member& m : record->record->members)
        if (!m.indirect) out.push_back(&m);
    return out;
}

} // namespace

// initializer: assignment-expression | '{' initializer-list? ','? '}'
void Parser::parseInitializer(Variable& var) {
    var.hasInit = true;
    const Type* t = var.type;
    if (t->isArray() && !check("{") && !(isCharArray(t) && peek().kind == TokenKind::String)) {
        error(peek(), "invalid initializer");
        parseAssignment();
        return;
    }
    if (check("{") || t->isArray()) var.init.zeroFill = true;
    std::int64_t length = parseInitElement(var, t, 0, nullptr);
    if (t->isArray() && t->length < 0) var.type = m_types.arrayOf(t->base, length);
}

void Parser::skipInitializer() {
    if (accept("{")) {
        int depth = 1;
        while (depth > 0 && peek().kind != TokenKind::Eof) {
            if (check("{")) ++depth;
            if (check("}")) --depth;
            advance();
        }
        return;
    }
    parseAssignment();
}

void Parser::addInitEntry(Variable& var, const Type* type, std::uint64_t offset, ExprPtr value) {
    core::SourceLoc loc = value->loc;
    value = m_sema.assignConvert(std::move(value), type->unqualified, {ConversionSite::Kind::Initialization, {}, 0}, loc);
    if (m_sema.isError(*value)) return;
    if (var.hasStaticStorage() && !m_sema.checkStaticInitializer(value)) return;
    InitEntry entry;
    entry.offset = offset;
    entry.type = type->unqualified;
    entry.value = std::move(value);
    var.init.entries.push_back(std::move(entry));
}

std::int64_t Parser::addStringInit(Variable& var, const Type* type, std::uint64_t offset, std::string bytes,
                                   core::SourceLoc loc) {
    std::int64_t length = type->length < 0 ? static_cast<std::int64_t>(bytes.size()) + 1 : type->length;
    if (bytes.size() > static_cast<std::size_t>(length))
        m_sink.warning(loc, "initializer-string for array of " + quote(typeName(type->base)) + " is too long");
    bytes.resize(static_cast<std::size_t>(length), '\0');
    InitEntry entry;
    entry.offset = offset;
    entry.type = m_types.arrayOf(type->base->unqualified, length);
    entry.bytes = std::move(bytes);
    var.init.entries.push_back(std::move(entry));
    return length;
}

// Initializes the subobject of `type` at `offset` from one initializer (or, with brace elision, from as many
// as it needs). `pending` is an expression already parsed for its first scalar. Returns the element count
// used for arrays.
std::int64_t Parser::parseInitElement(Variable& var, const Type* type, std::uint64_t offset, ExprPtr pending) {
    DepthGuard guard(*this);
    if (!pending && check("{")) {
        const Token& open = advance();
        if (type->isScalar()) {
            if (check("}")) {
                error(open, "empty scalar initializer");
            } else {
                parseInitElement(var, type, offset, nullptr);
                while (accept(",") && !check("}")) {
                    m_sink.warning(peek().loc, "excess elements in scalar initializer", peek().file);
                    skipInitializer();
                }
            }
            expect("}");
            return 0;
        }
        std::int64_t n = parseInitList(var, type, offset, true, nullptr);
        expect("}");
        return n;
    }
    if (isCharArray(type)) {
        if (!pending && peek().kind == TokenKind::String) {
            core::SourceLoc loc = peek().loc;
            std::string bytes;
            while (peek().kind == TokenKind::String) bytes += advance().value;
            return addStringInit(var, type, offset, std::move(bytes), loc);
        }
        if (pending && pending->kind == ExprKind::StringLit) {
            std::string bytes = m_unit.strings[pending->as<StringLitExpr>().index].bytes;
            bytes.pop_back();
            return addStringInit(var, type, offset, std::move(bytes), pending->loc);
        }
    }
    if (type->isArray()) return parseInitList(var, type, offset, false, std::move(pending));
    ExprPtr value = pending ? std::move(pending) : parseAssignment();
    if (type->isRecord() && !sameType(value->type, type, true) && !m_sema.isError(*value)) {
        parseInitList(var, type, offset, false, std::move(value));
        return 0;
    }
    addInitEntry(var, type, offset, std::move(value));
    return 0;
}

// initializer-list: (designation? initializer (',' designation? initializer)*)?
// Braced: up to the '}' (not consumed). Unbraced (brace elision): as many elements as the aggregate holds.
std::int64_t Parser::parseInitList(Variable& var, const Type* type, std::uint64_t offset, bool braced, ExprPtr pending) {
    std::vector<const Member*> members;
    std::int64_t capacity = -1;
    if (type->isArray()) {
        capacity = type->length;
    } else if (type->isRecord()) {
        if (!type->isComplete()) {
            fail(peek(), "variable has incomplete type " + quote(typeName(type)));
        }
        members = directMembers(type);
        capacity = type->record->isUnion ? std::min<std::int64_t>(1, static_cast<std::int64_t>(members.size()))
                                         : static_cast<std::int64_t>(members.size());
    } else {
        capacity = 1;
    }
    std::size_t index = 0;
    std::int64_t count = 0;
    // A pending scalar is the first element even when a '}' follows it (`struct S a[2] = {0};`).
    while ((pending || !check("}")) && peek().kind != TokenKind::Eof) {
        bool designated = !pending && (check("[") || check("."));
        if (designated) {
            if (!braced || pending) break;
            parseDesignation(var, type, offset, index);
            ++index;
        } else if (capacity >= 0 && static_cast<std::int64_t>(index) >= capacity) {
            if (!braced) break;
            m_sink.warning(peek().loc, std::string("excess elements in ") + (type->isArray() ? "array" : type->isRecord() ? "struct" : "scalar") +
                                           " initializer", peek().file);
            skipInitializer();
        } else {
            const Type* subType = type;
            std::uint64_t subOffset = offset;
            if (type->isArray()) {
                subType = type->base;
                subOffset = offset + index * subType->size;
            } else if (type->isRecord()) {
                subType = members[index]->type;
                subOffset = offset + members[index]->offset;
            }
            parseInitElement(var, subType, subOffset, std::move(pending));
            pending = nullptr;
            ++index;
        }
        count = std::max(count, static_cast<std::int64_t>(index));
        if (braced) {
            if (!accept(",")) break;
            continue;
        }
        if (capacity >= 0 && static_cast<std::int64_t>(index) >= capacity) break;
        if (check(",") && !peek(1).is("}") && !peek(1).is("[") && !peek(1).is(".")) {
            advance();
            continue;
        }
        break;
    }
    if (pending) addInitEntry(var, type, offset, std::move(pending)); // reports the type mismatch
    return count;
}

// designation: designator+ '='   designator: '[' constant-expression ']' | '.' identifier
bool Parser::parseDesignation(Variable& var, const Type* type, std::uint64_t offset, std::size_t& index) {
    const Type* t = type;
    std::uint64_t off = offset;
    bool first = true;
    while (true) {
        const Token& at = peek();
        if (accept("[")) {
            if (!t->isArray()) fail(at, "array index in non-array initializer");
            std::int64_t i = 0;
            parseConstantExpression(i, "array index in initializer");
            if (check("...")) fail(peek(), "designator ranges ([a ... b]) are not supported");
            expect("]");
            if (i < 0 || (t->length >= 0 && i >= t->length)) {
                error(at, "array index in initializer exceeds array bounds");
                i = 0;
            }
            if (first) index = static_cast<std::size_t>(i);
            off += static_cast<std::uint64_t>(i) * t->base->size;
            t = t->base;
        } else if (accept(".")) {
            if (!t->isRecord() || !t->isComplete()) fail(at, "field name not in record or union initializer");
            const Token& nameToken = peek();
            std::string name = expectIdentifier();
            const Member* m = t->record->find(name);
            if (!m) fail(nameToken, "unknown field " + quote(name) + " specified in initializer");
            if (first) {
                // positional initialization continues after the member (or its anonymous container)
                std::size_t direct = 0;
                for (const Member& candidate : t->record->members) {
                    if (&candidate == m) break;
                    if (!candidate.indirect) ++direct;
                }
                index = m->indirect ? direct - 1 : direct;
            }
            off += m->offset;
            t = m->type;
        } else {
            break;
        }
        first = false;
    }
    expect("=");
    parseInitElement(var, t, off, nullptr);
    return true;
}

} // namespace memviz::lang
