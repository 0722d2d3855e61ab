// Names of byte kinds and faults, and fault descriptions.
#include "memory/byte_kind.h"
#include "memory/fault.h"

namespace memviz::memory {

std::string_view byteKindName(ByteKind kind) {
    switch (kind) {
    case ByteKind::Unmapped: return "unmapped";
    case ByteKind::Text: return "text";
    case ByteKind::Rodata: return "rodata";
    case ByteKind::Global: return "global";
    case ByteKind::StackFrame: return "stack frame";
    case ByteKind::StackControl: return "stack control slot";
    case ByteKind::StackUnused: return "unused stack";
    case ByteKind::HeapMeta: return "heap bookkeeping";
    case ByteKind::HeapHeader: return "heap block header";
    case ByteKind::HeapPayload: return "heap payload";
    case ByteKind::HeapPadding: return "heap padding";
    case ByteKind::HeapFree: return "free heap space";
    case ByteKind::HeapFreed: return "freed heap memory";
    }
    return "unknown";
}

std::string_view faultKindName(FaultKind kind) {
    switch (kind) {
    case FaultKind::None: return "none";
    case FaultKind::Unmapped: return "unmapped";
    case FaultKind::ReadOnly: return "read-only";
    case FaultKind::HeapMetadata: return "heap-metadata";
    case FaultKind::HeapPadding: return "heap-padding";
    case FaultKind::HeapFree: return "heap-free";
    case FaultKind::HeapFreed: return "heap-freed";
    case FaultKind::StackUnused: return "stack-unused";
    case FaultKind::StackControl: return "stack-control";
    case FaultKind::Uninitialized: return "uninitialized";
    }
    return "unknown";
}

std::string describe(const Fault& fault, bool isWrite) {
    std::string text = std::to_string(fault.size) + "-byte " + (isWrite ? "write" : "read") + " at " +
                       core::hexAddress(fault.address);
    if (fault.kind == FaultKind::None) return text + ": ok";
    text += ": " + core::hexAddress(fault.badByte) + " is ";
    if (fault.kind == FaultKind::Uninitialized) return text + "uninitialized " + std::string(byteKindName(fault.found));
    if (fault.kind == FaultKind::ReadOnly) return text + "read-only " + std::string(byteKindName(fault.found));
    text += byteKindName(fault.found);
    if (fault.kind == FaultKind::HeapPadding) text += " (past the requested size)";
    return text;
}

} // namespace memviz::memory
