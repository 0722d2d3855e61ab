// TypeContext: makes and owns every Type of one compilation, and lays out structs and unions exactly as
// gcc does on x86-64 (LP64): each member at its alignment, the size rounded up to the largest alignment.
#pragma once

#include "lang/type.h"

#include <deque>
#include <map>
#include <unordered_map>
#include <utility>
#include <vector>

namespace memviz::lang {

class TypeContext {
public:
    TypeContext();
    TypeContext(const TypeContext&) = delete;
    TypeContext& operator=(const TypeContext&) = delete;

    // void, _Bool, the integer and floating kinds.
    const Type* basic(TypeKind kind) const { return m_basic[static_cast<int>(kind)]; }
    const Type* voidType() const { return basic(TypeKind::Void); }
    const Type* boolType() const { return basic(TypeKind::Bool); }
    const Type* charType() const { return basic(TypeKind::Char); }
    const Type* intType() const { return basic(TypeKind::Int); }
    const Type* uintType() const { return basic(TypeKind::UInt); }
    const Type* longType() const { return basic(TypeKind::Long); }
    const Type* ulongType() const { return basic(TypeKind::ULong); }
    const Type* doubleType() const { return basic(TypeKind::Double); }
    const Type* sizeType() const { return ulongType(); }    // size_t
    const Type* ptrdiffType() const { return longType(); } // ptrdiff_t
    // Marks an expression that already failed to type-check (behaves as int, silences follow-up errors).
    const Type* errorType() const { return m_error; }

    const Type* pointerTo(const Type* base);
    const Type* arrayOf(const Type* element, std::int64_t length);
    const Type* functionType(const Type* returnType, std::vector<const Type*> params, bool variadic,
                             bool hasPrototype);
    // `type` with const/volatile added (for arrays the qualifiers go to the element type, as in C).
    const Type* qualified(const Type* type, bool isConst, bool isVolatile);
    const Type* unqualified(const Type* type) const { return type->unqualified; }

    // A new, incomplete struct or union type with its own RecordInfo.
    const Type* newRecord(bool isUnion, std::string tag, core::SourceLoc loc);
    // Completes a record: computes offsets, size and alignment. Members of anonymous struct/union members
    // are also listed flat (see RecordInfo::members). Member types must be complete (the parser checks).
    void completeRecord(const Type* record, std::vector<Member> members);
    const Type* newEnum(std::string tag);
    void completeEnum(const Type* enumType, bool isUnsigned);

private:
    Type* make(Type type);

    std::deque<Type> m_types;
    std::deque<RecordInfo> m_records;
    std::deque<EnumInfo> m_enums;
    std::vector<const Type*> m_basic;
    const Type* m_error = nullptr;
    std::unordered_map<const Type*, const Type*> m_pointers;
    std::map<std::pair<const Type*, std::int64_t>, const Type*> m_arrays;
    std::map<std::pair<const Type*, int>, const Type*> m_qualified;
    // Every Type object (plain and qualified) that shares one record, to update when it completes.
    std::unordered_map<const RecordInfo*, std::vector<Type*>> m_recordTypes;
};

} // namespace memviz::lang
