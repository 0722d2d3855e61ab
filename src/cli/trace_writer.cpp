// TraceWriter: one line per event, built in a reused buffer and written through a large stdio buffer.
#include "trace_writer.h"

#include "lang/ast.h"
#include "lang/type.h"
#include "replay/json_writer.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>

namespace memviz::cli {

namespace {

constexpr std::size_t kFileBuffer = 1 << 20;

std::string_view heapKindName(engine::HeapEventKind kind) {
    switch (kind) {
    case engine::HeapEventKind::Allocated:
        return "allocated";
    case engine::HeapEventKind::Freed:
        return "freed";
    case engine::HeapEventKind::Reallocated:
        return "reallocated";
    }
    return "unknown";
}

void appendHex(std::string& out, std::uint64_t value) {
    char buffer[24];
    auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value, 16);
    (void)error;
    out += "\"0x";
    out.append(buffer, end);
    out += '"';
}

void appendDouble(std::string& out, double value) {
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    char buffer[32];
    auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (error != std::errc()) {
        out += "null";
        return;
    }
    out.append(buffer, end);
}

// A value as the program sees it: integers as numbers (signed or not, as their type), floating values as
// numbers, pointers (and the addresses of struct values) as "0x..." strings.
void appendValue(std::string& out, const lang::Type* type, const engine::Value& value) {
    if (type != nullptr && type->isFloating())
        appendDouble(out, value.d);
    else if (type != nullptr && type->isInteger() && type->isSigned())
        out += std::to_string(value.i);
    else if (type != nullptr && type->isInteger())
        out += std::to_string(value.u);
    else
        appendHex(out, value.u);
}

} // namespace

TraceWriter::TraceWriter(std::FILE* file) : m_file(file) {
    if (m_file != nullptr) std::setvbuf(m_file, nullptr, _IOFBF, kFileBuffer);
    m_line.reserve(256);
}

TraceWriter::~TraceWriter() {
    close();
}

bool TraceWriter::close() {
    if (m_file == nullptr) return m_error.empty();
    bool failed = std::ferror(m_file) != 0;
    if (std::fflush(m_file) != 0) failed = true;
    int saved = errno;
    if (std::fclose(m_file) != 0) failed = true;
    m_file = nullptr;
    if (failed && m_error.empty()) m_error = saved != 0 ? std::strerror(saved) : "write error";
    return m_error.empty();
}

void TraceWriter::begin(std::string_view event) {
    m_line.clear();
    m_line += "{\"event\":\"";
    m_line += event;
    m_line += '"';
}

void TraceWriter::key(std::string_view name) {
    m_line += ",\"";
    m_line += name;
    m_line += "\":";
}

void TraceWriter::number(std::string_view name, std::uint64_t value) {
    key(name);
    m_line += std::to_string(value);
}

void TraceWriter::signedNumber(std::string_view name, std::int64_t value) {
    key(name);
    m_line += std::to_string(value);
}

void TraceWriter::string(std::string_view name, std::string_view text) {
    key(name);
    m_line += replay::JsonWriter::escape(text);
}

void TraceWriter::address(std::string_view name, std::uint64_t value) {
    key(name);
    appendHex(m_line, value);
}

void TraceWriter::hexBytes(std::string_view name, const std::uint8_t* bytes, std::uint32_t size) {
    static constexpr char kHex[] = "0123456789abcdef";
    key(name);
    m_line += '"';
    if (bytes != nullptr)
        for (std::uint32_t i = 0; i < size; ++i) {
            m_line += kHex[bytes[i] >> 4];
            m_line += kHex[bytes[i] & 15];
        }
    m_line += '"';
}

void TraceWriter::end() {
    m_line += "}\n";
    if (m_file != nullptr && std::fwrite(m_line.data(), 1, m_line.size(), m_file) != m_line.size() &&
        m_error.empty())
        m_error = errno != 0 ? std::strerror(errno) : "write error";
}

void TraceWriter::writeStart(std::string_view program, std::string_view allocator, std::uint64_t maxSteps) {
    begin("start");
    string("program", program);
    string("allocator", allocator);
    number("max_steps", maxSteps);
    end();
}

