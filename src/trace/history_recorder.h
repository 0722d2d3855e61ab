// HistoryRecorder: listens to a running Machine (EventSink) and to its address space (ChangeJournal) and
// fills a HistoryStore: one record per step with the old and new contents of every range the step changed,
// frame and heap tables, output and error indexes, metrics, and a checkpoint whenever enough has changed
// since the last one (so that rebuilding any state replays a bounded amount of log).
#pragma once

#include "engine/event_sink.h"
#include "engine/machine.h"
#include "memory/change_journal.h"
#include "trace/address_map.h"
#include "trace/history_store.h"
#include "trace/step_record.h"

#include <array>
#include <cstdint>
#include <vector>

namespace memviz::trace {

class HistoryRecorder final : public engine::EventSink, public memory::ChangeJournal {
public:
    // Log bytes (or steps) after which a checkpoint is taken.
    static constexpr std::uint64_t kCheckpointBytes = 2u << 20;
    static constexpr std::uint64_t kCheckpointSteps = 1u << 18;
    // Variables (by id) whose frame of declaration is remembered; others are looked up in the frame's list.
    static constexpr std::uint32_t kMaxIndexedVariables = 1u << 20;

    // `observer` (may be null) is told every event after the recorder.
    explicit HistoryRecorder(HistoryStore& store, engine::EventSink* observer = nullptr)
        : m_store(store), m_observer(observer) {}
    // Starts listening to `machine`'s address space (call before Machine::run; the machine reports its events
    // to this recorder as its EventSink).
    void attach(engine::Machine& machine);
    // After Machine::run(): closes the last step's record and takes the end checkpoint.
    void finish(const engine::RunResult& result);

    void onStep(const engine::StepEvent& event) override;
    void onFramePushed(const engine::FramePushedEvent& event) override;
    void onFramePopped(const engine::FramePoppedEvent& event) override;
    void onVariableDeclared(const engine::VariableDeclaredEvent& event) override;
    void onMemoryWritten(const engine::MemoryWrittenEvent& event) override;
    void onHeap(const engine::HeapEvent& event) override;
    void onOutput(const engine::OutputEvent& event) override;
    void onError(const engine::RuntimeError& error) override;

    void willChange(core::Address address, std::uint64_t size) override;
    void resized(memory::SegmentKind kind, core::Address oldBegin, core::Address oldEnd) override;

private:
    // A frame, heap or bounds op of the step, in order (memory changes are captures).
    struct Pending {
        OpTag tag = OpTag::Push;
        std::uint64_t id = 0;
        memory::SegmentKind segment = memory::SegmentKind::Heap;
        core::Address oldBegin = 0, oldEnd = 0, newBegin = 0, newEnd = 0;
    };

    // A range's bytes and shadow as they were before the step changed it (at m_scratch[data], shadow right after).
    struct Capture {
        core::Address address = 0;
        std::uint64_t size = 0;
        std::size_t data = 0;
    };

    bool recording() const { return m_step > 0; }
    bool covered(core::Address address, std::uint64_t size) const;
    void capture(core::Address address, std::uint64_t size, const std::uint8_t* bytes, const std::uint8_t* shadow);
    void closeRecord();
    void writeMemoryOps();
    void writeCapture(const Capture& capture);
    void takeCheckpoint(std::uint64_t step);
    void markDirty(const memory::Segment* segment, core::Address address, std::uint64_t size);
    void mark(std::uint8_t bits);

    HistoryStore& m_store;
    engine::EventSink* m_observer = nullptr;
    engine::Machine* m_machine = nullptr;
    const memory::AddressSpace* m_spacePtr = nullptr;
    const memory::AddressSpace& space() const { return *m_spacePtr; }
    std::uint64_t m_step = 0; // the step whose events arrive (0: before the first)
    std::vector<Pending> m_pending;
    std::vector<std::uint8_t> m_scratch; // storage (only grows): the step's captures are its first m_scratchSize bytes
    std::size_t m_scratchSize = 0;
    std::vector<Capture> m_captures; // the step's, in order
    std::vector<std::pair<core::Address, core::Address>> m_ranges; // a record's changed ranges [begin, end)
    std::vector<std::uint64_t> m_rangeOffsets;
    std::vector<std::uint8_t> m_before; // per range: its bytes, then its shadow, before the step
    StepRecordWriter m_writer;
    std::vector<std::uint64_t> m_frames;
    std::vector<std::uint32_t> m_lineAtDepth; // the line of the last step at each depth
    AddressMap m_liveBlocks; // payload -> block id
    std::vector<std::uint64_t> m_declaredIn; // by variable id: the frame it was last declared in (0: none)
    std::uint64_t m_stackBytes = 0, m_maxStackBytes = 0;
    std::uint32_t m_maxDepth = 0;
    std::uint64_t m_outLength = 0, m_errLength = 0;
    std::array<std::vector<std::uint8_t>, 6> m_dirty; // pages changed since the last checkpoint
    std::vector<std::pair<std::size_t, std::uint64_t>> m_dirtyList;
    std::size_t m_lastDirtySegment = 6; // the page marked last (6: none since the checkpoint)
    std::uint64_t m_lastDirtyPage = 0;
    std::uint64_t m_logAtCheckpoint = 0, m_stepAtCheckpoint = 1;
    std::uint64_t m_pushedBytes = 0; // sum of every pushed frame's size
};

} // namespace memviz::trace
