// OpReport: what one allocator operation did, as data for the narration, the animation and the cost meter.
#pragma once

#include "core/address.h"

#include <cstdint>

namespace memviz::alloc {

enum class OpKind : std::uint8_t { Malloc, Calloc, Realloc, Free };

struct OpReport {
    OpKind kind = OpKind::Malloc;
    bool failed = false;            // malloc returned NULL (heap limit reached)
    core::Address block = 0;        // the block chosen (malloc) or released (free), header address
    std::uint64_t blockSize = 0;    // its size in bytes, header included
    std::uint64_t examined = 0;     // free blocks a plain walk of this policy's free list(s) would examine
    std::uint32_t splits = 0;       // blocks divided to carve out the result
    std::uint32_t coalesces = 0;    // free neighbours merged
    std::uint32_t headerWrites = 0; // header and boundary-tag words written to simulated memory
    std::uint64_t grownBy = 0;      // bytes obtained from sbrk
    core::Address remainder = 0;    // free block split off (0 when none)
    std::uint64_t remainderSize = 0;
    core::Address merged = 0;       // the free block that resulted from a free with coalescing
    std::uint64_t mergedSize = 0;
    bool inPlace = false;           // realloc resized the block where it was
    bool moved = false;             // realloc moved the payload to a new block
    core::Address oldPayload = 0;   // realloc: the payload before the move

    // Every field back to its default, as *this = OpReport{} would; field by field, since the compiler turns the
    // whole-struct assignment into a `rep stos`, slow to start for 104 bytes, and every heap call resets.
    void reset(OpKind newKind) {
        kind = newKind;
        failed = false;
        block = 0;
        blockSize = 0;
        examined = 0;
        splits = 0;
        coalesces = 0;
        headerWrites = 0;
        grownBy = 0;
        remainder = 0;
        remainderSize = 0;
        merged = 0;
        mergedSize = 0;
        inPlace = false;
        moved = false;
        oldPayload = 0;
    }
};

// A new field must be reset above as well.
static_assert(sizeof(OpReport) == 104, "OpReport changed: update OpReport::reset");

} // namespace memviz::alloc
