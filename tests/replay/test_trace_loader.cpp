// loadTrace: format detection, zstd (one frame, several frames, truncated, corrupt), unreadable files, and
// garbage that must end in an error, never a crash or a hang.
#include "trace_test_support.h"

#include "replay/zstd_stream.h"

#include <catch2/catch.hpp>

#include <random>

using namespace memviz::replay;
using namespace memviz::replay::test;

TEST_CASE("detectFormat looks at the first meaningful line", "[replay][loader]") {
    CHECK(detectFormat("v 10400 3\n", true) == TraceFormat::Heaptrack);
    CHECK(detectFormat("+ 10 1 20\n", true) == TraceFormat::Heaptrack);
    CHECK(detectFormat("- 20\n", true) == TraceFormat::Heaptrack);
    CHECK(detectFormat("\n\nm 1 -\n", true) == TraceFormat::Heaptrack);
    CHECK(detectFormat("a 1 16\n", true) == TraceFormat::Text);
    CHECK(detectFormat("# comment\n20000\n", true) == TraceFormat::Text);
    CHECK(detectFormat("f 1\n", true) == TraceFormat::Text);
    CHECK(detectFormat("vx\n", true) == TraceFormat::Text);  // not a heaptrack line type
    CHECK(detectFormat("", true) == TraceFormat::Text);
    CHECK_FALSE(detectFormat("# still a comm", false).has_value());
    CHECK_FALSE(detectFormat("\n\nv", false).has_value());
    CHECK(detectFormat("\n\nv", true) == TraceFormat::Heaptrack);
}

TEST_CASE("zstd traces: text and heaptrack, one frame or several", "[replay][loader][zstd]") {
    std::string text = "# compressed text trace\na 0 16\na 1 32\nf 0\nr 1 64\nf 1\n";
    SECTION("one frame of text") {
        std::string bytes = compress(text);
        REQUIRE(ZstdStream::isZstd(bytes));
        LoadResult result = parseTrace(bytes, "t.zst");
        REQUIRE(result.ok());
        CHECK(result.trace.format == TraceFormat::Text);
        CHECK(result.trace.events() == 5);
    }
    SECTION("frames split mid-line are joined") {
        std::string bytes = compress(text.substr(0, 30)) + compress(text.substr(30));
        LoadResult result = parseTrace(bytes, "t.zst");
        REQUIRE(result.ok());
        CHECK(result.trace.events() == 5);
    }
    SECTION("a large heaptrack recording passes through many output chunks") {
        std::string recording = "v 10400 3\n";
        for (int i = 0; i < 200000; ++i) {
            recording += "+ 20 1 " + std::to_string(1000000 + i * 16) + "\n";
            if (i % 2 == 1) recording += "- " + std::to_string(1000000 + (i - 1) * 16) + "\n";
        }
        LoadResult result = parseTrace(compress(recording, 1), "big.raw.zst");
        REQUIRE(result.ok());
        CHECK(result.trace.allocations == 200000);
        CHECK(result.trace.frees == 100000);
    }
    SECTION("an error after decompression names its line") {
        LoadResult result = parseTrace(compress("a 1 8\na 2 8\nf 3\n"), "t.zst");
        REQUIRE_FALSE(result.ok());
        CHECK(formatTraceError(*result.error) == "t.zst:3: error: 'f 3': id 3 was never allocated");
    }
}

