// Timeline: recording a run, rebuilding states, navigation over the step index.
#include "trace/timeline.h"

#include "engine/machine.h"
#include "trace/freed_block_index.h"
#include "trace/history_recorder.h"
#include "trace/history_store.h"
#include "trace/narrator.h"
#include "trace/state_builder.h"
#include "trace/state_cursor.h"

#include <algorithm>

namespace memviz::trace {

struct Timeline::Impl {
    explicit Impl(const lang::TranslationUnit& unit, const engine::RunOptions& options) : store(unit, options) {}
    HistoryStore store;
    std::unique_ptr<StateCursor> cursor;
    StateBuilder builder; // keeps the last state's heap blocks for the next stateAt()
    bool incremental = true;
    std::unique_ptr<FreedBlockIndex> freedBlocks; // built on first need
};

Timeline::Timeline() = default;
Timeline::~Timeline() = default;

std::unique_ptr<Timeline> Timeline::record(const lang::TranslationUnit& unit, const engine::RunOptions& options,
                                           const std::atomic<bool>* cancel, engine::EventSink* observer) {
    std::unique_ptr<Timeline> timeline(new Timeline());
    engine::RunOptions runOptions = options;
    if (cancel != nullptr) runOptions.cancel = cancel;
    timeline->m_impl = std::make_unique<Impl>(unit, runOptions);
    HistoryStore& store = timeline->m_impl->store;
    HistoryRecorder recorder(store, observer);
    engine::Machine machine(unit, runOptions, &recorder);
    recorder.attach(machine);
    engine::RunResult result = machine.run();
    recorder.finish(result);
    timeline->m_impl->cursor = std::make_unique<StateCursor>(store);
    return timeline;
}

const engine::RunResult& Timeline::result() const { return m_impl->store.result; }
std::uint64_t Timeline::totalSteps() const { return m_impl->store.endStep - 1; }
const MetricSeries& Timeline::metrics() const { return m_impl->store.metrics; }
std::uint64_t Timeline::historyBytes() const { return m_impl->store.bytes(); }
void Timeline::setIncrementalStates(bool on) { m_impl->incremental = on; }

std::uint32_t Timeline::lineAt(std::uint64_t step) const {
    const auto& steps = m_impl->store.steps;
    return step >= 1 && step <= steps.size() ? steps[step - 1].line() : 0;
}

std::uint32_t Timeline::depthAt(std::uint64_t step) const {
    const auto& steps = m_impl->store.steps;
    return step >= 1 && step <= steps.size() ? steps[step - 1].depth() : 0;
}

std::uint8_t Timeline::marksAt(std::uint64_t step) const {
    const auto& steps = m_impl->store.steps;
    return step >= 1 && step <= steps.size() ? steps[step - 1].marks() : 0;
}

std::string Timeline::narration(std::uint64_t step) {
    if (step < 1 || step > totalSteps()) return "";
    m_impl->cursor->seek(step + 1);
    return narrate(m_impl->store, step, *m_impl->cursor);
}

std::uint64_t Timeline::freedBlockHolding(core::Address address, std::uint64_t step) {
    Impl& impl = *m_impl;
    if (!impl.freedBlocks) impl.freedBlocks = std::make_unique<FreedBlockIndex>(impl.store);
    return impl.freedBlocks->holding(address, step);
}

MachineState Timeline::stateAt(std::uint64_t step) {
    Impl& impl = *m_impl;
    const HistoryStore& store = impl.store;
    step = std::clamp<std::uint64_t>(step, 1, store.endStep);
    impl.cursor->seek(step);
    const StateCursor& cursor = *impl.cursor;

    MachineState state;
    state.step = step;
    state.totalSteps = totalSteps();
    state.ended = step == store.endStep;
    state.line = lineAt(step);
    state.previousLine = step > 1 ? lineAt(step - 1) : 0;

    StateSources sources;
    sources.space = &cursor.space();
    sources.image = &store.image;
    const auto& ids = cursor.frames();
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const FrameRecord& record = store.frames[ids[i]];
        FrameView view;
        view.id = ids[i];
        view.function = record.function;
        view.frameBase = record.frameBase;
        view.frameBytes = record.frameBytes;
        view.callLine = record.callLine;
        // A caller is paused in the step during which its callee was pushed.
        if (i + 1 < ids.size()) view.line = store.frames[ids[i + 1]].callerLine;
        else view.line = state.ended ? lastLineAtDepth(ids.size()) : state.line;
        if (record.function != nullptr) {
            view.inScope.assign(record.function->params.begin(), record.function->params.end());
            for (std::uint32_t at = record.firstDeclaration; at != 0; at = store.declarations[at].next)
                if (store.declarations[at].step < step) view.inScope.push_back(store.declarations[at].variable);
        }
        sources.frames.push_back(std::move(view));
    }
    sources.liveBlockId = [&cursor](core::Address payload) -> std::uint64_t {
        auto it = cursor.liveBlocks().find(payload);
        return it == cursor.liveBlocks().end() ? 0 : it->second;
    };
    sources.block = [&store](std::uint64_t id) -> const BlockRecord* {
        return id < store.blocks.size() ? &store.blocks[id] : nullptr;
    };
    sources.freedBlockHolding = [this, step](core::Address address) { return freedBlockHolding(address, step); };
    if (!impl.incremental) impl.builder.forget();
    impl.builder.build(sources, state, impl.cursor->changedAll(), impl.cursor->changedRanges());
    impl.cursor->clearChanges();

