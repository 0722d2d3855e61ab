// PageCopy and run coding: a page reads back exactly whether its halves were kept as runs or raw, and runs
// round-trip with the limit on their number honoured.
#include "trace/history_log.h"
#include "trace/page_copy.h"
#include "trace/run_coding.h"

#include <catch2/catch.hpp>

#include <cstring>
#include <random>
#include <vector>

namespace memviz::trace::test {

namespace {
constexpr std::uint64_t kPage = memory::AddressSpace::kPageSize;

// Bytes in runs of random lengths (1..maxRun) and values.
void fillRuns(std::uint8_t* out, std::uint64_t size, std::uint64_t maxRun, std::mt19937_64& random) {
    for (std::uint64_t i = 0; i < size;) {
        std::uint64_t length = std::min<std::uint64_t>(size - i, 1 + random() % maxRun);
        std::memset(out + i, static_cast<int>(random() % 4), length);
        i += length;
    }
}
} // namespace

TEST_CASE("run coding: runs round-trip and stop at the limit", "[trace]") {
    std::mt19937_64 random(9);
    for (std::uint64_t maxRun : {1, 3, 17, 100, 5000}) {
        for (std::uint64_t size : {1, 7, 16, 17, 100, 4096, 70000}) {
            std::vector<std::uint8_t> values(size), coded(2 * size + 10), back(size, 0xee);
            fillRuns(values.data(), size, maxRun, random);
            std::uint8_t* end = putRuns(coded.data(), values.data(), size);
            REQUIRE(end <= coded.data() + coded.size());
            CHECK(skipRuns(coded.data(), size) == end);
            expandRuns(coded.data(), back.data(), size);
            REQUIRE(back == values);
            std::uint64_t runs = 0;
            for (std::uint64_t i = 0; i < size; i += runLength(values.data() + i, size - i)) ++runs;
            std::uint64_t counted = 0;
            CHECK(putRunsUpTo(coded.data(), values.data(), size, runs, counted) == end);
            CHECK(counted == runs);
            CHECK(putRunsUpTo(coded.data(), values.data(), size, runs - 1, counted) == nullptr);
        }
    }
}

TEST_CASE("page copy: a page reads back exactly, as runs or raw", "[trace]") {
    memory::Segment segment;
    segment.bytes = memory::ReservedMemory(2 * kPage);
    segment.shadow = memory::ReservedMemory(2 * kPage);
    std::uint8_t* bytes = segment.bytes.data() + kPage; // page 1
    std::uint8_t* shadow = segment.shadow.data() + kPage;
    std::mt19937_64 random(17);
    for (int round = 0; round < 40; ++round) {
        // Runs of every length: from one byte (raw wins) to whole pages (a few runs).
        std::uint64_t maxRun = std::uint64_t{1} << (round % 13);
        fillRuns(bytes, kPage, maxRun, random);
        fillRuns(shadow, kPage, maxRun * 2, random);
        if (round % 5 == 0)
            for (std::uint64_t i = 0; i < kPage; ++i) bytes[i] = static_cast<std::uint8_t>(random());
        std::shared_ptr<const PageCopy> copy = PageCopy::take(segment, 1);
        std::vector<std::uint8_t> backBytes(kPage, 0x5a), backShadow(kPage, 0xa5);
        copy->restore(backBytes.data(), backShadow.data());
        REQUIRE(std::memcmp(backBytes.data(), bytes, kPage) == 0);
        REQUIRE(std::memcmp(backShadow.data(), shadow, kPage) == 0);
        CHECK(copy->bytesHeld() <= PageCopy::kRawBytes + sizeof(PageCopy));
    }
}

} // namespace memviz::trace::test