TEST_CASE("zstd traces: truncated, corrupt, empty or binary inside", "[replay][loader][zstd][errors]") {
    std::string real = readBytes(dataPath("cc1-small.raw.zst"));
    REQUIRE(real.size() > 10000);
    SECTION("truncated") {
        for (std::size_t size : {std::size_t{4}, std::size_t{10}, std::size_t{3000}, real.size() - 1}) {
            LoadResult result = parseTrace(std::string_view(real).substr(0, size), "cut.zst");
            REQUIRE_FALSE(result.ok());
            CHECK(result.error->line == 0);
            CHECK(result.error->message.find("truncated") != std::string::npos);
        }
    }
    SECTION("the shipped truncated file") {
        LoadResult result = loadTrace(dataPath("bad-truncated.raw.zst"));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error->message == "truncated zstd data (the file ends inside a frame)");
    }
    SECTION("corrupt bytes") {
        std::mt19937 random(7);
        for (int round = 0; round < 30; ++round) {
            std::string bytes = real.substr(0, 20000);
            for (int flip = 0; flip < 8; ++flip)
                bytes[4 + random() % (bytes.size() - 4)] ^= static_cast<char>(1 + random() % 255);
            LoadResult result = parseTrace(bytes, "bad.zst");  // must not crash or hang; usually an error
            if (!result.ok()) CHECK_FALSE(result.error->message.empty());
        }
    }
    SECTION("garbage after a valid frame") {
        LoadResult result = parseTrace(compress("a 1 8\n") + "garbage", "t.zst");
        REQUIRE_FALSE(result.ok());
        CHECK(result.error->message.find("corrupt zstd data") == 0);
    }
    SECTION("a frame of nothing") {
        LoadResult result = parseTrace(compress(""), "t.zst");
        REQUIRE_FALSE(result.ok());
        CHECK(result.error->message == "the file is empty (after zstd decompression)");
    }
    SECTION("binary data inside") {
        LoadResult result = parseTrace(compress(std::string("\x7f" "ELF\0\0\0", 7)), "t.zst");
        REQUIRE_FALSE(result.ok());
        CHECK(result.error->message == "not a trace: the decompressed data is binary");
    }
}

TEST_CASE("files: missing, a directory, empty, binary", "[replay][loader][errors]") {
    SECTION("missing") {
        LoadResult result = loadTrace("/nonexistent/memviz/trace.txt");
        REQUIRE_FALSE(result.ok());
        CHECK(result.error->file == "/nonexistent/memviz/trace.txt");
        CHECK(result.error->line == 0);
        CHECK(result.error->message == "No such file or directory");
    }
    SECTION("a directory") {
        LoadResult result = loadTrace(std::string(MEMVIZ_SOURCE_DIR) + "/tests");
        REQUIRE_FALSE(result.ok());
        CHECK(result.error->message == "is a directory, not a trace file");
    }
    SECTION("empty") { CHECK(errorOf("") == "trace.txt: error: the file is empty"); }
    SECTION("binary") {
        CHECK(errorOf(std::string("\x7f" "ELF\x02\x01\x01\0\0", 9)) ==
              "trace.txt: error: not a trace: the file holds binary data");
    }
}

TEST_CASE("random garbage and mutated traces end in a trace or an error", "[replay][loader][fuzz]") {
    std::mt19937 random(2024);
    const std::string seeds[] = {
        "20000\n3\n5\n1\na 0 16\na 1 32\nr 0 64\nf 1\nf 0\n",
        "v 10400 3\nm 1 -\n+ 10 1 20\n- 20\n+ 30 2 40\nt 10 0\n- 40\n",
    };
    const char alphabet[] = "afr+-v #\n\r\t 0123456789abcdefx\x01\xff";
    for (int round = 0; round < 3000; ++round) {
        std::string text = seeds[round % 2];
        int edits = 1 + static_cast<int>(random() % 6);
        for (int e = 0; e < edits; ++e) {
            std::size_t at = random() % (text.size() + 1);
            char c = alphabet[random() % (sizeof alphabet - 1)];
            switch (random() % 3) {
            case 0: text.insert(at, 1, c); break;
            case 1: if (at < text.size()) text.erase(at, 1); break;
            default: if (at < text.size()) text[at] = c; break;
            }
        }
        LoadResult result = parse(text);
        if (result.ok()) {
            for (const TraceOp& op : result.trace.ops) REQUIRE(op.id < result.trace.idCount);
        } else {
            REQUIRE_FALSE(result.error->message.empty());
        }
    }
    for (int round = 0; round < 200; ++round) {
        std::string bytes(1 + random() % 400, '\0');
        for (char& c : bytes) c = static_cast<char>(1 + random() % 255);  // no NUL: reaches the readers
        LoadResult result = parse(bytes);
        if (!result.ok()) REQUIRE_FALSE(result.error->message.empty());
    }
}
