// runReportJson: the report document, with the replay command's JsonWriter.
#include "run_report.h"

#include "alloc/allocator.h"
#include "replay/json_writer.h"

namespace memviz::cli {

std::string runReportJson(const RunReportInput& input) {
    static const engine::RunResult kEmpty{};
    static const engine::RunOptions kDefaults{};
    const engine::RunResult& r = input.result != nullptr ? *input.result : kEmpty;
    const engine::RunOptions& options = input.options != nullptr ? *input.options : kDefaults;
    const alloc::HeapMetrics& m = r.heap;

    replay::JsonWriter json;
    json.beginObject();
    json.field("program", input.program);
    json.field("status", input.status);
    json.field("exit_code", static_cast<std::int64_t>(input.exitCode));
    json.field("steps", r.steps);
    json.field("max_steps", options.maxSteps);
    json.field("keep_going", options.keepGoing);
    json.key("argv");
    json.beginArray();
    for (const std::string& arg : options.argv) json.value(arg);
    json.endArray();

    json.key("diagnostics");
    json.beginArray();
    if (input.diagnostics != nullptr)
        for (const core::Diagnostic& d : *input.diagnostics) {
            json.beginObject();
            json.field("severity", core::severityName(d.severity));
            json.field("line", static_cast<std::uint64_t>(d.loc.line));
            json.field("column", static_cast<std::uint64_t>(d.loc.column));
            json.field("message", d.message);
            json.endObject();
        }
    json.endArray();

    json.key("errors");
    json.beginArray();
    for (const engine::RuntimeError& e : r.errors) writeRuntimeError(json, e);
    json.endArray();

    json.key("leaks");
    json.beginArray();
    for (const engine::Leak& leak : r.leaks) {
        json.beginObject();
        json.field("line", static_cast<std::uint64_t>(leak.line));
        json.field("bytes", leak.bytes);
        json.field("blocks", leak.blocks);
        json.endObject();
    }
    json.endArray();

    json.key("heap");
    json.beginObject();
    json.field("allocator", alloc::policyName(options.allocator));
    json.field("heap_limit", options.heapLimit);
    json.field("allocations", m.allocations);
    json.field("frees", m.frees);
    json.field("reallocs", m.reallocs);
    json.field("failures", m.failures);
    json.field("peak_extent", m.peakExtent);
    json.field("peak_live", m.peakLive);
    json.field("extent", m.extent);
    json.field("live_bytes", m.liveRequested);
    json.field("live_blocks", m.liveBlocks);
    json.field("allocated_bytes", m.allocatedBytes);
    json.field("overhead", m.overhead);
    json.field("free_bytes", m.freeBytes);
    json.field("free_blocks", m.freeBlocks);
    json.field("largest_free", m.largestFree);
    json.field("meta_bytes", m.metaBytes);
    json.field("external_fragmentation", m.externalFragmentation());
    json.field("internal_fragmentation", m.internalFragmentation());
    json.field("utilization", m.utilization());
    json.field("peak_fragmentation", m.peakFragmentation());
    json.endObject();

    const engine::CostCounters& c = r.cost;
    json.key("cost");
    json.beginObject();
    json.field("stack_limit", options.stackLimit);
    json.field("frame_pushes", c.framePushes);
    json.field("frame_bytes", c.frameBytes);
    json.field("max_stack_depth", c.maxStackDepth);
    json.field("max_stack_bytes", c.maxStackBytes);
    json.field("heap_operations", c.heapOperations);
    json.field("blocks_examined", c.blocksExamined);
    json.field("splits", c.splits);
    json.field("coalesces", c.coalesces);
    json.field("header_writes", c.headerWrites);
    json.field("heap_growth", c.heapGrowth);
    json.endObject();

    json.field("stdout_bytes", static_cast<std::uint64_t>(r.output.size()));
    json.field("stderr_bytes", static_cast<std::uint64_t>(r.errorOutput.size()));
    json.endObject();
    return json.text();
}

void writeRuntimeError(replay::JsonWriter& json, const engine::RuntimeError& error) {
    json.beginObject();
    json.field("kind", engine::errorKindName(error.kind));
    json.field("line", static_cast<std::uint64_t>(error.line));
    json.field("column", static_cast<std::uint64_t>(error.column));
    json.field("step", error.step);
    json.field("message", error.message);
    json.endObject();
}

} // namespace memviz::cli
