// Replay reports: field names and column order live here, and nowhere else.
#include "replay/replay_report.h"

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <memory>

namespace memviz::replay {

namespace {

void writeMetrics(JsonWriter& json, const alloc::HeapMetrics& m) {
    json.beginObject();
    json.field("extent", m.extent);
    json.field("live_requested", m.liveRequested);
    json.field("live_blocks", m.liveBlocks);
    json.field("allocated_bytes", m.allocatedBytes);
    json.field("overhead", m.overhead);
    json.field("free_bytes", m.freeBytes);
    json.field("free_blocks", m.freeBlocks);
    json.field("largest_free", m.largestFree);
    json.field("meta_bytes", m.metaBytes);
    json.field("peak_extent", m.peakExtent);
    json.field("peak_live", m.peakLive);
    json.field("allocations", m.allocations);
    json.field("frees", m.frees);
    json.field("reallocs", m.reallocs);
    json.field("failures", m.failures);
    json.field("external_fragmentation", m.externalFragmentation());
    json.field("internal_fragmentation", m.internalFragmentation());
    json.field("utilization", m.utilization());
    json.endObject();
}

void appendNumber(std::string& out, std::uint64_t value) {
    char buffer[24];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

void appendNumber(std::string& out, double value) {
    char buffer[32];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 6);
    out.append(buffer, result.ptr);
}

struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
};

} // namespace

void writeReplayReport(JsonWriter& json, const std::string& tracePath, const Trace& trace,
                       const ReplayResult& result) {
    const alloc::HeapMetrics& m = result.finalMetrics;
    json.beginObject();
    json.field("trace", std::string_view(tracePath));
    json.field("format", formatName(trace.format));
    json.field("allocator", alloc::policyName(result.policy));
    json.field("events", result.events);
    json.field("allocations", result.allocations);
    json.field("frees", result.frees);
    json.field("reallocs", result.reallocs);
    json.field("skipped_frees", result.skippedFrees);
    json.field("implicit_frees", trace.implicitFrees);
    json.field("failed_allocations", result.failedAllocations);
    json.field("peak_extent", m.peakExtent);
    json.field("peak_live", m.peakLive);
    json.field("fragmentation", result.fragmentation());
    json.key("final");
    writeMetrics(json, m);
    json.field("events_per_second", result.eventsPerSecond());
    json.field("replay_seconds", result.seconds);
    json.endObject();
}

std::string replayReportJson(const std::string& tracePath, const Trace& trace, const ReplayResult& result) {
    JsonWriter json;
    writeReplayReport(json, tracePath, trace, result);
    return json.text();
}

std::string comparisonReportJson(const std::string& tracePath, const Trace& trace,
                                 const std::vector<ReplayResult>& results) {
    JsonWriter json;
    json.beginObject();
    json.field("trace", std::string_view(tracePath));
    json.field("format", formatName(trace.format));
    json.field("events", trace.events());
    json.field("allocations", trace.allocations);
    json.field("frees", trace.frees);
    json.field("reallocs", trace.reallocs);
    json.key("runs");
    json.beginArray();
    for (const ReplayResult& result : results) writeReplayReport(json, tracePath, trace, result);
    json.endArray();
    json.endObject();
    return json.text();
}

std::string metricsCsvHeader(bool allocatorColumn) {
    std::string header = allocatorColumn ? "allocator," : "";
    header += "event,extent,live_requested,live_blocks,allocated_bytes,overhead,free_bytes,free_blocks,"
              "largest_free,external_fragmentation,internal_fragmentation,utilization\n";
    return header;
}

void appendMetricsCsv(std::string& out, const ReplayResult& result, bool allocatorColumn) {
    std::string_view policy = alloc::policyName(result.policy);
    out.reserve(out.size() + result.samples.size() * 96);
    for (const MetricsSample& sample : result.samples) {
        const alloc::HeapMetrics& m = sample.metrics;
        if (allocatorColumn) {
            out += policy;
            out += ',';
        }
        for (std::uint64_t value : {sample.event, m.extent, m.liveRequested, m.liveBlocks, m.allocatedBytes,
                                    m.overhead, m.freeBytes, m.freeBlocks, m.largestFree}) {
            appendNumber(out, value);
            out += ',';
        }
        appendNumber(out, m.externalFragmentation());
        out += ',';
        appendNumber(out, m.internalFragmentation());
        out += ',';
        appendNumber(out, m.utilization());
        out += '\n';
    }
}

std::optional<std::string> writeTextFile(const std::string& path, std::string_view text) {
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "wb"));
    if (!file) return std::string(std::strerror(errno));
    if (std::fwrite(text.data(), 1, text.size(), file.get()) != text.size())
        return std::string(std::strerror(errno));
    std::FILE* raw = file.release();
    if (std::fclose(raw) != 0) return std::string(std::strerror(errno));
    return std::nullopt;
}

} // namespace memviz::replay
