// TextTraceReader: the plain text trace format, one operation a line: `a ID SIZE` (malloc), `f ID` (free),
// `r ID SIZE` (realloc), decimal numbers. An optional header of up to four numbers (as in the CS:APP
// malloc-lab traces: heap size hint, number of ids, number of operations, weight) may come first; `#`
// starts a comment; blank lines are fine. The reader checks the trace makes sense: an id is freed or
// reallocated only while live and allocated only while not.
#pragma once

#include "replay/flat_id_map.h"
#include "replay/line_assembler.h"
#include "replay/trace_reader.h"

#include <cstdint>
#include <string>
#include <vector>

namespace memviz::replay {

class TextTraceReader : public TraceReader {
public:
    explicit TextTraceReader(std::string fileName, std::size_t expectedOps = 0);

    bool feed(std::string_view chunk) override;
    bool finish() override;
    Trace takeTrace() override;

private:
    struct IdState {
        std::uint32_t line = 0;  // where the id was last allocated or freed (for messages)
        bool live = false;
    };

    bool parseBlock(const char* begin, const char* end);
    bool parseLine(const char* begin, const char* end);
    bool parseHeader(const char* begin, const char* end);
    bool parseOperation(char op, const char* begin, const char* end);
    bool applyKnownId(char op, std::uint64_t id, std::uint64_t size);
    bool applyOperation(char op, std::uint64_t id, std::uint64_t size);
    std::uint32_t denseId(std::uint64_t id, bool create);
    bool failAt(std::string message) { return fail(m_fileName, m_line, std::move(message)); }

    std::string m_fileName;
    LineAssembler m_lines;
    Trace m_trace;
    static constexpr std::uint64_t kDirectIds = std::uint64_t{1} << 22;

    std::vector<std::uint32_t> m_direct;  // ids below kDirectIds -> dense id (kNone: not seen)
    FlatIdMap m_ids;                      // larger ids in the file -> dense id
    std::vector<IdState> m_states;
    std::uint64_t m_line = 0;
    int m_headerNumbers = 0;
};

} // namespace memviz::replay
