// TraceWriter: the EventSink behind `memviz-cli run --trace FILE.jsonl`: every event of the run as one
// compact JSON object a line (JSON Lines), streamed to the file as the machine runs (never held whole in
// memory). The format is in docs/cli.md; the events themselves in docs/trace-events.md.
#pragma once

#include "engine/event_sink.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace memviz::cli {

class TraceWriter final : public engine::EventSink {
public:
    // Takes ownership of `file` (opened for writing); closes it in close() or the destructor.
    explicit TraceWriter(std::FILE* file);
    ~TraceWriter() override;
    TraceWriter(const TraceWriter&) = delete;
    TraceWriter& operator=(const TraceWriter&) = delete;

    // The first line: what is run and how.
    void writeStart(std::string_view program, std::string_view allocator, std::uint64_t maxSteps);
    // The last line: how the run ended.
    void writeEnd(std::string_view status, int exitCode, std::uint64_t steps);
    // Flushes and closes the file; false when some write failed (errno-style text in error()).
    bool close();
    const std::string& error() const { return m_error; }

    void onStep(const engine::StepEvent& event) override;
    void onFramePushed(const engine::FramePushedEvent& event) override;
    void onFramePopped(const engine::FramePoppedEvent& event) override;
    void onVariableDeclared(const engine::VariableDeclaredEvent& event) override;
    void onMemoryWritten(const engine::MemoryWrittenEvent& event) override;
    void onHeap(const engine::HeapEvent& event) override;
    void onOutput(const engine::OutputEvent& event) override;
    void onError(const engine::RuntimeError& event) override;

private:
    void begin(std::string_view event);
    void key(std::string_view name);
    void number(std::string_view name, std::uint64_t value);
    void signedNumber(std::string_view name, std::int64_t value);
    void string(std::string_view name, std::string_view text);
    void address(std::string_view name, std::uint64_t value);
    void hexBytes(std::string_view name, const std::uint8_t* bytes, std::uint32_t size);
    void end();

    std::FILE* m_file;
    std::string m_line;
    std::string m_error;
};

} // namespace memviz::cli
