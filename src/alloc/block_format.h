// The block format every policy writes into simulated memory (DESIGN.md §3):
// an 8-byte header word "size | prev-allocated bit | allocated bit" before a 16-byte aligned payload,
// blocks a multiple of 16 bytes and at least 32, and on free blocks a boundary tag (the same word)
// in the block's last 8 bytes so the next block can find and merge it at once.
#pragma once

#include "core/address.h"

#include <cstdint>
#include <limits>

namespace memviz::alloc {

constexpr std::uint64_t kHeaderSize = 8;
constexpr std::uint64_t kAlignment = 16;
constexpr std::uint64_t kMinBlockSize = 32;
constexpr std::uint64_t kAllocatedBit = 1;
constexpr std::uint64_t kPrevAllocatedBit = 2;
constexpr std::uint64_t kSizeMask = ~std::uint64_t{15};
// Requests past this are refused outright (no simulated heap is that large).
constexpr std::uint64_t kMaxRequest = std::uint64_t{1} << 46;

// The block size that holds `request` payload bytes, or 0 when the request is too large.
constexpr std::uint64_t blockSizeFor(std::uint64_t request) {
    if (request > kMaxRequest) return 0;
    std::uint64_t size = core::alignUp(request + kHeaderSize, kAlignment);
    return size < kMinBlockSize ? kMinBlockSize : size;
}

constexpr std::uint64_t headerWord(std::uint64_t size, bool allocated, bool prevAllocated) {
    return size | (allocated ? kAllocatedBit : 0) | (prevAllocated ? kPrevAllocatedBit : 0);
}

constexpr core::Address payloadOf(core::Address block) { return block + kHeaderSize; }
constexpr core::Address blockOf(core::Address payload) { return payload - kHeaderSize; }

} // namespace memviz::alloc
