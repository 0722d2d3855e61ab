// HeaptrackReader: a tight loop over whole lines; only '+' and '-' lines are looked at closely.
#include "replay/heaptrack_reader.h"

#include "replay/line_cursor.h"

namespace memviz::replay {

namespace {

constexpr std::uint32_t kMaxIds = FlatIdMap::kNone;

bool isBlank(char c) { return c == ' ' || c == '\t'; }

// ", found 'x'" for the field a cursor stopped at, or nothing at the end of the line.
std::string found(const LineCursor& cursor) {
    return cursor.atEnd() ? std::string() : ", found " + quoteToken(cursor.peekToken());
}

} // namespace

HeaptrackReader::HeaptrackReader(std::string fileName, std::size_t expectedOps)
    : m_fileName(std::move(fileName)), m_live(1 << 16) {
    m_trace.format = TraceFormat::Heaptrack;
    m_trace.ops.reserve(expectedOps);
}

bool HeaptrackReader::feed(std::string_view chunk) {
    if (error()) return false;
    bool ok =
        m_lines.feed(chunk, [this](const char* begin, const char* end) { return parseBlock(begin, end); });
    return ok || (m_lines.tooLong() && lineTooLong());
}

bool HeaptrackReader::finish() {
    if (error()) return false;
    if (!m_lines.finish([this](const char* begin, const char* end) { return parseBlock(begin, end); }))
        return false;
    if (m_trace.ops.empty())
        return fail(m_fileName, 0, "the heaptrack recording holds no allocations or frees");
    return true;
}

Trace HeaptrackReader::takeTrace() {
    m_trace.idCount = m_nextId;
    return std::move(m_trace);
}

bool HeaptrackReader::lineTooLong() {
    return fail(m_fileName, m_line + 1, "line longer than 64 MiB: not a heaptrack recording");
}

bool HeaptrackReader::parseBlock(const char* begin, const char* end) {
    // Blocks end in '\n' (LineAssembler), so the fast paths scan without bounds checks; a line they do
    // not take as it is (odd spacing, '\r', a bad number) goes through the careful path, which also
    // words the errors.
    const char* p = begin;
    while (p != end) {
        ++m_line;
        char type = *p;
        if (type == '+' && p[1] == ' ') {
            std::uint64_t size = 0;
            std::uint64_t trace = 0;
            std::uint64_t ptr = 0;
            const char* q = p + 2;
            const char* e = scanHex(q, size);
            if (e != q && e - q <= 16 && *e == ' ') {
                q = e + 1;
                e = scanHex(q, trace);
                if (e != q && e - q <= 16 && *e == ' ') {
                    q = e + 1;
                    e = scanHex(q, ptr);
                    if (e != q && e - q <= 16 && *e == '\n') {
                        if (!addAllocation(size, ptr)) return false;
                        p = e + 1;
                        continue;
                    }
                }
            }
        } else if (type == '-' && p[1] == ' ') {
            std::uint64_t ptr = 0;
            const char* e = scanHex(p + 2, ptr);
            if (e != p + 2 && e - (p + 2) <= 16 && *e == '\n') {
                addFree(ptr);
                p = e + 1;
                continue;
            }
        }
        const char* lineEnd = findLineEnd(p, end);
        if (type == '+' || type == '-') {
            const char* content = trimCarriageReturn(p, lineEnd);
            if (content - p < 2 || !isBlank(p[1]))
                return fail(m_fileName, m_line, type == '+' ? "expected '+ SIZE TRACE PTR' (hex numbers)"
                                                            : "expected '- PTR' (a hex number)");
            if (!(type == '+' ? parseAllocation(p + 2, content) : parseFree(p + 2, content))) return false;
        }
        p = lineEnd == end ? end : lineEnd + 1;
    }
    return true;
}

bool HeaptrackReader::parseAllocation(const char* begin, const char* end) {
    LineCursor cursor(begin, end);
    std::uint64_t size = 0;
    std::uint64_t trace = 0;
    std::uint64_t ptr = 0;
    cursor.skipBlanks();
    bool ok = cursor.readHex(size);
    cursor.skipBlanks();
    if (ok && cursor.atEnd())
        return fail(m_fileName, m_line,
                    "'+' with a single number: this is an interpreted heaptrack file; replay needs the raw "
                    "recording (heaptrack --raw)");
    ok = ok && cursor.readHex(trace);
    cursor.skipBlanks();
    ok = ok && cursor.readHex(ptr);
    cursor.skipBlanks();
    if (!ok || !cursor.atEnd())
        return fail(m_fileName, m_line, "expected '+ SIZE TRACE PTR' (hex numbers)" + found(cursor));
    return addAllocation(size, ptr);
}

bool HeaptrackReader::parseFree(const char* begin, const char* end) {
    LineCursor cursor(begin, end);
    std::uint64_t ptr = 0;
    cursor.skipBlanks();
    bool ok = cursor.readHex(ptr);
    cursor.skipBlanks();
    if (!ok || !cursor.atEnd())
        return fail(m_fileName, m_line, "expected '- PTR' (a hex number)" + found(cursor));
    addFree(ptr);
    return true;
}

bool HeaptrackReader::addAllocation(std::uint64_t size, std::uint64_t ptr) {
    std::uint32_t& id = m_live.slot(ptr);
    if (id != FlatIdMap::kNone) {
        // heaptrack missed the free of a block at this address: free it before the new one (same id).
        m_trace.ops.push_back(TraceOp{0, id, TraceOpKind::Free});
        ++m_trace.frees;
        ++m_trace.implicitFrees;
    } else if (!m_freeIds.empty()) {
        id = m_freeIds.back();
        m_freeIds.pop_back();
    } else if (m_nextId != kMaxIds) {
        id = m_nextId++;
    } else {
        m_live.take(ptr);
        return fail(m_fileName, m_line, "more than 4 billion live allocations");
    }
    m_trace.ops.push_back(TraceOp{size, id, TraceOpKind::Alloc});
    ++m_trace.allocations;
    return true;
}

void HeaptrackReader::addFree(std::uint64_t ptr) {
    if (ptr == 0) return;  // free(NULL)
    std::uint32_t id = m_live.take(ptr);
    if (id == FlatIdMap::kNone) {
        ++m_trace.skippedFrees;  // allocated before recording began
        return;
    }
    m_freeIds.push_back(id);
    m_trace.ops.push_back(TraceOp{0, id, TraceOpKind::Free});
    ++m_trace.frees;
}

} // namespace memviz::replay