void TraceWriter::writeEnd(std::string_view status, int exitCode, std::uint64_t steps) {
    begin("end");
    string("status", status);
    signedNumber("exit_code", exitCode);
    number("steps", steps);
    end();
}

void TraceWriter::onStep(const engine::StepEvent& event) {
    begin("step");
    number("step", event.step);
    number("line", event.line);
    end();
}

void TraceWriter::onFramePushed(const engine::FramePushedEvent& event) {
    begin("frame-push");
    number("frame", event.frameId);
    string("function",
           event.function != nullptr ? std::string_view(event.function->name) : std::string_view());
    address("frame_base", event.frameBase);
    address("stack_pointer", event.stackPointer);
    number("frame_bytes", event.frameBytes);
    number("call_line", event.callLine);
    key("args");
    m_line += '[';
    for (std::size_t i = 0; i < event.args.size(); ++i) {
        if (i != 0) m_line += ',';
        const lang::Variable* param = event.function != nullptr && i < event.function->params.size()
                                          ? event.function->params[i]
                                          : nullptr;
        appendValue(m_line, param != nullptr ? param->type : nullptr, event.args[i]);
    }
    m_line += ']';
    end();
}

void TraceWriter::onFramePopped(const engine::FramePoppedEvent& event) {
    begin("frame-pop");
    number("frame", event.frameId);
    string("function",
           event.function != nullptr ? std::string_view(event.function->name) : std::string_view());
    key("return");
    if (event.hasValue && event.function != nullptr)
        appendValue(m_line, event.function->returnType(), event.returnValue);
    else
        m_line += "null";
    end();
}

void TraceWriter::onVariableDeclared(const engine::VariableDeclaredEvent& event) {
    begin("declare");
    number("frame", event.frameId);
    const lang::Variable* variable = event.variable;
    string("name", variable != nullptr ? std::string_view(variable->name) : std::string_view());
    string("type", variable != nullptr && variable->type != nullptr ? lang::typeName(variable->type) : "");
    address("address", event.address);
    number("size", variable != nullptr && variable->type != nullptr ? variable->type->size : 0);
    number("line", variable != nullptr ? variable->loc.line : 0);
    end();
}

void TraceWriter::onMemoryWritten(const engine::MemoryWrittenEvent& event) {
    begin("write");
    address("address", event.address);
    number("size", event.size);
    hexBytes("old", event.oldBytes, event.size);
    hexBytes("new", event.newBytes, event.size);
    hexBytes("old_shadow", event.oldShadow, event.size);
    end();
}

void TraceWriter::onHeap(const engine::HeapEvent& event) {
    begin("heap");
    string("kind", heapKindName(event.kind));
    number("block", event.blockId);
    number("old_block", event.oldBlockId);
    address("payload", event.payload);
    address("old_payload", event.oldPayload);
    number("requested", event.requested);
    number("line", event.line);
    if (const alloc::OpReport* report = event.report) {
        key("report");
        m_line += '{';
        m_line += "\"failed\":";
        m_line += report->failed ? "true" : "false";
        address("block", report->block);
        number("block_size", report->blockSize);
        number("examined", report->examined);
        number("splits", report->splits);
        number("coalesces", report->coalesces);
        number("header_writes", report->headerWrites);
        number("grown_by", report->grownBy);
        m_line += ",\"in_place\":";
        m_line += report->inPlace ? "true" : "false";
        m_line += ",\"moved\":";
        m_line += report->moved ? "true" : "false";
        m_line += '}';
    }
    end();
}

void TraceWriter::onOutput(const engine::OutputEvent& event) {
    begin("output");
    string("stream", event.stream == engine::OutputStream::Stdout ? "stdout" : "stderr");
    string("text", event.text);
    end();
}

void TraceWriter::onError(const engine::RuntimeError& event) {
    begin("error");
    string("kind", engine::errorKindName(event.kind));
    number("line", event.line);
    number("column", event.column);
    number("step", event.step);
    string("message", event.message);
    end();
}

} // namespace memviz::cli
