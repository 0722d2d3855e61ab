// HeapMetrics: the heap's figures after every operation (DESIGN.md §3), kept incrementally.
#pragma once

#include <cstdint>

namespace memviz::alloc {

struct HeapMetrics {
    std::uint64_t extent = 0;          // bytes obtained from sbrk
    std::uint64_t liveRequested = 0;   // bytes the program asked for and still holds
    std::uint64_t liveBlocks = 0;
    std::uint64_t allocatedBytes = 0;  // bytes of allocated blocks, headers included
    std::uint64_t overhead = 0;        // allocatedBytes - liveRequested: headers, alignment, rounding
    std::uint64_t freeBytes = 0;
    std::uint64_t freeBlocks = 0;
    std::uint64_t largestFree = 0;
    std::uint64_t metaBytes = 0;       // heap bytes in no block
    std::uint64_t peakExtent = 0;
    std::uint64_t peakLive = 0;        // peak of liveRequested
    std::uint64_t allocations = 0;     // successful malloc/calloc (and realloc(NULL, n))
    std::uint64_t frees = 0;           // successful free (and realloc(p, 0))
    std::uint64_t reallocs = 0;        // realloc of a live block to a new size
    std::uint64_t failures = 0;        // requests answered with NULL

    // 1 - largest free / total free, 0 when nothing is free.
    double externalFragmentation() const {
        return freeBytes == 0 ? 0.0 : 1.0 - static_cast<double>(largestFree) / static_cast<double>(freeBytes);
    }
    // overhead / allocated block bytes, 0 when nothing is allocated.
    double internalFragmentation() const {
        return allocatedBytes == 0 ? 0.0 : static_cast<double>(overhead) / static_cast<double>(allocatedBytes);
    }
    // live requested / extent, 0 for an empty heap.
    double utilization() const {
        return extent == 0 ? 0.0 : static_cast<double>(liveRequested) / static_cast<double>(extent);
    }
    // Johnstone & Wilson: peak extent / peak live requested - 1 (0 when nothing was ever live).
    double peakFragmentation() const {
        return peakLive == 0 ? 0.0 : static_cast<double>(peakExtent) / static_cast<double>(peakLive) - 1.0;
    }
};

} // namespace memviz::alloc
