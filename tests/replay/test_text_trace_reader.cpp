// TextTraceReader: the text format with and without the malloc-lab header, comments and odd spacing, and
// every malformed line reported with its line number.
#include "trace_test_support.h"

#include "replay/text_trace_reader.h"

#include <catch2/catch.hpp>

using namespace memviz::replay;
using namespace memviz::replay::test;

namespace {

Trace parseOk(std::string_view text) {
    LoadResult result = parse(text);
    INFO(errorOf(text));
    REQUIRE(result.ok());
    return std::move(result.trace);
}

} // namespace

TEST_CASE("text traces: operations become dense ids and counts", "[replay][text]") {
    Trace trace = parseOk("a 10 24\na 20 16\nr 10 48\nf 20\na 20 8\nf 10\nf 20\n");
    CHECK(trace.format == TraceFormat::Text);
    CHECK(trace.events() == 7);
    CHECK(trace.allocations == 3);
    CHECK(trace.frees == 3);
    CHECK(trace.reallocs == 1);
    CHECK(trace.skippedFrees == 0);
    CHECK(trace.idCount == 2);
    REQUIRE(trace.ops.size() == 7);
    CHECK(trace.ops[0].kind == TraceOpKind::Alloc);
    CHECK(trace.ops[0].id == 0);
    CHECK(trace.ops[0].size == 24);
    CHECK(trace.ops[1].id == 1);
    CHECK(trace.ops[2].kind == TraceOpKind::Realloc);
    CHECK(trace.ops[2].id == 0);
    CHECK(trace.ops[2].size == 48);
    CHECK(trace.ops[3].kind == TraceOpKind::Free);
    CHECK(trace.ops[4].id == 1);  // id 20 again: same dense id
}

TEST_CASE("text traces: headers, comments, blank lines, tabs and CRLF", "[replay][text]") {
    SECTION("malloc-lab header, one number a line") {
        Trace trace = parseOk("20000\n2\n3\n1\na 0 16\na 1 32\nf 0\n");
        CHECK(trace.events() == 3);
    }
    SECTION("header on one line") { CHECK(parseOk("0 2 3 1\na 0 16\na 1 32\nf 0\n").events() == 3); }
    SECTION("comments and blank lines anywhere") {
        Trace trace =
            parseOk("# a comment\n\n  # indented comment\na 0 16 # trailing comment\n\n\tf 0\n# end");
        CHECK(trace.events() == 2);
    }
    SECTION("tabs, several blanks, CRLF, no final newline") {
        Trace trace = parseOk("a\t0\t16\r\na   1    32  \r\nf 0\r\nf 1");
        CHECK(trace.events() == 4);
        CHECK(trace.ops[1].size == 32);
    }
    SECTION("huge ids and sizes") {
        Trace trace = parseOk("a 18446744073709551615 18446744073709551615\nf 18446744073709551615\n");
        CHECK(trace.ops[0].size == 18446744073709551615ull);
        CHECK(trace.idCount == 1);
    }
    SECTION("realloc to 0 frees, and the id may be allocated again") {
        Trace trace = parseOk("a 1 16\nr 1 0\na 1 8\nf 1\n");
        CHECK(trace.reallocs == 1);
        CHECK(trace.allocations == 2);
    }
    SECTION("the shipped small.trace") {
        LoadResult result = loadTrace(dataPath("small.trace"));
        REQUIRE(result.ok());
        CHECK(result.trace.events() == 12);
        CHECK(result.trace.allocations == 5);
        CHECK(result.trace.frees == 5);
        CHECK(result.trace.reallocs == 2);
    }
}

