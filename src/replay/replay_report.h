// Replay reports: the JSON report of a replay (or of one trace under several policies) and the CSV of
// sampled metrics, plus writing either to a file.
#pragma once

#include "replay/json_writer.h"
#include "replay/replayer.h"
#include "replay/trace.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace memviz::replay {

// The report of one replay: trace, format, allocator, counts, peaks, fragmentation, the final metrics,
// events_per_second and replay_seconds (see docs/replay.md).
void writeReplayReport(JsonWriter& json, const std::string& tracePath, const Trace& trace,
                       const ReplayResult& result);
std::string replayReportJson(const std::string& tracePath, const Trace& trace, const ReplayResult& result);

// One trace under several policies: the trace's figures once and "runs", one replay report each.
std::string comparisonReportJson(const std::string& tracePath, const Trace& trace,
                                 const std::vector<ReplayResult>& results);

// The CSV header and one row per sampled event of a replay. With `allocatorColumn`, every row starts
// with the policy's name (for several replays in one file).
std::string metricsCsvHeader(bool allocatorColumn);
void appendMetricsCsv(std::string& out, const ReplayResult& result, bool allocatorColumn);

// Writes `text` to `path`; an error message (strerror) on failure.
std::optional<std::string> writeTextFile(const std::string& path, std::string_view text);

} // namespace memviz::replay
