// LiveStateProbe: an EventSink that stops nothing but, at chosen steps, builds the MachineState of the live
// machine directly from its address space, call stack and heap — the reference the history is compared with.
#pragma once

#include "engine/machine.h"
#include "trace/machine_state.h"
#include "trace/history_store.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace memviz::trace::test {

class LiveStateProbe final : public engine::EventSink {
public:
    explicit LiveStateProbe(std::set<std::uint64_t> steps) : m_steps(std::move(steps)) {}
    void attach(const engine::Machine& machine) { m_machine = &machine; }

    // The states captured so far, by step; after the run, captureEnd() adds the final one.
    const std::map<std::uint64_t, MachineState>& states() const { return m_states; }
    void captureEnd(const engine::RunResult& result);

    void onStep(const engine::StepEvent& event) override;
    void onFramePushed(const engine::FramePushedEvent& event) override;
    void onVariableDeclared(const engine::VariableDeclaredEvent& event) override;
    void onHeap(const engine::HeapEvent& event) override;
    void onOutput(const engine::OutputEvent& event) override;
    void onError(const engine::RuntimeError& error) override;

private:
    MachineState capture(std::uint64_t step, bool ended);

    std::set<std::uint64_t> m_steps;
    const engine::Machine* m_machine = nullptr;
    std::uint64_t m_step = 0;
    std::map<std::uint64_t, MachineState> m_states;
    std::map<std::uint64_t, std::uint32_t> m_callLines;
    std::map<std::uint64_t, std::vector<std::pair<std::uint64_t, const lang::Variable*>>> m_declared;
    std::vector<BlockRecord> m_blocks{1};
    std::string m_output, m_errorOutput;
    std::vector<engine::RuntimeError> m_errors;
    std::uint32_t m_lastLine = 0;
};

} // namespace memviz::trace::test