TEST_CASE("text traces: each malformed line is an error with its line number", "[replay][text][errors]") {
    struct Case {
        const char* text;
        const char* error;
    };
    const Case cases[] = {
        {"a 1 16\na 2 32\na 3\n", "trace.txt:3: error: expected a size after 'a 3'"},
        {"a 3", "trace.txt:1: error: expected a size after 'a 3'"},
        {"a\n", "trace.txt:1: error: expected an id after 'a'"},
        {"f\n", "trace.txt:1: error: expected an id after 'f'"},
        {"a x 5\n", "trace.txt:1: error: expected an id after 'a', found 'x'"},
        {"a 1 -5\n", "trace.txt:1: error: expected a size after 'a 1', found '-5'"},
        {"a 1 5k\n", "trace.txt:1: error: expected a size after 'a 1', found '5k'"},
        {"a 1 99999999999999999999\n",
         "trace.txt:1: error: expected a size after 'a 1', found '99999999999999999999'"},
        {"a 1 5 6\n", "trace.txt:1: error: unexpected '6' after 'a 1 5'"},
        {"a 1 5\nf 1 2\n", "trace.txt:2: error: unexpected '2' after 'f 1'"},
        {"q 1 5\n", "trace.txt:1: error: unknown operation 'q' (expected a, f or r)"},
        {"a 1 5\nx 1 5\n", "trace.txt:2: error: unknown operation 'x' (expected a, f or r)"},
        {"malloc 1 5\n", "trace.txt:1: error: unknown operation 'malloc' (expected a, f or r)"},
        {"a 1 5\n\n# c\nfree 1\n", "trace.txt:4: error: unknown operation 'free' (expected a, f or r)"},
        {"f 9\n", "trace.txt:1: error: 'f 9': id 9 was never allocated"},
        {"a 1 5\nf 1\nf 1\n", "trace.txt:3: error: 'f 1': id 1 is already freed (freed on line 2)"},
        {"a 1 5\na 1 6\n", "trace.txt:2: error: 'a 1 6': id 1 is already allocated (allocated on line 1)"},
        {"a 1 5\nf 1\nr 1 8\n", "trace.txt:3: error: 'r 1 8': id 1 is not allocated (freed on line 2)"},
        {"r 2 5\n", "trace.txt:1: error: 'r 2 5': id 2 was never allocated"},
        {"a 1 5\n12\n", "trace.txt:2: error: expected an operation (a, f or r), found '12'"},
        {"1\n2\n3\n4\n5\na 1 5\n", "trace.txt:5: error: the header has more than four numbers"},
        {"1 2 x\n", "trace.txt:1: error: expected a number in the header, found 'x'"},
        {"a 1 5\r\na 2\r\n", "trace.txt:2: error: expected a size after 'a 2'"},
        {"a 1 5\n\x01\x02\n", "trace.txt:2: error: unknown operation '\\x01\\x02' (expected a, f or r)"},
        {"", "trace.txt: error: the file is empty"},
        {"# only a comment\n\n", "trace.txt: error: the trace holds no operations (a, f or r lines)"},
        {"20000\n2\n3\n1\n", "trace.txt: error: the trace holds no operations (a, f or r lines)"},
    };
    for (const Case& c : cases) {
        INFO("input: " << c.text);
        CHECK(errorOf(c.text) == c.error);
    }
}

TEST_CASE("text traces: long tokens in errors are cut short", "[replay][text][errors]") {
    std::string text = "a 1 " + std::string(100, 'z') + "\n";
    std::string error = errorOf(text);
    CHECK(error.find("'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz...'") != std::string::npos);
    CHECK(error.size() < 120);
}

TEST_CASE("text traces: any chunking of the input gives the same trace", "[replay][text]") {
    std::string text = "# header\n1\n2\n3\n1\na 0 16\na 1 32\r\nr 0 64\n  f 1\nf 0 # done\na 7 1";
    LoadResult whole = parse(text);
    REQUIRE(whole.ok());
    for (std::size_t chunk = 1; chunk <= text.size(); ++chunk) {
        TextTraceReader reader("trace.txt");
        bool ok = true;
        for (std::size_t at = 0; at < text.size() && ok; at += chunk)
            ok = reader.feed(std::string_view(text).substr(at, chunk));
        REQUIRE(ok);
        REQUIRE(reader.finish());
        Trace trace = reader.takeTrace();
        REQUIRE(trace.ops.size() == whole.trace.ops.size());
        for (std::size_t i = 0; i < trace.ops.size(); ++i) {
            CHECK(trace.ops[i].id == whole.trace.ops[i].id);
            CHECK(trace.ops[i].size == whole.trace.ops[i].size);
            CHECK(trace.ops[i].kind == whole.trace.ops[i].kind);
        }
    }
}

TEST_CASE("text traces: an error in a later chunk keeps its line number", "[replay][text][errors]") {
    TextTraceReader reader("t.txt");
    CHECK(reader.feed("a 1 8\na 2 8\nf"));
    CHECK_FALSE(reader.feed(" 3\na 4 4\n"));
    REQUIRE(reader.error());
    CHECK(formatTraceError(*reader.error()) == "t.txt:3: error: 'f 3': id 3 was never allocated");
}
