// HeaptrackReader: allocations and frees of a raw recording, ignored line types, frees of pointers from
// before recording, realloc as free + allocation, id reuse, malformed lines, and the shipped real recording.
#include "trace_test_support.h"

#include "replay/heaptrack_reader.h"

#include <catch2/catch.hpp>

using namespace memviz::replay;
using namespace memviz::replay::test;

namespace {

constexpr std::string_view kRecording =
    "v 10400 3\n"
    "x 24 /usr/lib/gcc/x86_64-linux-gnu/12/cc1\n"
    "X /usr/lib/gcc/x86_64-linux-gnu/12/cc1 -quiet small.i\n"
    "I 1000 5e2990\n"
    "m 1 -\n"
    "m 1 x 0 400000 230590 631000\n"
    "t 7fb05a639b9f 0\n"
    "- 55aa00\n"                // allocated before recording began: skipped
    "+ 11c00 4 30e22550\n"      // id 0
    "t 6766a0 0\n"
    "+ 30 9 30e341f0\n"         // id 1
    "c 1a\n"
    "R 2d000\n"
    "- 0\n"                     // free(NULL): ignored
    "- 30e341f0\n"              // frees id 1
    "+ d0 b 30e34320\n"         // reuses id 1
    "- 30e22550\n"              // realloc: free ...
    "+ 12000 4 30e60000\n"      // ... then allocation (reuses id 0)
    "A\n"
    "+ 40 4 30e34320\n";        // still-live address: its free was missed, so it is freed first

} // namespace

TEST_CASE("heaptrack: + and - lines become operations, other lines are ignored", "[replay][heaptrack]") {
    LoadResult result = parse(kRecording);
    REQUIRE(result.ok());
    const Trace& trace = result.trace;
    CHECK(trace.format == TraceFormat::Heaptrack);
    CHECK(trace.allocations == 5);
    CHECK(trace.frees == 3);
    CHECK(trace.skippedFrees == 1);
    CHECK(trace.implicitFrees == 1);
    CHECK(trace.reallocs == 0);
    CHECK(trace.events() == 8);
    CHECK(trace.idCount == 2);  // ids of freed pointers are reused
    REQUIRE(trace.ops.size() == 8);
    CHECK(trace.ops[0].size == 0x11c00);
    CHECK(trace.ops[0].id == 0);
    CHECK(trace.ops[1].size == 0x30);
    CHECK(trace.ops[1].id == 1);
    CHECK(trace.ops[2].kind == TraceOpKind::Free);
    CHECK(trace.ops[2].id == 1);
    CHECK(trace.ops[3].id == 1);
    CHECK(trace.ops[6].kind == TraceOpKind::Free);  // the implicit free
    CHECK(trace.ops[6].id == 1);
    CHECK(trace.ops[7].kind == TraceOpKind::Alloc);
    CHECK(trace.ops[7].id == 1);
}

TEST_CASE("heaptrack: tabs, extra blanks, CRLF and upper-case hex are accepted", "[replay][heaptrack]") {
    LoadResult result = parse("v 10400 3\r\n+\t1A 4  30E22550 \r\n-   30e22550\r\n+ 8 1 10");
    REQUIRE(result.ok());
    CHECK(result.trace.events() == 3);
    CHECK(result.trace.ops[0].size == 0x1a);
}

