// ChangeJournal: told about simulated memory before it changes, so an execution history can keep the old
// bytes and shadow (inverse deltas). The address space calls it for every mutation that does not go through
// the machine's own checked writes (those are reported as MemoryWrittenEvents): frame set-up and tear-down,
// the allocators' headers and shadow painting, and segment growth. Null by default: one branch per mutation.
#pragma once

#include "core/address.h"
#include "memory/segment.h"

#include <cstdint>

namespace memviz::memory {

class ChangeJournal {
public:
    virtual ~ChangeJournal() = default;
    // [address, address + size) (mapped) is about to be written: bytes, shadow or both.
    virtual void willChange(core::Address address, std::uint64_t size) = 0;
    // A segment's mapped range has grown from [oldBegin, oldEnd); the new bytes are zero and their shadow set.
    virtual void resized(SegmentKind kind, core::Address oldBegin, core::Address oldEnd) = 0;
};

} // namespace memviz::memory