    state.metrics = store.metrics.at(step);
    // The cost meter: the last frame pushed and the last heap operation before this step.
    auto frame = std::partition_point(store.frames.begin() + 1, store.frames.end(),
                                      [step](const FrameRecord& f) { return f.pushStep < step; });
    if (frame != store.frames.begin() + 1) {
        const FrameRecord& last = *(frame - 1);
        state.cost.framePushes = static_cast<std::uint64_t>(frame - (store.frames.begin() + 1));
        state.cost.frameBytes = last.bytesSoFar;
        state.cost.maxStackDepth = last.maxDepthSoFar;
        state.cost.maxStackBytes = last.maxBytesSoFar;
    }
    HeapCost heap = store.heapOps.costBefore(step);
    state.cost.heapOperations = heap.operations;
    state.cost.blocksExamined = heap.examined;
    state.cost.splits = heap.splits;
    state.cost.coalesces = heap.coalesces;
    state.cost.headerWrites = heap.headerWrites;
    state.cost.heapGrowth = heap.growth;
    auto mark = std::partition_point(store.outputMarks.begin(), store.outputMarks.end(),
                                     [step](const OutputMark& m) { return m.step < step; });
    if (mark != store.outputMarks.begin()) {
        state.output = store.result.output.substr(0, (mark - 1)->outLength);
        state.errorOutput = store.result.errorOutput.substr(0, (mark - 1)->errLength);
    }
    for (const engine::RuntimeError& error : store.result.errors)
        if (error.step < step) state.errors.push_back(error);
    if (step > 1) state.narration = narrate(store, step - 1, cursor);
    return state;
}

// The line of the last step run at `depth` frames: where a frame still on the stack at the end stopped.
std::uint32_t Timeline::lastLineAtDepth(std::size_t depth) const {
    for (std::uint64_t s = totalSteps(); s >= 1; --s)
        if (depthAt(s) == depth) return lineAt(s);
    return result().lastLine;
}

// ---------------------------------------------------------------------------------------------- navigation

std::uint64_t Timeline::stepInto(std::uint64_t from) const { return std::min(from + 1, endStep()); }
std::uint64_t Timeline::backInto(std::uint64_t from) const { return from > 1 ? from - 1 : 1; }

std::uint64_t Timeline::stepOver(std::uint64_t from) const {
    std::uint32_t depth = depthAt(from);
    for (std::uint64_t s = from + 1; s <= totalSteps(); ++s)
        if (depthAt(s) <= depth) return s;
    return endStep();
}

std::uint64_t Timeline::stepOut(std::uint64_t from) const {
    std::uint32_t depth = depthAt(from);
    for (std::uint64_t s = from + 1; s <= totalSteps(); ++s)
        if (depthAt(s) < depth) return s;
    return endStep();
}

std::uint64_t Timeline::backOver(std::uint64_t from) const {
    std::uint32_t depth = from >= endStep() ? ~std::uint32_t{0} : depthAt(from);
    for (std::uint64_t s = std::min(from, endStep()) - 1; s >= 1; --s)
        if (depthAt(s) <= depth) return s;
    return 1;
}

std::uint64_t Timeline::backOut(std::uint64_t from) const {
    std::uint32_t depth = from >= endStep() ? ~std::uint32_t{0} : depthAt(from);
    for (std::uint64_t s = std::min(from, endStep()) - 1; s >= 1; --s)
        if (depthAt(s) < depth) return s;
    return 1;
}

std::uint64_t Timeline::runTo(std::uint64_t from, const std::set<std::uint32_t>& lines, bool forward) const {
    if (forward) {
        for (std::uint64_t s = from + 1; s <= totalSteps(); ++s)
            if (lines.count(lineAt(s)) != 0) return s;
        return endStep();
    }
    for (std::uint64_t s = std::min(from, endStep()) - 1; s >= 1; --s)
        if (lines.count(lineAt(s)) != 0) return s;
    return 1;
}

std::uint64_t Timeline::nextMark(std::uint64_t from, std::uint8_t marks, bool forward) const {
    if (forward) {
        for (std::uint64_t s = from + 1; s <= totalSteps(); ++s)
            if ((marksAt(s) & marks) != 0) return s;
        return endStep();
    }
    for (std::uint64_t s = std::min(from, endStep()) - 1; s >= 1; --s)
        if ((marksAt(s) & marks) != 0) return s;
    return 1;
}

} // namespace memviz::trace
