// TextTraceReader: parses line by line with hand-rolled number scanning, validating each operation.
#include "replay/text_trace_reader.h"

#include "replay/line_cursor.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace memviz::replay {

namespace {

std::string opText(char op, std::uint64_t id) { return std::string(1, op) + ' ' + std::to_string(id); }

std::uint32_t clampLine(std::uint64_t line) {
    return line > std::numeric_limits<std::uint32_t>::max() ? 0 : static_cast<std::uint32_t>(line);
}

std::string onLine(const char* what, std::uint32_t line) {
    return line == 0 ? std::string() : std::string(" (") + what + " on line " + std::to_string(line) + ')';
}

} // namespace

TextTraceReader::TextTraceReader(std::string fileName, std::size_t expectedOps)
    : m_fileName(std::move(fileName)) {
    m_trace.format = TraceFormat::Text;
    m_trace.ops.reserve(expectedOps);
}

bool TextTraceReader::feed(std::string_view chunk) {
    if (error()) return false;
    bool ok =
        m_lines.feed(chunk, [this](const char* begin, const char* end) { return parseBlock(begin, end); });
    if (!ok && m_lines.tooLong()) return fail(m_fileName, m_line + 1, "line longer than 64 MiB");
    return ok;
}

bool TextTraceReader::finish() {
    if (error()) return false;
    if (!m_lines.finish([this](const char* begin, const char* end) { return parseBlock(begin, end); }))
        return false;
    if (m_trace.ops.empty()) return fail(m_fileName, 0, "the trace holds no operations (a, f or r lines)");
    return true;
}

Trace TextTraceReader::takeTrace() {
    m_trace.idCount = static_cast<std::uint32_t>(m_states.size());
    return std::move(m_trace);
}

bool TextTraceReader::parseBlock(const char* begin, const char* end) {
    // Blocks end in '\n' (LineAssembler), so the fast path scans `a ID SIZE`, `f ID`, `r ID SIZE` with
    // single spaces without bounds checks; anything else (comments, headers, tabs, '\r', errors) goes
    // through parseLine.
    const char* p = begin;
    while (p != end) {
        ++m_line;
        char op = *p;
        if ((op == 'a' || op == 'f' || op == 'r') && p[1] == ' ') {
            std::uint64_t id = 0;
            std::uint64_t size = 0;
            const char* q = p + 2;
            const char* e = scanDecimal(q, id);
            bool clean = e != q && e - q <= 19;
            if (clean && op != 'f') {
                clean = *e == ' ';
                q = e + 1;
                if (clean) e = scanDecimal(q, size);
                clean = clean && e != q && e - q <= 19;
            }
            if (clean && *e == '\n') {
                if (!applyKnownId(op, id, size) && !applyOperation(op, id, size)) return false;
                p = e + 1;
                continue;
            }
        }
        const char* lineEnd = findLineEnd(p, end);
        if (!parseLine(p, trimCarriageReturn(p, lineEnd))) return false;
        p = lineEnd == end ? end : lineEnd + 1;
    }
    return true;
}

// The common case inline: a small id seen before, used correctly. Anything else (a new id, a large one,
// a mistake) returns false and goes through applyOperation, which also words the errors.
inline bool TextTraceReader::applyKnownId(char op, std::uint64_t id, std::uint64_t size) {
    if (id >= m_direct.size()) return false;
    std::uint32_t dense = m_direct[static_cast<std::size_t>(id)];
    if (dense == FlatIdMap::kNone) return false;
    IdState& state = m_states[dense];
    TraceOpKind kind = op == 'a' ? TraceOpKind::Alloc : op == 'f' ? TraceOpKind::Free : TraceOpKind::Realloc;
    if (state.live == (kind == TraceOpKind::Alloc)) return false;
    state.live = kind == TraceOpKind::Alloc || (kind == TraceOpKind::Realloc && size != 0);
    state.line = clampLine(m_line);
    m_trace.ops.push_back(TraceOp{size, dense, kind});
    if (kind == TraceOpKind::Alloc)
        ++m_trace.allocations;
    else if (kind == TraceOpKind::Free)
        ++m_trace.frees;
    else
        ++m_trace.reallocs;
    return true;
}

bool TextTraceReader::parseLine(const char* begin, const char* end) {
    if (const void* hash = std::memchr(begin, '#', static_cast<std::size_t>(end - begin)))
        end = static_cast<const char*>(hash);
    while (begin != end && (*begin == ' ' || *begin == '\t')) ++begin;
    if (begin == end) return true;  // blank or comment
    char op = *begin;
    bool opEnds = end - begin == 1 || begin[1] == ' ' || begin[1] == '\t';
    if ((op == 'a' || op == 'f' || op == 'r') && opEnds) return parseOperation(op, begin + 1, end);
    if (op >= '0' && op <= '9') return parseHeader(begin, end);
    LineCursor cursor(begin, end);
    return failAt("unknown operation " + quoteToken(cursor.peekToken()) + " (expected a, f or r)");
}

