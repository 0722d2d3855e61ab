// TypeContext: type construction with caching, and gcc x86-64 struct/union layout.
#include "lang/type_context.h"

#include "core/address.h"

#include <algorithm>

namespace memviz::lang {

namespace {

struct BasicLayout {
    TypeKind kind;
    std::uint64_t size;
    std::uint32_t align;
};

constexpr BasicLayout basicLayouts[] = {
    {TypeKind::Void, 1, 1}, // sizeof(void) is 1 in GNU C (pointer arithmetic on void *)
    {TypeKind::Bool, 1, 1},       {TypeKind::Char, 1, 1},     {TypeKind::SChar, 1, 1},
    {TypeKind::UChar, 1, 1},      {TypeKind::Short, 2, 2},    {TypeKind::UShort, 2, 2},
    {TypeKind::Int, 4, 4},        {TypeKind::UInt, 4, 4},     {TypeKind::Long, 8, 8},
    {TypeKind::ULong, 8, 8},      {TypeKind::LongLong, 8, 8}, {TypeKind::ULongLong, 8, 8},
    {TypeKind::Float, 4, 4},      {TypeKind::Double, 8, 8},   {TypeKind::LongDouble, 16, 16},
};

} // namespace

TypeContext::TypeContext() {
    m_basic.resize(static_cast<std::size_t>(TypeKind::Function) + 1, nullptr);
    for (const BasicLayout& b : basicLayouts) {
        Type t;
        t.kind = b.kind;
        t.size = b.size;
        t.align = b.align;
        m_basic[static_cast<std::size_t>(b.kind)] = make(t);
    }
    Type error;
    error.kind = TypeKind::Int;
    error.size = 4;
    error.align = 4;
    m_error = make(error);
}

Type* TypeContext::make(Type type) {
    m_types.push_back(std::move(type));
    Type* t = &m_types.back();
    if (!t->unqualified) t->unqualified = t;
    return t;
}

const Type* TypeContext::pointerTo(const Type* base) {
    auto it = m_pointers.find(base);
    if (it != m_pointers.end()) return it->second;
    Type t;
    t.kind = TypeKind::Pointer;
    t.size = 8;
    t.align = 8;
    t.base = base;
    const Type* made = make(t);
    m_pointers.emplace(base, made);
    return made;
}

const Type* TypeContext::arrayOf(const Type* element, std::int64_t length) {
    auto key = std::make_pair(element, length);
    auto it = m_arrays.find(key);
    if (it != m_arrays.end()) return it->second;
    Type t;
    t.kind = TypeKind::Array;
    t.base = element;
    t.length = length;
    t.align = element->align;
    t.size = length >= 0 ? element->size * static_cast<std::uint64_t>(length) : 0;
    t.isConst = false;
    const Type* made = make(t);
    m_arrays.emplace(key, made);
    return made;
}

const Type* TypeContext::functionType(const Type* returnType, std::vector<const Type*> params, bool variadic,
                                      bool hasPrototype) {
    Type t;
    t.kind = TypeKind::Function;
    t.base = returnType;
    t.params = std::move(params);
    t.variadic = variadic;
    t.hasPrototype = hasPrototype;
    t.size = 1; // GNU C: sizeof a function is 1
    return make(t);
}

const Type* TypeContext::qualified(const Type* type, bool isConst, bool isVolatile) {
    if (type->isArray()) {
        const Type* element = qualified(type->base, isConst, isVolatile);
        return element == type->base ? type : arrayOf(element, type->length);
    }
    isConst = isConst || type->isConst;
    isVolatile = isVolatile || type->isVolatile;
    if (isConst == type->isConst && isVolatile == type->isVolatile) return type;
    const Type* plain = type->unqualified;
    int key = (isConst ? 1 : 0) | (isVolatile ? 2 : 0);
    auto it = m_qualified.find({plain, key});
    if (it != m_qualified.end()) return it->second;
    Type t = *plain;
    t.isConst = isConst;
    t.isVolatile = isVolatile;
    t.unqualified = plain;
    Type* made = make(t);
    if (made->record) m_recordTypes[made->record].push_back(made);
    m_qualified.emplace(std::make_pair(plain, key), made);
    return made;
}

const Type* TypeContext::newRecord(bool isUnion, std::string tag, core::SourceLoc loc) {
    m_records.push_back({});
    RecordInfo* info = &m_records.back();
    info->tag = std::move(tag);
    info->isUnion = isUnion;
    info->loc = loc;
    Type t;
    t.kind = isUnion ? TypeKind::Union : TypeKind::Struct;
    t.record = info;
    t.size = 0;
    t.align = 1;
    Type* made = make(t);
    m_recordTypes[info].push_back(made);
    return made;
}

void TypeContext::completeRecord(const Type* record, std::vector<Member> members) {
    RecordInfo* info = record->record;
    std::uint64_t offset = 0;
    std::uint64_t size = 0;
    std::uint32_t align = 1;
    std::vector<Member> flat;
    for (Member& m : members) {
        const Type* t = m.type;
        std::uint32_t a = t->align;
        // A flexible array member (int data[];) takes no room but still aligns.
        std::uint64_t s = t->isArray() && t->length < 0 ? 0 : t->size;
        align = std::max(align, a);
        if (info->isUnion) {
            m.offset = 0;
            size = std::max(size, s);
        } else {
            offset = core::alignUp(offset, a);
            m.offset = offset;
            offset += s;
            size = offset;
        }
        flat.push_back(m);
        if (m.name.empty() && t->isRecord()) {
            for (const Member& inner : t->record->members) {
                Member copy = inner;
                copy.offset += m.offset;
                copy.indirect = true;
                flat.push_back(copy);
            }
        }
    }
    info->members = std::move(flat);
    info->size = core::alignUp(size, align);
    info->align = align;
    info->complete = true;
    for (Type* t : m_recordTypes[info]) {
        t->size = info->size;
        t->align = info->align;
    }
}

const Type* TypeContext::newEnum(std::string tag) {
    m_enums.push_back({});
    EnumInfo* info = &m_enums.back();
    info->tag = std::move(tag);
    Type t;
    t.kind = TypeKind::Enum;
    t.enumInfo = info;
    t.size = 4;
    t.align = 4;
    return make(t);
}

void TypeContext::completeEnum(const Type* enumType, bool isUnsigned) {
    enumType->enumInfo->complete = true;
    enumType->enumInfo->isUnsigned = isUnsigned;
}

} // namespace memviz::lang
