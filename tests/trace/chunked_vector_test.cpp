// ChunkedVector: elements keep their place across chunk boundaries, iterators work with the standard
// algorithms, and the memory held follows the elements added.
#include "trace/chunked_vector.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>

namespace memviz::trace::test {

TEST_CASE("chunked vector: indexing, growth across chunks, iterators, resize", "[trace]") {
    ChunkedVector<std::uint64_t, 4> v; // 16 elements a chunk
    CHECK(v.empty());
    for (std::uint64_t i = 0; i < 100; ++i) v.push_back(3 * i);
    REQUIRE(v.size() == 100);
    for (std::uint64_t i = 0; i < 100; ++i) CHECK(v[i] == 3 * i);
    CHECK(v.back() == 297);
    // References stay valid while the vector grows (no element is ever moved).
    const std::uint64_t* first = &v[0];
    for (std::uint64_t i = 0; i < 1000; ++i) v.emplace_back(i);
    CHECK(first == &v[0]);
    CHECK(*first == 0);
    // Random-access iterators: binary search over the first 100.
    auto it = std::partition_point(v.begin(), v.begin() + 100, [](std::uint64_t x) { return x < 150; });
    CHECK(it - v.begin() == 50);
    CHECK(*it == 150);
    CHECK(it[1] == 153);
    CHECK(std::distance(v.begin(), v.end()) == 1100);
    v.resize(20);
    CHECK(v.size() == 20);
    CHECK(v.back() == 57);
    v.resize(40);
    CHECK(v.size() == 40);
    CHECK(v[39] == 0); // grown elements are value-initialized
    CHECK(v.bytesHeld() >= 40 * sizeof(std::uint64_t));
}

} // namespace memviz::trace::test
