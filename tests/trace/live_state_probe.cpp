// LiveStateProbe: MachineState straight from a running machine.
#include "live_state_probe.h"

#include "trace/state_builder.h"

#include <algorithm>

namespace memviz::trace::test {

void LiveStateProbe::onStep(const engine::StepEvent& event) {
    m_step = event.step;
    if (m_steps.count(event.step) != 0) m_states[event.step] = capture(event.step, false);
    m_lastLine = event.line;
}

void LiveStateProbe::captureEnd(const engine::RunResult&) { m_states[m_step + 1] = capture(m_step + 1, true); }

void LiveStateProbe::onFramePushed(const engine::FramePushedEvent& event) { m_callLines[event.frameId] = event.callLine; }

void LiveStateProbe::onVariableDeclared(const engine::VariableDeclaredEvent& event) {
    if (event.frameId == 0) return;
    auto& list = m_declared[event.frameId];
    for (const auto& entry : list)
        if (entry.second == event.variable) return;
    list.emplace_back(m_step, event.variable);
}

void LiveStateProbe::onHeap(const engine::HeapEvent& event) {
    bool removesOld = event.oldBlockId != 0 && event.oldBlockId != event.blockId &&
                      !(event.report != nullptr && event.report->failed);
    if (removesOld && event.oldBlockId < m_blocks.size()) {
        m_blocks[event.oldBlockId].freeStep = m_step;
        m_blocks[event.oldBlockId].freeLine = event.line;
    }
    if (event.blockId != 0 && event.blockId != event.oldBlockId) {
        if (m_blocks.size() <= event.blockId) m_blocks.resize(event.blockId + 1);
        m_blocks[event.blockId] = {event.payload, event.requested, event.line, 0, m_step, 0};
    } else if (event.blockId != 0 && event.blockId < m_blocks.size()) {
        m_blocks[event.blockId].requested = event.requested;
    }
}

void LiveStateProbe::onOutput(const engine::OutputEvent& event) {
    (event.stream == engine::OutputStream::Stdout ? m_output : m_errorOutput).append(event.text);
}

void LiveStateProbe::onError(const engine::RuntimeError& error) { m_errors.push_back(error); }

MachineState LiveStateProbe::capture(std::uint64_t step, bool ended) {
    const engine::Machine& machine = *m_machine;
    MachineState state;
    state.step = step;
    state.ended = ended;
    StateSources sources;
    sources.space = &machine.space();
    sources.image = &machine.image();
    for (const engine::Frame& frame : machine.callStack().frames()) {
        FrameView view;
        view.id = frame.id;
        view.function = frame.function;
        view.frameBase = frame.frameBase;
        view.frameBytes = frame.frameBase + 16 - frame.stackPointer;
        view.callLine = m_callLines[frame.id];
        view.line = frame.line;
        view.inScope.assign(frame.function->params.begin(), frame.function->params.end());
        for (const auto& [declStep, variable] : m_declared[frame.id])
            if (declStep < step) view.inScope.push_back(variable);
        sources.frames.push_back(std::move(view));
    }
    sources.liveBlockId = [&machine](core::Address payload) -> std::uint64_t {
        auto live = machine.heap().liveBlock(payload);
        return live ? live->id : 0;
    };
    sources.block = [this](std::uint64_t id) -> const BlockRecord* { return id < m_blocks.size() ? &m_blocks[id] : nullptr; };
    sources.freedBlockHolding = [this, step](core::Address address) -> std::uint64_t {
        std::uint64_t best = 0, bestStep = 0;
        for (std::uint64_t id = 1; id < m_blocks.size(); ++id) {
            const BlockRecord& b = m_blocks[id];
            if (b.freeStep != 0 && b.freeStep < step && address - b.payload < std::max<std::uint64_t>(b.requested, 1) &&
                b.freeStep >= bestStep) {
                best = id;
                bestStep = b.freeStep;
            }
        }
        return best;
    };
    buildState(sources, state);
    state.metrics = machine.heap().metrics();
    state.output = m_output;
    state.errorOutput = m_errorOutput;
    state.errors = m_errors;
    return state;
}

} // namespace memviz::trace::test
