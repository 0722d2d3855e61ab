// HistoryRecorder: turns a run's events and journaled changes into step records, tables and checkpoints.
#include "trace/history_recorder.h"

#include "trace/timeline.h"

#include <algorithm>
#include <cstring>

namespace memviz::trace {

using core::Address;

namespace {
constexpr std::uint64_t kPage = memory::AddressSpace::kPageSize;
}

void HistoryRecorder::attach(engine::Machine& machine) {
    m_machine = &machine;
    m_spacePtr = &machine.space();
    machine.setChangeJournal(this);
    for (std::size_t k = 0; k < 6; ++k) m_dirty[k].assign(space().segments()[k].capacity / kPage + 1, 0);
    m_store.frames.resize(1);
    m_store.declarations.resize(1);
    m_store.blocks.resize(1);
}

void HistoryRecorder::mark(std::uint8_t bits) {
    if (recording()) m_store.steps[m_step - 1].addMarks(bits);
}

void HistoryRecorder::markDirty(const memory::Segment* segment, Address address, std::uint64_t size) {
    if (segment == nullptr || size == 0) return;
    auto k = static_cast<std::size_t>(segment->kind);
    std::uint64_t first = (address - segment->origin) / kPage;
    std::uint64_t last = (address + size - 1 - segment->origin) / kPage;
    if (first == last && m_lastDirtySegment == k && m_lastDirtyPage == first) return;
    m_lastDirtySegment = k;
    m_lastDirtyPage = first;
    for (std::uint64_t page = first; page <= last && page < m_dirty[k].size(); ++page) {
        if (m_dirty[k][page] != 0) continue;
        m_dirty[k][page] = 1;
        m_dirtyList.emplace_back(k, page);
    }
}

void HistoryRecorder::takeCheckpoint(std::uint64_t step) {
    const Checkpoint* previous = m_store.checkpoints.empty() ? nullptr : &m_store.checkpoints.back();
    Checkpoint checkpoint = Checkpoint::take(space(), previous, [this](memory::SegmentKind kind, std::uint64_t page) {
        return m_dirty[static_cast<std::size_t>(kind)][page] != 0;
    });
    checkpoint.step = step;
    checkpoint.frames = m_frames;
    checkpoint.liveBlocks.reserve(m_liveBlocks.size());
    m_liveBlocks.forEach([&](Address payload, std::uint64_t id) { checkpoint.liveBlocks.emplace_back(payload, id); });
    m_store.checkpoints.push_back(std::move(checkpoint));
    for (auto [k, page] : m_dirtyList) m_dirty[k][page] = 0;
    m_dirtyList.clear();
    m_lastDirtySegment = 6;
    m_logAtCheckpoint = m_store.log.bytes();
    m_stepAtCheckpoint = step;
}

// A record holds the step's net change: segment growth first, then frame and heap ops in their order, then
// one memory op per disjoint changed range with the bytes before the step (the first capture of each byte)
// and after it. Applying it forwards, or undoing it in reverse, is then exact however often the step wrote
// the same bytes.
void HistoryRecorder::closeRecord() {
    m_writer.clear();
    for (const Pending& op : m_pending) {
        if (op.tag != OpTag::Bounds) continue;
        m_writer.bounds(op.segment, op.oldBegin, op.oldEnd, op.newBegin, op.newEnd);
        const memory::Segment& segment = space().segments()[static_cast<std::size_t>(op.segment)];
        auto k = static_cast<std::size_t>(op.segment);
        Address from = std::min(op.oldBegin, op.newBegin), to = std::max(op.oldEnd, op.newEnd);
        for (std::uint64_t page = (from - segment.origin) / kPage; from < to && page <= (to - 1 - segment.origin) / kPage;
             ++page)
            if (page < m_dirty[k].size() && m_dirty[k][page] == 0) {
                m_dirty[k][page] = 1;
                m_dirtyList.emplace_back(k, page);
            }
    }
    for (const Pending& op : m_pending) {
        if (op.tag == OpTag::Push) m_writer.push(op.id);
        else if (op.tag == OpTag::Pop) m_writer.pop(op.id);
        else if (op.tag == OpTag::Heap) m_writer.heap(op.id);
    }
    writeMemoryOps();
    m_store.steps[m_step - 1].setRecord(m_store.log.append(m_writer.bytes()));
    m_pending.clear();
    m_scratchSize = 0;
    m_captures.clear();
}

void HistoryRecorder::writeCapture(const Capture& capture) {
    const memory::Segment* segment = space().segmentAt(capture.address);
    if (segment == nullptr || !segment->contains(capture.address, capture.size)) return;
    const std::uint8_t* before = m_scratch.data() + capture.data;
    m_writer.memory(capture.address, capture.size, before, before + capture.size, segment->bytesAt(capture.address),
                    segment->shadowAt(capture.address));
    markDirty(segment, capture.address, capture.size);
}

void HistoryRecorder::writeMemoryOps() {
    if (m_captures.empty()) return;
    // The common cases, one range or a few that do not overlap: each capture is its range's "before".
    bool overlap = m_captures.size() > 8;
    for (std::size_t i = 0; i < m_captures.size() && !overlap; ++i)
        for (std::size_t j = i + 1; j < m_captures.size() && !overlap; ++j)
            overlap = m_captures[i].address < m_captures[j].address + m_captures[j].size &&
                      m_captures[j].address < m_captures[i].address + m_captures[i].size;
    if (!overlap) {
        for (const Capture& capture : m_captures) writeCapture(capture);
        return;
    }
    // The changed ranges, merged into disjoint intervals within one segment each.
    m_ranges.clear();
    for (const Capture& capture : m_captures) m_ranges.push_back({capture.address, capture.address + capture.size});
    std::sort(m_ranges.begin(), m_ranges.end());
    std::size_t merged = 0;
    for (std::size_t i = 1; i < m_ranges.size(); ++i) {
        auto& last = m_ranges[merged];
        if (m_ranges[i].first <= last.second && space().segmentAt(m_ranges[i].first) == space().segmentAt(last.first))
            last.second = std::max(last.second, m_ranges[i].second);
        else
            m_ranges[++merged] = m_ranges[i];
    }
    m_ranges.resize(merged + 1);
    // Each interval's bytes before the step: the captures laid down latest-first, so the earliest wins.
    std::uint64_t total = 0;
    for (const auto& range : m_ranges) total += range.second - range.first;
    m_before.resize(2 * total);
    std::vector<std::uint64_t>& offsets = m_rangeOffsets;
    offsets.clear();
    std::uint64_t at = 0;
    for (const auto& range : m_ranges) {
        offsets.push_back(at);
        at += 2 * (range.second - range.first);
    }
    for (auto it = m_captures.rbegin(); it != m_captures.rend(); ++it) {
        auto range = std::upper_bound(m_ranges.begin(), m_ranges.end(), std::make_pair(it->address, ~Address{0})) - 1;
        std::uint64_t length = range->second - range->first;
        std::uint8_t* base = m_before.data() + offsets[static_cast<std::size_t>(range - m_ranges.begin())];
        std::uint64_t into = it->address - range->first;
        std::memcpy(base + into, m_scratch.data() + it->data, it->size);
        std::memcpy(base + length + into, m_scratch.data() + it->data + it->size, it->size);
    }
    for (std::size_t i = 0; i < m_ranges.size(); ++i) {
        Address address = m_ranges[i].first;
        std::uint64_t length = m_ranges[i].second - address;
        const memory::Segment* segment = space().segmentAt(address);
        if (segment == nullptr || !segment->contains(address, length)) continue;
        const std::uint8_t* before = m_before.data() + offsets[i];
        m_writer.memory(address, length, before, before + length, segment->bytesAt(address), segment->shadowAt(address));
        markDirty(segment, address, length);
    }
}

void HistoryRecorder::onStep(const engine::StepEvent& event) {
    if (m_observer != nullptr) m_observer->onStep(event);
    if (m_step == 0) {
        m_pending.clear();
        m_scratchSize = 0;
        m_captures.clear();
        takeCheckpoint(1);
    } else {
        closeRecord();
        // A checkpoint when the log since the last one outweighs what a checkpoint would copy (so checkpoints
        // never hold more than the log), or after many quiet steps.
        std::uint64_t logged = m_store.log.bytes() - m_logAtCheckpoint;
        if ((logged >= kCheckpointBytes && logged >= m_dirtyList.size() * PageCopy::kRawBytes) ||
            event.step - m_stepAtCheckpoint >= kCheckpointSteps)
            takeCheckpoint(event.step);
    }
    m_step = event.step;
    if (m_lineAtDepth.size() <= m_frames.size()) m_lineAtDepth.resize(m_frames.size() + 1);
    m_lineAtDepth[m_frames.size()] = event.line;
    m_store.steps.emplace_back(HistoryLog::kNone, event.line, static_cast<std::uint32_t>(m_frames.size()));
}

void HistoryRecorder::finish(const engine::RunResult& result) {
    if (m_step == 0) takeCheckpoint(1); // no step ran: the state as loaded is the only one
    else closeRecord();
    m_store.result = result;
    m_store.endStep = m_step + 1;
    m_store.metrics.setEnd(m_store.endStep);
    if (m_store.checkpoints.back().step != m_store.endStep) takeCheckpoint(m_store.endStep);
    m_store.declarations.shrink_to_fit();
    m_machine->setChangeJournal(nullptr);
}

void HistoryRecorder::onFramePushed(const engine::FramePushedEvent& event) {
    if (m_observer != nullptr) m_observer->onFramePushed(event);
    if (m_store.frames.size() == event.frameId) m_store.frames.emplace_back();
    else if (m_store.frames.size() < event.frameId) m_store.frames.resize(event.frameId + 1);
    FrameRecord& frame = m_store.frames[event.frameId];
    frame.function = event.function;
    frame.frameBase = event.frameBase;
    frame.frameBytes = static_cast<std::uint32_t>(event.frameBytes);
    frame.callLine = event.callLine;
    frame.pushStep = m_step;
    frame.callerLine = m_frames.size() < m_lineAtDepth.size() ? m_lineAtDepth[m_frames.size()] : 0;
    m_frames.push_back(event.frameId);
    m_stackBytes += event.frameBytes;
    m_maxStackBytes = std::max(m_maxStackBytes, m_stackBytes);
    m_maxDepth = std::max(m_maxDepth, static_cast<std::uint32_t>(m_frames.size()));
    frame.maxDepthSoFar = m_maxDepth;
    frame.maxBytesSoFar = static_cast<std::uint32_t>(m_maxStackBytes);
    m_pushedBytes += event.frameBytes;
    frame.bytesSoFar = m_pushedBytes;
    if (recording()) {
        m_pending.push_back({OpTag::Push, event.frameId});
        mark(static_cast<std::uint8_t>(StepMark::Call));
    }
}

void HistoryRecorder::onFramePopped(const engine::FramePoppedEvent& event) {
    if (m_observer != nullptr) m_observer->onFramePopped(event);
    if (event.frameId >= m_store.frames.size()) return;
    FrameRecord& frame = m_store.frames[event.frameId];
    frame.returnBits = event.returnValue.u;
    frame.hasValue = event.hasValue;
    if (!m_frames.empty() && m_frames.back() == event.frameId) m_frames.pop_back();
    m_stackBytes -= frame.frameBytes;
    if (recording()) {
        m_pending.push_back({OpTag::Pop, event.frameId});
        mark(static_cast<std::uint8_t>(StepMark::Return));
    }
}

void HistoryRecorder::onVariableDeclared(const engine::VariableDeclaredEvent& event) {
    if (m_observer != nullptr) m_observer->onVariableDeclared(event);
    if (event.frameId == 0 || event.frameId >= m_store.frames.size()) return;
    // A loop body declares its variables again every time round: the frame each variable was last declared in
    // answers that without walking the frame's declarations (frame ids are never reused).
    std::uint32_t variableId = event.variable != nullptr ? event.variable->id : ~std::uint32_t{0};
    bool indexed = variableId < kMaxIndexedVariables;
    if (indexed && variableId < m_declaredIn.size() && m_declaredIn[variableId] == event.frameId) return;
    if (indexed && variableId >= m_declaredIn.size()) m_declaredIn.resize(variableId + 1, 0);
    FrameRecord& frame = m_store.frames[event.frameId];
    for (std::uint32_t at = frame.firstDeclaration; at != 0; at = m_store.declarations[at].next)
        if (m_store.declarations[at].variable == event.variable) {
            if (indexed) m_declaredIn[variableId] = event.frameId;
            return;
        }
    if (indexed) m_declaredIn[variableId] = event.frameId;
    auto index = static_cast<std::uint32_t>(m_store.declarations.size());
    m_store.declarations.push_back({m_step, event.variable, 0});
    if (frame.lastDeclaration != 0) m_store.declarations[frame.lastDeclaration].next = index;
    else frame.firstDeclaration = index;
    frame.lastDeclaration = index;
}

void HistoryRecorder::onMemoryWritten(const engine::MemoryWrittenEvent& event) {
    if (m_observer != nullptr) m_observer->onMemoryWritten(event);
    if (!recording() || event.size == 0 || covered(event.address, event.size)) return;
    capture(event.address, event.size, event.oldBytes, event.oldShadow);
}

void HistoryRecorder::willChange(Address address, std::uint64_t size) {
    if (!recording() || size == 0 || covered(address, size)) return;
    const memory::Segment* segment = space().segmentAt(address);
    if (segment == nullptr || !segment->contains(address, size)) return;
    capture(address, size, segment->bytesAt(address), segment->shadowAt(address));
}

// A range inside one captured earlier in the step needs no capture: the earlier one already holds its bytes as
// they were before the step (a frame's set-up captures the whole frame once; its control words and parameters
// land inside it).
bool HistoryRecorder::covered(Address address, std::uint64_t size) const {
    std::size_t checked = 0;
    for (auto it = m_captures.rbegin(); it != m_captures.rend() && checked < 8; ++it, ++checked)
        if (address - it->address < it->size && size <= it->size - (address - it->address)) return true;
    return false;
}

// Keeps the bytes and shadow of a range before the step changes it.
void HistoryRecorder::capture(Address address, std::uint64_t size, const std::uint8_t* bytes, const std::uint8_t* shadow) {
    std::size_t data = m_scratchSize;
    if (m_scratch.size() < data + 2 * size) m_scratch.resize(std::max<std::size_t>(data + 2 * size, 2 * m_scratch.size()));
    std::memcpy(m_scratch.data() + data, bytes, size);
    std::memcpy(m_scratch.data() + data + size, shadow, size);
    m_scratchSize = data + 2 * size;
    m_captures.push_back({address, size, data});
}

void HistoryRecorder::resized(memory::SegmentKind kind, Address oldBegin, Address oldEnd) {
    if (!recording()) return;
    const memory::Segment& segment = space().segments()[static_cast<std::size_t>(kind)];
    Pending op;
    op.tag = OpTag::Bounds;
    op.segment = kind;
    op.oldBegin = oldBegin;
    op.oldEnd = oldEnd;
    op.newBegin = segment.begin;
    op.newEnd = segment.end;
    m_pending.push_back(op);
}

void HistoryRecorder::onHeap(const engine::HeapEvent& event) {
    if (m_observer != nullptr) m_observer->onHeap(event);
    const HeapOpRecord op = HeapOpRecord::of(event, m_step);
    m_store.heapOps.append(op);

    bool removesOld = event.oldBlockId != 0 && event.oldBlockId != event.blockId && !op.failed;
    bool addsNew = event.blockId != 0 && event.blockId != event.oldBlockId;
    if (removesOld) {
        m_liveBlocks.erase(event.oldPayload);
        if (event.oldBlockId < m_store.blocks.size()) {
            m_store.blocks[event.oldBlockId].freeLine = event.line;
            m_store.blocks[event.oldBlockId].freeStep = m_step;
        }
    }
    if (addsNew) {
        m_liveBlocks.set(event.payload, event.blockId);
        if (m_store.blocks.size() <= event.blockId) m_store.blocks.resize(event.blockId + 1);
        m_store.blocks[event.blockId] = {event.payload, event.requested, event.line, 0, m_step, 0};
    } else if (event.blockId != 0 && event.blockId < m_store.blocks.size()) {
        m_store.blocks[event.blockId].requested = event.requested; // resized in place
    }
    m_store.metrics.append(m_step, m_machine->heap().metrics());
    if (recording()) {
        m_pending.push_back({OpTag::Heap, m_store.heapOps.size() - 1});
        mark(static_cast<std::uint8_t>(StepMark::HeapOp));
    }
}

void HistoryRecorder::onOutput(const engine::OutputEvent& event) {
    if (m_observer != nullptr) m_observer->onOutput(event);
    (event.stream == engine::OutputStream::Stdout ? m_outLength : m_errLength) += event.text.size();
    if (!m_store.outputMarks.empty() && m_store.outputMarks.back().step == m_step) {
        m_store.outputMarks.back().outLength = m_outLength;
        m_store.outputMarks.back().errLength = m_errLength;
    } else {
        m_store.outputMarks.push_back({m_step, m_outLength, m_errLength});
    }
    mark(static_cast<std::uint8_t>(StepMark::Output));
}

void HistoryRecorder::onError(const engine::RuntimeError& error) {
    if (m_observer != nullptr) m_observer->onError(error);
    mark(static_cast<std::uint8_t>(StepMark::Error));
}

} // namespace memviz::trace
