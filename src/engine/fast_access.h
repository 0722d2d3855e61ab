// Helpers of the machine's fast access path. An access whose shadow bytes are all the same byte, of a kind a
// program may touch, needs no report (at most the initialized bit matters), so one word compare replaces the
// per-byte walk of the checked path for the usual 1-, 2-, 4- and 8-byte scalars.
#pragma once

#include "engine/value.h"
#include "engine/value_ops.h"
#include "lang/type.h"
#include "memory/byte_kind.h"

#include <cstdint>
#include <cstring>

namespace memviz::engine {

// The shadow byte shared by all `size` (> 0) bytes at `shadow`, or -1 when they differ.
inline int uniformShadow(const std::uint8_t* shadow, std::uint64_t size) {
    const std::uint8_t first = shadow[0];
    switch (size) {
    case 1: return first;
    case 2: {
        std::uint16_t word;
        std::memcpy(&word, shadow, 2);
        return word == first * 0x0101u ? first : -1;
    }
    case 4: {
        std::uint32_t word;
        std::memcpy(&word, shadow, 4);
        return word == first * 0x01010101u ? first : -1;
    }
    case 8: {
        std::uint64_t word;
        std::memcpy(&word, shadow, 8);
        return word == first * 0x0101010101010101ull ? first : -1;
    }
    default: {
        const std::uint64_t pattern = first * 0x0101010101010101ull;
        std::uint64_t i = 0;
        for (; i + 32 <= size; i += 32) { // a block (memset, memcpy, a struct): 32 bytes a round, one branch
            std::uint64_t words[4];
            std::memcpy(words, shadow + i, 32);
            if (((words[0] ^ pattern) | (words[1] ^ pattern) | (words[2] ^ pattern) | (words[3] ^ pattern)) != 0)
                return -1;
        }
        for (; i + 8 <= size; i += 8) {
            std::uint64_t word;
            std::memcpy(&word, shadow + i, 8);
            if (word != pattern) return -1;
        }
        for (; i < size; ++i)
            if (shadow[i] != first) return -1;
        return first;
    }
    }
}

// memset of `size` shadow bytes, with the scalar sizes as single stores instead of a library call.
inline void fillShadow(std::uint8_t* shadow, std::uint8_t byte, std::uint64_t size) {
    const std::uint64_t pattern = byte * 0x0101010101010101ull;
    switch (size) {
    case 1: shadow[0] = byte; break;
    case 2: std::memcpy(shadow, &pattern, 2); break;
    case 4: std::memcpy(shadow, &pattern, 4); break;
    case 8: std::memcpy(shadow, &pattern, 8); break;
    default: std::memset(shadow, byte, size); break;
    }
}

// isUserAccessible(kindOf(shadow)) as one shift and mask.
inline bool isAccessibleShadow(std::uint8_t shadow) {
    using memory::ByteKind;
    constexpr std::uint32_t kinds = 1u << static_cast<unsigned>(ByteKind::Text) |
                                    1u << static_cast<unsigned>(ByteKind::Rodata) |
                                    1u << static_cast<unsigned>(ByteKind::Global) |
                                    1u << static_cast<unsigned>(ByteKind::StackFrame) |
                                    1u << static_cast<unsigned>(ByteKind::HeapPayload);
    return ((kinds >> (shadow & memory::kKindMask)) & 1u) != 0;
}

// The plain case of a read that needs initialized bytes: the `size` shadow bytes at `shadow` are alike, of a kind
// the program may touch, and initialized.
inline bool readableShadow(const std::uint8_t* shadow, std::uint64_t size) {
    int uniform = uniformShadow(shadow, size);
    return uniform >= 0 && isAccessibleShadow(static_cast<std::uint8_t>(uniform)) &&
           memory::isInitialized(static_cast<std::uint8_t>(uniform));
}

// The Value bits of the scalar of `type` (of computeKind `kind`) in the little-endian bytes at `host` (integers
// normalized, a float widened to double).
inline std::uint64_t decodeKind(lang::TypeKind kind, const std::uint8_t* host) {
    using lang::TypeKind;
    auto widen = [](std::int64_t x) { return static_cast<std::uint64_t>(x); };
    switch (kind) {
    case TypeKind::Bool: return host[0] != 0;
    case TypeKind::Char:
    case TypeKind::SChar: return widen(static_cast<std::int8_t>(host[0]));
    case TypeKind::UChar: return host[0];
    case TypeKind::Short: { std::int16_t x; std::memcpy(&x, host, 2); return widen(x); }
    case TypeKind::UShort: { std::uint16_t x; std::memcpy(&x, host, 2); return x; }
    case TypeKind::Int: { std::int32_t x; std::memcpy(&x, host, 4); return widen(x); }
    case TypeKind::UInt: { std::uint32_t x; std::memcpy(&x, host, 4); return x; }
    case TypeKind::Float: {
        float x;
        std::memcpy(&x, host, 4);
        double d = x;
        std::uint64_t bits;
        std::memcpy(&bits, &d, 8);
        return bits;
    }
    default: { std::uint64_t x; std::memcpy(&x, host, 8); return x; } // long, pointers, double, long double
    }
}
inline std::uint64_t decodeBits(const lang::Type* type, const std::uint8_t* host) {
    return decodeKind(computeKind(type), host);
}

// The scalar of `type` (not a pointer's provenance) in the little-endian bytes at `host`.
inline Value decodeScalar(const lang::Type* type, const std::uint8_t* host) {
    return Value::bits(decodeBits(type, host));
}

// Writes scalar `value` of `type` (at most 8 bytes) to `host`, little-endian.
inline void encodeScalar(const lang::Type* type, const Value& value, std::uint8_t* host) {
    if (type->kind == lang::TypeKind::Float) {
        float f = static_cast<float>(value.d);
        std::memcpy(host, &f, 4);
        return;
    }
    switch (type->size) {
    case 1: host[0] = static_cast<std::uint8_t>(value.u); break;
    case 2: { std::uint16_t x = static_cast<std::uint16_t>(value.u); std::memcpy(host, &x, 2); break; }
    case 4: { std::uint32_t x = static_cast<std::uint32_t>(value.u); std::memcpy(host, &x, 4); break; }
    default: std::memcpy(host, &value.u, 8); break; // long, pointers, double
    }
}

// store's plain case on host `bytes` and their `shadow` (a writable segment, the range inside its object): when
// the shadow bytes are alike and the program's to touch, writes the scalar and sets the initialized bit as the
// value says; false (nothing written) otherwise. A stored pointer's provenance is the caller's to note.
[[gnu::always_inline]] inline bool storeUniform(std::uint8_t* bytes, std::uint8_t* shadow, const lang::Type* type,
                                                const Value& value) {
    std::uint64_t size = type->size;
    int uniform = uniformShadow(shadow, size);
    if (uniform < 0 || !isAccessibleShadow(static_cast<std::uint8_t>(uniform))) return false;
    encodeScalar(type, value, bytes);
    auto byte = static_cast<std::uint8_t>(uniform);
    fillShadow(shadow, value.undef ? byte & ~memory::kInitializedBit : byte | memory::kInitializedBit, size);
    return true;
}

} // namespace memviz::engine
