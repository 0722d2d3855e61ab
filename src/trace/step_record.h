// Step records: what one step changed, as a sequence of ops in the history log. A memory op names a range and
// keeps, for the part of it whose bytes changed, the XOR of the old and the new bytes (raw, or run-length
// coded when that is shorter), and for the part whose shadow changed the XOR of the old and the new shadow
// (run-length coded). A record is only ever applied to the state before its step (forwards) or after it
// (backwards), so XORing the same bytes in both redoes and undoes the change; the other ops name a frame push
// or pop, a heap operation (by its index in the heap-op table) or a segment's growth.
#pragma once

#include "core/address.h"
#include "memory/segment.h"
#include "trace/run_coding.h"

#include <cstdint>
#include <span>
#include <vector>

namespace memviz::trace {

enum class OpTag : std::uint8_t { Memory = 1, Push = 2, Pop = 3, Heap = 4, Bounds = 5 };

struct RecordOp {
    OpTag tag = OpTag::Memory;
    // Memory: the range [address, address + size); its bytes changed in [bytesAt, bytesAt + bytesSize) and its
    // shadow in [shadowAt, shadowAt + shadowSize) (addresses)
    core::Address address = 0;
    std::uint64_t size = 0;
    core::Address bytesAt = 0, shadowAt = 0;
    std::uint64_t bytesSize = 0, shadowSize = 0;
    // old ^ new over the changed span: bytesSize raw bytes, or runs (see run_coding.h) when that was shorter;
    // both null when the bytes did not change
    const std::uint8_t* bytesXor = nullptr;
    const std::uint8_t* bytesXorRuns = nullptr;
    const std::uint8_t* shadowXorRuns = nullptr; // old ^ new shadow as runs; null when the shadow did not change
    // Push / Pop: frame id; Heap: heap-op index
    std::uint64_t id = 0;
    // Bounds
    memory::SegmentKind segment = memory::SegmentKind::Heap;
    core::Address oldBegin = 0, oldEnd = 0, newBegin = 0, newEnd = 0;
};

class StepRecordWriter {
public:
    void clear();
    bool empty() const { return m_size == 0; }
    std::span<const std::uint8_t> bytes() const { return {m_out.data(), m_size}; }
    // Writes a memory op unless nothing changed.
    void memory(core::Address address, std::uint64_t size, const std::uint8_t* oldBytes, const std::uint8_t* oldShadow,
                const std::uint8_t* newBytes, const std::uint8_t* newShadow);
    void push(std::uint64_t frameId) { idOp(OpTag::Push, frameId); }
    void pop(std::uint64_t frameId) { idOp(OpTag::Pop, frameId); }
    void heap(std::uint64_t heapOp) { idOp(OpTag::Heap, heapOp); }
    void bounds(memory::SegmentKind segment, core::Address oldBegin, core::Address oldEnd, core::Address newBegin,
                core::Address newEnd);

private:
    std::uint8_t* reserve(std::uint64_t bytes); // room for `bytes` more; returns where the record ends
    void memoryWord(core::Address address, std::uint64_t size, std::uint64_t bytesXor, std::uint64_t shadowXor);
    void idOp(OpTag tag, std::uint64_t id);
    std::vector<std::uint8_t> m_out; // storage (only grows); the record is its first m_size bytes
    std::size_t m_size = 0;
    core::Address m_lastAddress = 0;
};

// Decodes the ops of one record in order.
class StepRecordReader {
public:
    explicit StepRecordReader(std::span<const std::uint8_t> record);
    bool next(RecordOp& op);

private:
    const std::uint8_t* m_at;
    const std::uint8_t* m_end;
    core::Address m_lastAddress = 0;
};

} // namespace memviz::trace
