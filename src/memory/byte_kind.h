// ByteKind: the shadow of one simulated byte: who owns it and whether it was ever written.
#pragma once

#include <cstdint>
#include <string_view>

namespace memviz::memory {

// What a byte of the simulated address space belongs to. Stored in the low bits of a shadow byte.
enum class ByteKind : std::uint8_t {
    Unmapped = 0,  // no segment here
    Text,          // program code (read-only)
    Rodata,        // string literals and constants (read-only)
    Global,        // a global or static variable in data or bss
    StackFrame,    // a local, parameter or spill slot of a live frame
    StackControl,  // a return-address or saved-frame-pointer slot
    StackUnused,   // mapped stack below the stack pointer (no live frame owns it)
    HeapMeta,      // heap bytes that belong to no block: alignment pad, epilogue, unusable tail
    HeapHeader,    // a block's header word (or a free block's boundary tag)
    HeapPayload,   // the requested bytes of an allocated block
    HeapPadding,   // bytes of an allocated block past the requested size (alignment, rounding)
    HeapFree,      // free heap space that was never handed out
    HeapFreed,     // free heap space that was handed out and freed since
};

constexpr std::uint8_t kKindMask = 0x1f;
constexpr std::uint8_t kInitializedBit = 0x80;

constexpr std::uint8_t shadowByte(ByteKind kind, bool initialized) {
    return static_cast<std::uint8_t>(static_cast<std::uint8_t>(kind) | (initialized ? kInitializedBit : 0));
}
constexpr ByteKind kindOf(std::uint8_t shadow) { return static_cast<ByteKind>(shadow & kKindMask); }
constexpr bool isInitialized(std::uint8_t shadow) { return (shadow & kInitializedBit) != 0; }

// A program may read and write these bytes (read-only ones are refused on write by the segment).
constexpr bool isUserAccessible(ByteKind kind) {
    return kind == ByteKind::Text || kind == ByteKind::Rodata || kind == ByteKind::Global ||
           kind == ByteKind::StackFrame || kind == ByteKind::HeapPayload;
}

std::string_view byteKindName(ByteKind kind);

} // namespace memviz::memory
