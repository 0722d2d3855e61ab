// Fault: why a simulated memory access was refused, precisely enough to explain it to a student.
#pragma once

#include "core/address.h"
#include "memory/byte_kind.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace memviz::memory {

enum class FaultKind : std::uint8_t {
    None = 0,
    Unmapped,       // no segment at the address (null pointer, wild pointer)
    ReadOnly,       // a write to text or rodata
    HeapMetadata,   // a block header, boundary tag or heap bookkeeping bytes
    HeapPadding,    // past the requested size of a heap block
    HeapFree,       // heap space that was never allocated
    HeapFreed,      // a block that has been freed
    StackUnused,    // stack memory that no live frame owns (a returned frame, below the stack pointer)
    StackControl,   // a return address or saved frame pointer
    Uninitialized,  // a read of bytes never written
};

std::string_view faultKindName(FaultKind kind);

struct Fault {
    FaultKind kind = FaultKind::None;
    core::Address address = 0;  // start of the access
    std::uint64_t size = 0;     // bytes accessed
    core::Address badByte = 0;  // the first byte that was refused
    ByteKind found = ByteKind::Unmapped;

    explicit operator bool() const { return kind != FaultKind::None; }
};

// "4-byte read at 0x405010: 0x405018 is heap padding (past the requested size)"
std::string describe(const Fault& fault, bool isWrite);

} // namespace memviz::memory
