// Allocator: the interface every placement policy implements. Policies own the block format in simulated
// memory (headers, boundary tags, free structures) and the shadow of headers and free space; Heap owns
// requested sizes, block ids and the payload/padding shadow.
#pragma once

#include "alloc/op_report.h"
#include "core/address.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace memviz::memory {
class AddressSpace;
}

namespace memviz::alloc {

enum class Policy : std::uint8_t { FirstFit, NextFit, BestFit, WorstFit, Segregated, Buddy };

std::string_view policyName(Policy policy);  // "first-fit", "next-fit", ...
std::optional<Policy> parsePolicy(std::string_view name);
const std::vector<Policy>& allPolicies();

struct BlockInfo {
    core::Address address = 0;  // header address
    std::uint64_t size = 0;     // bytes, header included
    bool allocated = false;
    core::Address payload() const { return address + 8; }
};

struct FreeStats {
    std::uint64_t freeBytes = 0;
    std::uint64_t freeBlocks = 0;
    std::uint64_t largestFree = 0;
    std::uint64_t metaBytes = 0;  // heap bytes in no block
};

struct CheckResult {
    bool ok = true;
    std::vector<std::string> problems;
    void fail(std::string problem) {
        ok = false;
        problems.push_back(std::move(problem));
    }
};

using BlockVisitor = std::function<void(const BlockInfo&)>;

class Allocator {
public:
    virtual ~Allocator() = default;

    virtual Policy policy() const = 0;
    // A block able to hold `request` payload bytes; returns its payload address, or 0 past the heap limit.
    virtual core::Address allocate(std::uint64_t request, OpReport& report) = 0;
    // Frees the live block whose payload is `payload` (Heap has validated it); report.blockSize says its size.
    virtual void release(core::Address payload, OpReport& report) = 0;
    // Resizes the live block at `payload` to hold `request` bytes without moving it, if it can.
    virtual bool resizeInPlace(core::Address payload, std::uint64_t request, OpReport& report) = 0;
    // The size of the block whose payload is `payload`, header included.
    virtual std::uint64_t blockSize(core::Address payload) const = 0;

    // Every block in address order.
    virtual void walk(const BlockVisitor& visit) const = 0;
    // Invariants: headers consistent with the free structures, no overlap, blocks tile the heap,
    // no two free neighbours left uncoalesced (or buddies unmerged).
    virtual CheckResult check() const = 0;
    // The free space as the last operation left it. Allocators publish it at the end of each operation, so the
    // heap reads it after every malloc and free without a virtual call.
    const FreeStats& freeStats() const { return m_freeStats; }
    // Heap bytes that belong to no block (alignment pad, epilogue, an unusable tail).
    virtual std::uint64_t metaBytes() const = 0;
    // Shadow bytes are painted by default; trace replay turns that off (no program reads them).
    virtual void trackShadow(bool on) = 0;

protected:
    void publishFreeStats(const FreeStats& stats) { m_freeStats = stats; }

private:
    FreeStats m_freeStats;
};

std::unique_ptr<Allocator> makeAllocator(Policy policy, memory::AddressSpace& space);

} // namespace memviz::alloc
