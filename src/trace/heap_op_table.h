// HeapOpTable: every heap operation of a recorded run, by index, packed: the fields the narration, the state
// cursor and the cost meter read, each op coded as a small difference from the one before (varints) in groups
// of kGroup ops. A group starts from a key (the op's step, the largest block id and the last address seen, and
// the heap's cost so far), so reading an op decodes at most one group, and the cost so far at any step sums
// at most one group's ops. About 16 bytes an op, where the plain record and running totals took 200.
#pragma once

#include "alloc/op_report.h"
#include "core/address.h"
#include "engine/event_sink.h"
#include "trace/byte_arena.h"

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace memviz::trace {

// One heap operation as decoded (what the allocator's report says that anyone reads back).
struct HeapOpRecord {
    std::uint64_t step = 0;
    engine::HeapEventKind kind = engine::HeapEventKind::Allocated;
    alloc::OpKind reportKind = alloc::OpKind::Malloc;
    bool failed = false;  // returned NULL
    bool inPlace = false; // realloc resized the block where it was
    std::uint64_t blockId = 0, oldBlockId = 0;
    core::Address payload = 0, oldPayload = 0;
    std::uint64_t requested = 0;
    std::uint64_t blockSize = 0;     // the block chosen or released, header included
    std::uint64_t examined = 0;      // free blocks examined
    std::uint64_t grownBy = 0;       // bytes obtained from sbrk
    std::uint64_t remainderSize = 0; // the free block split off (0: none)
    std::uint64_t mergedSize = 0;    // the free block a coalescing free produced
    std::uint32_t splits = 0, coalesces = 0, headerWrites = 0;

    // The record of a heap event of step `step`.
    static HeapOpRecord of(const engine::HeapEvent& event, std::uint64_t step);
    bool operator==(const HeapOpRecord&) const = default;
};

// The heap's cost over a run of operations.
struct HeapCost {
    std::uint64_t operations = 0, examined = 0, splits = 0, coalesces = 0, headerWrites = 0, growth = 0;
    void add(const HeapOpRecord& op);
};

class HeapOpTable {
public:
    static constexpr std::size_t kGroup = 32;
    static constexpr std::size_t kMaxRecord = 2 + 12 * 10 + 3 * 5; // an op's bytes, every field at its longest

    // Appends op number size(); ops come in step order.
    void append(const HeapOpRecord& op);
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    HeapOpRecord at(std::uint64_t index) const;
    // The cost of the operations of steps before `step` (as the cost meter shows it when step `step` is next).
    HeapCost costBefore(std::uint64_t step) const;
    std::size_t bytesHeld() const;

    // Decodes group `group` (ops group * kGroup ...) into `out`; returns how many ops it holds.
    std::size_t decodeGroup(std::size_t group, std::array<HeapOpRecord, kGroup>& out) const;

private:
    // Where a group starts and the coding state at its first op.
    struct Key {
        const std::uint8_t* data = nullptr; // null for the open group (its bytes are in m_open)
        std::uint64_t step = 0;             // the group's first op's step
        std::uint64_t maxBlockId = 0;       // the largest block id before the group
        core::Address lastAddress = 0;      // the last payload coded before the group
        HeapCost cost;                      // of every op before the group (operations unused)
    };
    // Decoding state carried from op to op.
    struct Coder {
        std::uint64_t step = 0, maxBlockId = 0;
        core::Address lastAddress = 0;
    };
    static std::uint8_t* encode(const HeapOpRecord& op, Coder& coder, std::uint8_t* out);
    static const std::uint8_t* decode(const std::uint8_t* in, Coder& coder, HeapOpRecord& op);
    const std::uint8_t* groupBytes(std::size_t group) const;
    void closeGroup();

    std::vector<Key> m_keys;
    ByteArena m_arena;                // closed groups
    std::unique_ptr<std::uint8_t[]> m_open; // the last group's bytes so far (room for kGroup ops at their longest)
    std::size_t m_openSize = 0;
    Coder m_coder;                    // after the last op appended
    HeapCost m_cost;                  // of every op appended
    std::size_t m_size = 0;
};

// Reads ops of a table with the last group decoded kept, so that reading them in order (either way) decodes
// each group once.
class HeapOpReader {
public:
    explicit HeapOpReader(const HeapOpTable& table) : m_table(table) {}
    const HeapOpRecord& operator[](std::uint64_t index);

private:
    const HeapOpTable& m_table;
    std::array<HeapOpRecord, HeapOpTable::kGroup> m_ops;
    std::size_t m_group = ~std::size_t{0};
    std::size_t m_count = 0; // ops decoded from m_group
};

} // namespace memviz::trace
