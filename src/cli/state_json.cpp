// MachineState as JSON: addresses as "0x..." strings, bytes as hex, values as the debugger prints them.
#include "state_json.h"

#include "run_report.h"

#include "core/address.h"
#include "replay/json_writer.h"

namespace memviz::cli {

namespace {

using replay::JsonWriter;

std::string hexBytes(const std::vector<std::uint8_t>& bytes) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (std::uint8_t b : bytes) {
        out += digits[b >> 4];
        out += digits[b & 15];
    }
    return out;
}

void writeValue(JsonWriter& json, const trace::ValueNode& node) {
    json.beginObject();
    json.field("name", node.name);
    json.field("type", node.type);
    json.field("address", core::hexAddress(node.address));
    json.field("size", node.size);
    json.field("value", node.value);
    json.field("initialized", node.initialized);
    if (node.isPointer) json.field("points_to", core::hexAddress(node.pointee));
    if (!node.bytes.empty()) json.field("bytes", hexBytes(node.bytes));
    if (!node.children.empty()) {
        json.key("elements").beginArray();
        for (const trace::ValueNode& child : node.children) writeValue(json, child);
        json.endArray();
    }
    json.endObject();
}

const char* targetName(trace::PointerTarget target) {
    switch (target) {
    case trace::PointerTarget::Null: return "null";
    case trace::PointerTarget::Heap: return "heap";
    case trace::PointerTarget::Stack: return "stack";
    case trace::PointerTarget::Global: return "global";
    case trace::PointerTarget::Rodata: return "rodata";
    case trace::PointerTarget::Text: return "text";
    case trace::PointerTarget::DanglingHeap: return "dangling-heap";
    case trace::PointerTarget::DanglingStack: return "dangling-stack";
    case trace::PointerTarget::Invalid: return "invalid";
    }
    return "invalid";
}

} // namespace

std::string stateJson(const trace::MachineState& state, std::string_view program, std::string_view allocator) {
    JsonWriter json;
    json.beginObject();
    json.field("program", program);
    json.field("allocator", allocator);
    json.field("step", state.step);
    json.field("total_steps", state.totalSteps);
    json.field("ended", state.ended);
    json.field("line", static_cast<std::uint64_t>(state.line));
    json.field("previous_line", static_cast<std::uint64_t>(state.previousLine));
    json.field("narration", state.narration);

    json.key("frames").beginArray();
    for (const trace::FrameState& frame : state.frames) {
        json.beginObject();
        json.field("id", frame.id);
        json.field("function", frame.function);
        json.field("line", static_cast<std::uint64_t>(frame.line));
        json.field("call_line", static_cast<std::uint64_t>(frame.callLine));
        json.field("frame_base", core::hexAddress(frame.frameBase));
        json.field("stack_pointer", core::hexAddress(frame.stackPointer));
        json.field("frame_bytes", frame.frameBytes);
        json.field("return_address", core::hexAddress(frame.returnAddress));
        json.field("saved_frame_pointer", core::hexAddress(frame.savedFramePointer));
        json.key("locals").beginArray();
        for (const trace::ValueNode& local : frame.locals) writeValue(json, local);
        json.endArray();
        json.endObject();
    }
    json.endArray();

    json.key("globals").beginArray();
    for (const trace::ValueNode& global : state.globals) writeValue(json, global);
    json.endArray();

    json.key("heap").beginObject();
    json.field("start", core::hexAddress(state.heapStart));
    json.field("break", core::hexAddress(state.heapBreak));
    json.key("blocks").beginArray();
    for (const trace::HeapBlockState& block : state.heap) {
        json.beginObject();
        json.field("id", block.id);
        json.field("address", core::hexAddress(block.address));
        json.field("payload", core::hexAddress(block.payload));
        json.field("size", block.size);
        bool allocated = block.state == trace::BlockState::Allocated;
        json.field("state", allocated ? "allocated" : (block.freedBefore ? "freed" : "free"));
        if (allocated) {
            json.field("requested", block.requested);
            json.field("alloc_line", static_cast<std::uint64_t>(block.allocLine));
            json.field("alloc_step", block.allocStep);
        }
        json.field("pointed_to", block.pointedTo);
        json.endObject();
    }
    json.endArray();
    json.endObject();

    json.key("pointers").beginArray();
    for (const trace::PointerEdge& edge : state.pointers) {
        json.beginObject();
        json.field("from", core::hexAddress(edge.from));
        json.field("to", core::hexAddress(edge.to));
        json.field("target", targetName(edge.target));
        if (edge.fromFrameId != 0) json.field("from_frame", edge.fromFrameId);
        if (edge.fromBlockId != 0) json.field("from_block", edge.fromBlockId);
        if (edge.toFrameId != 0) json.field("to_frame", edge.toFrameId);
        if (edge.toBlockId != 0) json.field("to_block", edge.toBlockId);
        json.endObject();
    }
    json.endArray();

    const alloc::HeapMetrics& m = state.metrics;
    json.key("metrics").beginObject();
    json.field("heap_extent", m.extent);
    json.field("live_bytes", m.liveRequested);
    json.field("live_blocks", m.liveBlocks);
    json.field("allocated_bytes", m.allocatedBytes);
    json.field("overhead_bytes", m.overhead);
    json.field("free_bytes", m.freeBytes);
    json.field("free_blocks", m.freeBlocks);
    json.field("largest_free_block", m.largestFree);
    json.field("external_fragmentation", m.externalFragmentation());
    json.field("internal_fragmentation", m.internalFragmentation());
    json.field("allocations", m.allocations);
    json.field("frees", m.frees);
    json.endObject();

    const engine::CostCounters& c = state.cost;
    json.key("cost").beginObject();
    json.field("frame_pushes", c.framePushes);
    json.field("frame_bytes", c.frameBytes);
    json.field("heap_operations", c.heapOperations);
    json.field("blocks_examined", c.blocksExamined);
    json.field("splits", c.splits);
    json.field("coalesces", c.coalesces);
    json.field("header_writes", c.headerWrites);
    json.endObject();

    json.field("output", state.output);
    json.field("error_output", state.errorOutput);
    json.key("errors").beginArray();
    for (const engine::RuntimeError& error : state.errors) writeRuntimeError(json, error);
    json.endArray();
    json.endObject();
    return json.text();
}

} // namespace memviz::cli