bool TextTraceReader::parseHeader(const char* begin, const char* end) {
    LineCursor cursor(begin, end);
    if (!m_trace.ops.empty())
        return failAt("expected an operation (a, f or r), found " + quoteToken(cursor.peekToken()));
    while (!cursor.atEnd()) {
        std::uint64_t value = 0;
        if (!cursor.readDecimal(value))
            return failAt("expected a number in the header, found " + quoteToken(cursor.peekToken()));
        if (++m_headerNumbers > 4) return failAt("the header has more than four numbers");
        cursor.skipBlanks();
    }
    return true;
}

bool TextTraceReader::parseOperation(char op, const char* begin, const char* end) {
    LineCursor cursor(begin, end);
    std::uint64_t id = 0;
    std::uint64_t size = 0;
    cursor.skipBlanks();
    if (!cursor.readDecimal(id)) {
        std::string message = std::string("expected an id after '") + op + '\'';
        if (!cursor.atEnd()) message += ", found " + quoteToken(cursor.peekToken());
        return failAt(message);
    }
    cursor.skipBlanks();
    if (op != 'f' && !cursor.readDecimal(size)) {
        std::string message = "expected a size after '" + opText(op, id) + '\'';
        if (!cursor.atEnd()) message += ", found " + quoteToken(cursor.peekToken());
        return failAt(message);
    }
    cursor.skipBlanks();
    if (!cursor.atEnd()) {
        std::string text = opText(op, id);
        if (op != 'f') text += ' ' + std::to_string(size);
        return failAt("unexpected " + quoteToken(cursor.peekToken()) + " after '" + text + '\'');
    }
    return applyOperation(op, id, size);
}

bool TextTraceReader::applyOperation(char op, std::uint64_t id, std::uint64_t size) {
    // Error messages quote the operation (built only when one is needed: this runs for every line).
    auto quoted = [&] {
        std::string text = '\'' + opText(op, id);
        if (op != 'f') text += ' ' + std::to_string(size);
        return text + "': id " + std::to_string(id);
    };
    std::uint32_t dense = denseId(id, op == 'a');
    if (dense == FlatIdMap::kNone)
        return failAt(op == 'a' ? "more than 4 billion distinct ids" : quoted() + " was never allocated");
    IdState& state = m_states[dense];
    switch (op) {
    case 'a':
        if (state.live) return failAt(quoted() + " is already allocated" + onLine("allocated", state.line));
        state.live = true;
        m_trace.ops.push_back(TraceOp{size, dense, TraceOpKind::Alloc});
        ++m_trace.allocations;
        break;
    case 'f':
        if (!state.live) return failAt(quoted() + " is already freed" + onLine("freed", state.line));
        state.live = false;
        m_trace.ops.push_back(TraceOp{0, dense, TraceOpKind::Free});
        ++m_trace.frees;
        break;
    default:  // 'r'
        if (!state.live) return failAt(quoted() + " is not allocated" + onLine("freed", state.line));
        state.live = size != 0;  // realloc(p, 0) frees p
        m_trace.ops.push_back(TraceOp{size, dense, TraceOpKind::Realloc});
        ++m_trace.reallocs;
        break;
    }
    state.line = clampLine(m_line);
    return true;
}

std::uint32_t TextTraceReader::denseId(std::uint64_t id, bool create) {
    // Small ids (the usual 0, 1, 2, ...) index a vector; others go through the hash map.
    std::uint32_t* slot = nullptr;
    if (id < kDirectIds) {
        if (id >= m_direct.size()) {
            if (!create) return FlatIdMap::kNone;
            m_direct.resize(std::max<std::size_t>(static_cast<std::size_t>(id) + 1, m_direct.size() * 2),
                            FlatIdMap::kNone);
        }
        slot = &m_direct[static_cast<std::size_t>(id)];
    } else {
        if (!create) return m_ids.find(id);
        slot = &m_ids.slot(id);
    }
    if (*slot != FlatIdMap::kNone || !create) return *slot;
    if (m_states.size() >= FlatIdMap::kNone) {
        if (id >= kDirectIds) m_ids.take(id);
        return FlatIdMap::kNone;
    }
    *slot = static_cast<std::uint32_t>(m_states.size());
    m_states.push_back(IdState{});
    return *slot;
}

} // namespace memviz::replay
