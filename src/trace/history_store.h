// HistoryStore: everything a recorded run keeps: the per-step index (line, call depth, marks, record offset),
// the step records in the log, the frame and heap-operation tables, the output and error indexes, the metric
// series and the checkpoints. Filled by HistoryRecorder, read by StateCursor and Timeline.
#pragma once

#include "alloc/heap_metrics.h"
#include "core/address.h"
#include "engine/event_sink.h"
#include "engine/program_image.h"
#include "engine/run_options.h"
#include "engine/run_result.h"
#include "trace/checkpoint.h"
#include "trace/chunked_vector.h"
#include "trace/heap_op_table.h"
#include "trace/history_log.h"
#include "trace/metric_series.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace memviz::trace {

// 12 bytes a step: the log offset of what the step changed (40 bits; HistoryLog::kNone when nothing), its line
// (24 bits), the frames on the stack when it starts (27 bits: the host stack gives out long before) and its
// StepMark bits (5).
class StepEntry {
public:
    static constexpr std::uint32_t kMaxDepth = (1u << 27) - 1;

    StepEntry() = default;
    StepEntry(std::uint64_t record, std::uint32_t line, std::uint32_t depth)
        : m_low(static_cast<std::uint32_t>(record)),
          m_high(static_cast<std::uint32_t>((record >> 32) & 0xff) | (std::min<std::uint32_t>(line, 0xffffff) << 8)),
          m_depthMarks(std::min(depth, kMaxDepth)) {}
    std::uint64_t record() const { return m_low | (static_cast<std::uint64_t>(m_high & 0xff) << 32); }
    std::uint32_t line() const { return m_high >> 8; }
    std::uint32_t depth() const { return m_depthMarks & kMaxDepth; }
    std::uint8_t marks() const { return static_cast<std::uint8_t>(m_depthMarks >> 27); }
    void setRecord(std::uint64_t record) {
        m_low = static_cast<std::uint32_t>(record);
        m_high = (m_high & ~0xffu) | static_cast<std::uint32_t>((record >> 32) & 0xff);
    }
    void addMarks(std::uint8_t bits) { m_depthMarks |= static_cast<std::uint32_t>(bits & 0x1f) << 27; }

private:
    std::uint32_t m_low = 0, m_high = 0, m_depthMarks = 0;
};
static_assert(sizeof(StepEntry) == 12);

struct FrameRecord {
    const lang::Function* function = nullptr;
    core::Address frameBase = 0;
    std::uint64_t pushStep = 0;     // the step during which it was pushed (0: before the first step)
    std::uint64_t returnBits = 0;   // the return value's bits (a double's for floating types)
    std::uint64_t bytesSoFar = 0;    // sum of pushed frame sizes up to and including this push
    std::uint32_t frameBytes = 0;   // control slots included
    std::uint32_t callLine = 0;     // the line of the call expression
    std::uint32_t callerLine = 0;   // the line of the caller's statement that is running (where it is paused)
    std::uint32_t maxDepthSoFar = 0; // the cost meter's maxima up to and including this push
    std::uint32_t maxBytesSoFar = 0; // (the stack is at most 1 GiB)
    std::uint32_t firstDeclaration = 0; // index into declarations (chained), 0: none
    std::uint32_t lastDeclaration = 0;
    bool hasValue = false;
    core::Address stackPointer() const { return frameBase + 16 - frameBytes; }
};

struct Declaration {
    std::uint64_t step = 0;  // in scope from step + 1
    const lang::Variable* variable = nullptr;
    std::uint32_t next = 0;  // next declaration of the same frame (0: none)
};

struct BlockRecord {
    core::Address payload = 0;
    std::uint64_t requested = 0;
    std::uint32_t allocLine = 0, freeLine = 0;
    std::uint64_t allocStep = 0, freeStep = 0; // freeStep 0: never freed
};

struct OutputMark {
    std::uint64_t step = 0;        // the step that wrote
    std::uint64_t outLength = 0;   // stdout bytes after it
    std::uint64_t errLength = 0;   // stderr bytes after it
};

struct HistoryStore {
    HistoryStore(const lang::TranslationUnit& program, const engine::RunOptions& runOptions)
        : unit(program), options(runOptions), image(program) {}

    const lang::TranslationUnit& unit;
    engine::RunOptions options;
    engine::ProgramImage image;
    engine::RunResult result;

    HistoryLog log;
    ChunkedVector<StepEntry> steps;     // steps[k] is step k + 1
    ChunkedVector<FrameRecord, 14> frames; // by frame id (frames[0] unused)
    std::vector<Declaration> declarations; // [0] unused
    HeapOpTable heapOps;
    ChunkedVector<BlockRecord, 14> blocks;    // by block id (blocks[0] unused)
    ChunkedVector<OutputMark, 12> outputMarks;
    std::vector<Checkpoint> checkpoints; // ascending by step; the first is at step 1
    MetricSeries metrics;
    std::uint64_t endStep = 1;          // totalSteps + 1

    std::uint64_t bytes() const;
};

} // namespace memviz::trace