TEST_CASE("heaptrack: malformed lines are errors with their line number", "[replay][heaptrack][errors]") {
    struct Case {
        const char* text;
        const char* error;
    };
    const Case cases[] = {
        {"v 10400 3\n+ 10 1\n", "trace.txt:2: error: expected '+ SIZE TRACE PTR' (hex numbers)"},
        {"v 10400 3\n+ zz 1 2\n",
         "trace.txt:2: error: expected '+ SIZE TRACE PTR' (hex numbers), found 'zz'"},
        {"v 10400 3\n+ 10 1 2 3\n",
         "trace.txt:2: error: expected '+ SIZE TRACE PTR' (hex numbers), found '3'"},
        {"v 10400 3\n+ 10 1 0x20\n",
         "trace.txt:2: error: expected '+ SIZE TRACE PTR' (hex numbers), found '0x20'"},
        {"v 10400 3\n+ 10 1 11112222333344445\n",
         "trace.txt:2: error: expected '+ SIZE TRACE PTR' (hex numbers), found '11112222333344445'"},
        {"v 10400 3\n+5 1 2\n", "trace.txt:2: error: expected '+ SIZE TRACE PTR' (hex numbers)"},
        {"v 10400 3\n+\n", "trace.txt:2: error: expected '+ SIZE TRACE PTR' (hex numbers)"},
        {"v 10400 3\n-\n", "trace.txt:2: error: expected '- PTR' (a hex number)"},
        {"v 10400 3\n- xyz\n", "trace.txt:2: error: expected '- PTR' (a hex number), found 'xyz'"},
        {"v 10400 3\n+ 10 1 20\n- 20 30\n",
         "trace.txt:3: error: expected '- PTR' (a hex number), found '30'"},
        {"v 10400 3\ns 3 main\n+ 2\n", "trace.txt:3: error: '+' with a single number: this is an interpreted "
                                       "heaptrack file; replay needs the "
                                       "raw recording (heaptrack --raw)"},
        {"v 10400 3\nX prog\n", "trace.txt: error: the heaptrack recording holds no allocations or frees"},
    };
    for (const Case& c : cases) {
        INFO("input: " << c.text);
        CHECK(errorOf(c.text) == c.error);
    }
}

TEST_CASE("heaptrack: any chunking of the input gives the same trace", "[replay][heaptrack]") {
    LoadResult whole = parse(kRecording);
    REQUIRE(whole.ok());
    for (std::size_t chunk = 1; chunk <= kRecording.size(); chunk += chunk < 40 ? 1 : 7) {
        HeaptrackReader reader("trace.txt");
        bool ok = true;
        for (std::size_t at = 0; at < kRecording.size() && ok; at += chunk)
            ok = reader.feed(kRecording.substr(at, chunk));
        REQUIRE(ok);
        REQUIRE(reader.finish());
        Trace trace = reader.takeTrace();
        REQUIRE(trace.ops.size() == whole.trace.ops.size());
        CHECK(trace.skippedFrees == whole.trace.skippedFrees);
        for (std::size_t i = 0; i < trace.ops.size(); ++i) {
            CHECK(trace.ops[i].id == whole.trace.ops[i].id);
            CHECK(trace.ops[i].size == whole.trace.ops[i].size);
            CHECK(trace.ops[i].kind == whole.trace.ops[i].kind);
        }
    }
}

TEST_CASE("heaptrack: the shipped real recording of cc1", "[replay][heaptrack]") {
    LoadResult result = loadTrace(dataPath("cc1-small.raw.zst"));
    REQUIRE(result.ok());
    const Trace& trace = result.trace;
    CHECK(trace.format == TraceFormat::Heaptrack);
    CHECK(trace.allocations == 13669);
    CHECK(trace.frees + trace.skippedFrees == 9903);
    CHECK(trace.events() == trace.allocations + trace.frees);
    CHECK(trace.idCount < trace.allocations);  // ids are reused
    for (const TraceOp& op : trace.ops) REQUIRE(op.id < trace.idCount);
}

TEST_CASE("heaptrack: the real recording decompressed reads the same", "[replay][heaptrack]") {
    LoadResult compressed = loadTrace(dataPath("cc1-small.raw.zst"));
    REQUIRE(compressed.ok());
    std::string text = decompress(readBytes(dataPath("cc1-small.raw.zst")));
    REQUIRE(text.size() > 600000);
    LoadResult plain = parseTrace(text, "cc1-small.raw");
    REQUIRE(plain.ok());
    CHECK(plain.trace.events() == compressed.trace.events());
    CHECK(plain.trace.idCount == compressed.trace.idCount);
}
