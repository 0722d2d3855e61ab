// libFuzzer target over the whole pipeline a user's program goes through: the bytes are a C source file;
// lang::compile checks it, and when it compiles engine::Machine runs it with small limits (steps, stack,
// heap, output), so every input ends quickly. DESIGN.md §6: nothing a user types may crash or hang.
//
// The first byte (still part of the source) picks the run's settings, so the fuzzer explores them too:
//   bits 0-2: the allocator (mod 6)   bit 3: --keep-going   bit 4: a non-empty stdin
// An EventSink reads every byte each event points at, so ASan checks the spans handed to sinks.
#include "engine/event_sink.h"
#include "engine/machine.h"
#include "engine/run_options.h"
#include "lang/compiler.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

using namespace memviz;

class TouchingSink final : public engine::EventSink {
public:
    void onStep(const engine::StepEvent& e) override { m_sum += e.step + e.line; }
    void onFramePushed(const engine::FramePushedEvent& e) override {
        m_sum += e.frameBase + e.frameBytes + e.args.size();
        for (const auto& arg : e.args) touch(&arg, sizeof arg);
    }
    void onFramePopped(const engine::FramePoppedEvent& e) override { m_sum += e.frameId; }
    void onVariableDeclared(const engine::VariableDeclaredEvent& e) override { m_sum += e.address; }
    void onMemoryWritten(const engine::MemoryWrittenEvent& e) override {
        touch(e.oldBytes, e.size);
        touch(e.newBytes, e.size);
        touch(e.oldShadow, e.size);
    }
    void onHeap(const engine::HeapEvent& e) override { m_sum += e.payload + e.requested + (e.report != nullptr); }
    void onOutput(const engine::OutputEvent& e) override { touch(e.text.data(), e.text.size()); }
    void onError(const engine::RuntimeError& e) override { touch(e.message.data(), e.message.size()); }
    std::uint64_t sum() const { return m_sum; }

private:
    void touch(const void* data, std::size_t size) {
        if (data == nullptr) return;
        const auto* bytes = static_cast<const std::uint8_t*>(data);
        for (std::size_t i = 0; i < size; ++i) m_sum += bytes[i];
    }
    std::uint64_t m_sum = 0;
};

volatile std::uint64_t g_sink; // keeps the sink's reads from being optimised away

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > 64 * 1024) return 0; // big inputs only slow the fuzzer down
    std::string_view source(reinterpret_cast<const char*>(data), size);

    lang::CompileOptions compileOptions;
    compileOptions.maxTokens = 200'000;
    lang::CompileResult compiled = lang::compile(source, "fuzz.c", compileOptions);
    if (!compiled.ok()) {
        if (compiled.diagnostics.empty()) __builtin_trap(); // a failed compile must say why
        (void)lang::formatDiagnostics(compiled.diagnostics, "fuzz.c", source);
        return 0;
    }

    const std::uint8_t settings = size > 0 ? data[0] : 0;
    const auto& policies = alloc::allPolicies();
    engine::RunOptions options;
    options.allocator = policies[(settings & 7u) % policies.size()];
    options.keepGoing = (settings & 8u) != 0;
    options.stdinBytes = (settings & 16u) != 0 ? "42 -7 3.5 word\nsecond line\nx" : "";
    options.maxSteps = 20'000;
    options.stackLimit = 256u << 10;
    options.heapLimit = 1u << 20;
    options.maxOutput = 64u << 10;
    options.maxErrors = 20;

    TouchingSink sink;
    engine::Machine machine(*compiled.unit, options, &sink);
    engine::RunResult result = machine.run();
    g_sink = sink.sum() + result.steps + result.output.size() + result.errors.size();
    return 0;
}
