// Type queries, integer ranks, gcc-style type names for messages and type compatibility.
#include "lang/type.h"

namespace memviz::lang {

const Member* RecordInfo::find(std::string_view name) const {
    for (const Member& m : members)
        if (!m.name.empty() && m.name == name) return &m;
    return nullptr;
}

bool Type::isComplete() const {
    switch (kind) {
    case TypeKind::Void: return false;
    case TypeKind::Array: return length >= 0 && base->isComplete();
    case TypeKind::Struct:
    case TypeKind::Union: return record->complete;
    case TypeKind::Function: return false;
    default: return true;
    }
}

bool Type::isSigned() const {
    switch (kind) {
    case TypeKind::Char:
    case TypeKind::SChar:
    case TypeKind::Short:
    case TypeKind::Int:
    case TypeKind::Long:
    case TypeKind::LongLong: return true;
    case TypeKind::Enum: return !enumInfo->isUnsigned;
    default: return false;
    }
}

TypeKind Type::integerKind() const {
    if (kind == TypeKind::Enum) return enumInfo->isUnsigned ? TypeKind::UInt : TypeKind::Int;
    return kind;
}

int integerRank(TypeKind kind) {
    switch (kind) {
    case TypeKind::Bool: return 1;
    case TypeKind::Char:
    case TypeKind::SChar:
    case TypeKind::UChar: return 2;
    case TypeKind::Short:
    case TypeKind::UShort: return 3;
    case TypeKind::Int:
    case TypeKind::UInt:
    case TypeKind::Enum: return 4;
    case TypeKind::Long:
    case TypeKind::ULong: return 5;
    case TypeKind::LongLong:
    case TypeKind::ULongLong: return 6;
    default: return 0;
    }
}

namespace {

std::string_view basicName(TypeKind kind) {
    switch (kind) {
    case TypeKind::Void: return "void";
    case TypeKind::Bool: return "_Bool";
    case TypeKind::Char: return "char";
    case TypeKind::SChar: return "signed char";
    case TypeKind::UChar: return "unsigned char";
    case TypeKind::Short: return "short int";
    case TypeKind::UShort: return "short unsigned int";
    case TypeKind::Int: return "int";
    case TypeKind::UInt: return "unsigned int";
    case TypeKind::Long: return "long int";
    case TypeKind::ULong: return "long unsigned int";
    case TypeKind::LongLong: return "long long int";
    case TypeKind::ULongLong: return "long long unsigned int";
    case TypeKind::Float: return "float";
    case TypeKind::Double: return "double";
    case TypeKind::LongDouble: return "long double";
    default: return "";
    }
}

std::string qualifierPrefix(const Type* type) {
    std::string out;
    if (type->isConst) out += "const ";
    if (type->isVolatile) out += "volatile ";
    return out;
}

// Declarator-style printing: `inner` is what is already built around the name position.
std::string nameAround(const Type* type, std::string inner) {
    switch (type->kind) {
    case TypeKind::Pointer: {
        std::string star = "*";
        if (type->isConst) star += " const";
        if (type->isVolatile) star += " volatile";
        std::string next = star + inner;
        if (type->base->isArray() || type->base->isFunction()) next = "(" + next + ")";
        return nameAround(type->base, next);
    }
    case TypeKind::Array:
        return nameAround(type->base, inner + "[" + (type->length >= 0 ? std::to_string(type->length) : "") + "]");
    case TypeKind::Function: {
        std::string params;
        for (std::size_t i = 0; i < type->params.size(); ++i) {
            if (i) params += ", ";
            params += typeName(type->params[i]);
        }
        if (type->variadic) params += type->params.empty() ? "..." : ", ...";
        if (type->params.empty() && !type->variadic && type->hasPrototype) params = "void";
        return nameAround(type->base, inner + "(" + params + ")");
    }
    default: break;
    }
    std::string head = qualifierPrefix(type);
    if (type->isRecord()) {
        head += type->kind == TypeKind::Struct ? "struct " : "union ";
        head += type->record->tag.empty() ? std::string("<anonymous>") : type->record->tag;
    } else if (type->kind == TypeKind::Enum) {
        head += "enum " + (type->enumInfo->tag.empty() ? std::string("<anonymous>") : type->enumInfo->tag);
    } else {
        head += basicName(type->kind);
    }
    if (inner.empty()) return head;
    if (inner[0] == '[' || (inner[0] == '(' && inner.rfind("(*", 0) != 0)) return head + inner;
    return head + " " + inner;
}

} // namespace

std::string typeName(const Type* type) {
    if (!type) return "<null>";
    return nameAround(type, "");
}

bool sameType(const Type* a, const Type* b, bool ignoreQualifiers) {
    if (a == b) return true;
    if (!a || !b || a->kind != b->kind) return false;
    if (!ignoreQualifiers && (a->isConst != b->isConst || a->isVolatile != b->isVolatile)) return false;
    switch (a->kind) {
    case TypeKind::Pointer: return sameType(a->base, b->base);
    case TypeKind::Array:
        return sameType(a->base, b->base) && (a->length == b->length || a->length < 0 || b->length < 0);
    case TypeKind::Struct:
    case TypeKind::Union: return a->record == b->record;
    case TypeKind::Enum: return a->enumInfo == b->enumInfo;
    case TypeKind::Function:
        if (!sameType(a->base, b->base)) return false;
        if (!a->hasPrototype || !b->hasPrototype) return true;
        if (a->variadic != b->variadic || a->params.size() != b->params.size()) return false;
        for (std::size_t i = 0; i < a->params.size(); ++i)
            if (!sameType(a->params[i], b->params[i], true)) return false;
        return true;
    default: return true;
    }
}

} // namespace memviz::lang
