// StateCursor: checkpoint restore and record replay in both directions.
#include "trace/state_cursor.h"

#include <algorithm>
#include <cstring>

namespace memviz::trace {

using core::Address;

namespace {
// A checkpoint restore copies every page; count it as this many steps of replay when choosing a start.
constexpr std::uint64_t kRestoreCost = 2000;

std::uint64_t distance(std::uint64_t a, std::uint64_t b) { return a > b ? a - b : b - a; }
} // namespace

StateCursor::StateCursor(const HistoryStore& store)
    : m_store(store),
      m_heapOps(store.heapOps),
      m_space(store.image.layout(store.options.stackLimit, store.options.heapLimit)) {}

void StateCursor::restore(const Checkpoint& checkpoint) {
    checkpoint.restore(m_space);
    m_changedAll = true;
    m_frames = checkpoint.frames;
    m_liveBlocks.clear();
    m_liveBlocks.insert(checkpoint.liveBlocks.begin(), checkpoint.liveBlocks.end());
    m_step = checkpoint.step;
}

void StateCursor::seek(std::uint64_t step) {
    step = std::clamp<std::uint64_t>(step, 1, m_store.endStep);
    const auto& checkpoints = m_store.checkpoints;
    // The nearest checkpoints at or before and after the target.
    auto after = std::upper_bound(checkpoints.begin(), checkpoints.end(), step,
                                  [](std::uint64_t s, const Checkpoint& c) { return s < c.step; });
    const Checkpoint* below = after == checkpoints.begin() ? nullptr : &*(after - 1);
    const Checkpoint* above = after == checkpoints.end() ? nullptr : &*after;
    std::uint64_t best = m_step == 0 ? ~std::uint64_t{0} : distance(m_step, step);
    const Checkpoint* start = nullptr;
    if (below != nullptr && distance(below->step, step) + kRestoreCost < best) {
        start = below;
        best = distance(below->step, step) + kRestoreCost;
    }
    if (above != nullptr && distance(above->step, step) + kRestoreCost < best) start = above;
    if (start != nullptr) restore(*start);
    while (m_step < step) forward();
    while (m_step > step) backward();
}

void StateCursor::forward() {
    StepRecordReader reader(m_store.log.record(m_store.steps[m_step - 1].record()));
    RecordOp op;
    while (reader.next(op)) apply(op, true);
    ++m_step;
}

void StateCursor::backward() {
    StepRecordReader reader(m_store.log.record(m_store.steps[m_step - 2].record()));
    m_ops.clear();
    RecordOp op;
    while (reader.next(op)) m_ops.push_back(op);
    for (auto it = m_ops.rbegin(); it != m_ops.rend(); ++it) apply(*it, false);
    --m_step;
}

void StateCursor::apply(const RecordOp& op, bool forwards) {
    noteChange(op);
    switch (op.tag) {
    case OpTag::Memory: {
        const memory::Segment* found = m_space.segmentAt(op.address);
        if (found == nullptr) return;
        memory::Segment& segment = m_space.segmentStorage(found->kind);
        // The same XOR redoes (forwards, on the state before the step) and undoes (backwards, on the state after).
        if (op.bytesXor != nullptr) {
            std::uint8_t* at = segment.bytesAt(op.bytesAt);
            xorBytes(at, at, op.bytesXor, op.bytesSize);
        } else if (op.bytesXorRuns != nullptr) {
            xorRuns(op.bytesXorRuns, segment.bytesAt(op.bytesAt), op.bytesSize);
        }
        if (op.shadowXorRuns != nullptr) xorRuns(op.shadowXorRuns, segment.shadowAt(op.shadowAt), op.shadowSize);
        return;
    }
    case OpTag::Push:
        if (forwards) m_frames.push_back(op.id);
        else if (!m_frames.empty()) m_frames.pop_back();
        return;
    case OpTag::Pop:
        if (forwards) {
            if (!m_frames.empty()) m_frames.pop_back();
        } else {
            m_frames.push_back(op.id);
        }
        return;
    case OpTag::Heap: applyHeap(m_heapOps[op.id], forwards); return;
    case OpTag::Bounds: applyBounds(op, forwards); return;
    }
}

void StateCursor::applyHeap(const HeapOpRecord& op, bool forwards) {
    bool removesOld = op.oldBlockId != 0 && op.oldBlockId != op.blockId && !op.failed;
    bool addsNew = op.blockId != 0 && op.blockId != op.oldBlockId;
    if (forwards) {
        if (removesOld) m_liveBlocks.erase(op.oldPayload);
        if (addsNew) m_liveBlocks[op.payload] = op.blockId;
    } else {
        if (addsNew) m_liveBlocks.erase(op.payload);
        if (removesOld) m_liveBlocks[op.oldPayload] = op.oldBlockId;
    }
}

void StateCursor::applyBounds(const RecordOp& op, bool forwards) {
    if (!forwards) {
        m_space.restoreBounds(op.segment, op.oldBegin, op.oldEnd);
        return;
    }
    m_space.restoreBounds(op.segment, op.newBegin, op.newEnd);
    // Newly mapped bytes read as zero, with the shadow the address space gives new pages.
    memory::Segment& segment = m_space.segmentStorage(op.segment);
    std::uint8_t fill = memory::shadowByte(
        op.segment == memory::SegmentKind::Stack ? memory::ByteKind::StackUnused : memory::ByteKind::HeapFree, false);
    auto clear = [&](Address from, Address to) {
        if (from >= to) return;
        std::memset(segment.bytesAt(from), 0, to - from);
        std::memset(segment.shadowAt(from), fill, to - from);
    };
    clear(op.newBegin, std::min(op.oldBegin, op.newEnd));
    clear(std::max(op.oldEnd, op.newBegin), op.newEnd);
}

void StateCursor::noteChange(const RecordOp& op) {
    if (m_changedAll) return;
    if (op.tag == OpTag::Memory)
        m_changed.push_back({op.address, op.address + op.size});
    else if (op.tag == OpTag::Bounds)
        m_changed.push_back({std::min(op.oldBegin, op.newBegin), std::max(op.oldEnd, op.newEnd)});
    else if (op.tag == OpTag::Heap) { // the live blocks change at these payloads
        const HeapOpRecord& heapOp = m_heapOps[op.id];
        if (heapOp.payload != 0) m_changed.push_back({heapOp.payload, heapOp.payload + 1});
        if (heapOp.oldPayload != 0) m_changed.push_back({heapOp.oldPayload, heapOp.oldPayload + 1});
    }
    if (m_changed.size() > kMaxChanges) {
        m_changed.clear();
        m_changedAll = true;
    }
}

} // namespace memviz::trace
