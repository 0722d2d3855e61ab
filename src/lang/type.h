// Type: a C type with its size and alignment as gcc lays it out on x86-64 Linux (LP64). Types are made and
// owned by a TypeContext; everything else holds `const Type*`. A qualified type (const int) is its own Type
// whose `unqualified` points to the plain one; structs, unions and enums share their RecordInfo/EnumInfo.
#pragma once

#include "core/source_loc.h"

#include <cstdint>
#include <string>
#include <vector>

namespace memviz::lang {

enum class TypeKind : std::uint8_t {
    Void,
    Bool,
    Char, // plain char: signed, as on x86-64
    SChar,
    UChar,
    Short,
    UShort,
    Int,
    UInt,
    Long,
    ULong,
    LongLong,
    ULongLong,
    Float,
    Double,
    LongDouble, // sizeof 16, align 16 as gcc, but computed with double precision
    Enum,       // behaves as its underlying integer type (unsigned int, or int with negative constants)
    Pointer,
    Array,
    Struct,
    Union,
    Function,
};

struct Type;

struct Member {
    std::string name;   // empty for an anonymous struct/union member
    const Type* type = nullptr;
    std::uint64_t offset = 0; // from the start of the outermost struct/union
    core::SourceLoc loc;
    bool indirect = false; // lifted from an anonymous struct/union member (skip when walking direct members)
};

struct RecordInfo {
    std::string tag; // empty for an anonymous struct
    bool isUnion = false;
    bool complete = false;
    // Named members in declaration order. Members of anonymous struct/union members are listed here as
    // well (after the anonymous member itself), with offsets already relative to this record.
    std::vector<Member> members;
    std::uint64_t size = 0;
    std::uint32_t align = 1;
    core::SourceLoc loc;

    const Member* find(std::string_view name) const;
};

struct EnumInfo {
    std::string tag;
    bool complete = false;
    bool isUnsigned = true; // underlying type: unsigned int unless some constant is negative
};

struct Type {
    TypeKind kind = TypeKind::Void;
    std::uint64_t size = 0;    // 0 for void, functions and incomplete types
    std::uint32_t align = 1;
    bool isConst = false;
    bool isVolatile = false;
    const Type* unqualified = nullptr; // this type without const/volatile (itself when unqualified)
    const Type* base = nullptr;        // pointee, array element or function return type
    std::int64_t length = -1;          // arrays: element count; -1 while incomplete (int a[])
    RecordInfo* record = nullptr;      // struct/union
    EnumInfo* enumInfo = nullptr;      // enum
    std::vector<const Type*> params;   // function parameter types (already adjusted: arrays to pointers)
    bool variadic = false;             // function with ", ..."
    bool hasPrototype = true;          // false for `int f()` (any arguments)

    bool isVoid() const { return kind == TypeKind::Void; }
    bool isBool() const { return kind == TypeKind::Bool; }
    bool isInteger() const { return (kind >= TypeKind::Bool && kind <= TypeKind::ULongLong) || kind == TypeKind::Enum; }
    bool isFloating() const { return kind >= TypeKind::Float && kind <= TypeKind::LongDouble; }
    bool isArithmetic() const { return isInteger() || isFloating(); }
    bool isPointer() const { return kind == TypeKind::Pointer; }
    bool isArray() const { return kind == TypeKind::Array; }
    bool isFunction() const { return kind == TypeKind::Function; }
    bool isRecord() const { return kind == TypeKind::Struct || kind == TypeKind::Union; }
    bool isScalar() const { return isArithmetic() || isPointer(); }
    bool isComplete() const;
    bool isSigned() const; // integer types only
    bool isQualified() const { return isConst || isVolatile; }
    // The integer type an enum computes with (unsigned int or int); the type itself for other types.
    TypeKind integerKind() const;
};

// Integer conversion rank (C11 6.3.1.1): _Bool < char < short < int < long < long long.
int integerRank(TypeKind kind);

// gcc's spelling of a type in messages: "int", "const char *", "int[10]", "struct node *", "int (*)(int)".
std::string typeName(const Type* type);

// Same type (C's "compatible type" for the subset: identical structure, same record/enum, same qualifiers
// unless ignoreQualifiers, which only ignores the top level).
bool sameType(const Type* a, const Type* b, bool ignoreQualifiers = false);

} // namespace memviz::lang
