// Timeline::stateAt takes over the heap blocks of the state before that did not change; the states it gives
// must equal, in every field, the states built afresh, over random walks through a run (steps forwards and
// back, short hops, far jumps across checkpoints) of heap-heavy programs under every allocator. Also the
// copy-on-write sharing of ValueList.
#include "source_file.h"
#include "state_compare.h"

#include "lang/compiler.h"
#include "trace/timeline.h"

#include <catch2/catch.hpp>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace memviz::trace::test {

namespace {

// Every field, including those the live-machine comparison leaves out (narration, position, cost meter).
std::string exactDifference(const MachineState& a, const MachineState& b) {
    if (std::string d = firstDifference(a, b); !d.empty()) return d;
    if (a.step != b.step || a.totalSteps != b.totalSteps || a.line != b.line ||
        a.previousLine != b.previousLine || a.ended != b.ended)
        return "position differs";
    if (a.stackPointer != b.stackPointer) return "stack pointer differs";
    if (a.narration != b.narration) return differ("narration", a.narration, b.narration);
    // Both are plain structs of 64-bit counters.
    if (std::memcmp(&a.cost, &b.cost, sizeof a.cost) != 0) return "cost meter differs";
    if (std::memcmp(&a.metrics, &b.metrics, sizeof a.metrics) != 0) return "metrics differ";
    for (std::size_t i = 0; i < a.danglingTargets.size(); ++i) {
        const FreedBlockState& x = a.danglingTargets[i];
        const FreedBlockState& y = b.danglingTargets[i];
        if (x.id != y.id || x.payload != y.payload || x.requested != y.requested ||
            x.allocLine != y.allocLine || x.freeLine != y.freeLine || x.allocStep != y.allocStep ||
            x.freeStep != y.freeStep)
            return "dangling target " + str(i) + " differs";
    }
    return "";
}

struct Walk {
    std::size_t states = 0;
    std::size_t sharedBlocks = 0; // allocated blocks whose words the state shares with the state before
};

// Records `source` twice, one Timeline building incrementally and one afresh, and compares their states over
// a random walk of `moves` steps (now and then asking for a narration, which moves the cursor on its own).
Walk walk(const std::string& source, const std::string& name, alloc::Policy policy, std::uint32_t seed,
          int moves, bool keepGoing = false) {
    lang::CompileResult compiled = lang::compile(source, name);
    REQUIRE(compiled.ok());
    engine::RunOptions options;
    options.allocator = policy;
    options.maxSteps = 200'000;
    options.keepGoing = keepGoing;
    std::unique_ptr<Timeline> incremental = Timeline::record(*compiled.unit, options);
    std::unique_ptr<Timeline> fresh = Timeline::record(*compiled.unit, options);
    fresh->setIncrementalStates(false);
    REQUIRE(incremental->totalSteps() == fresh->totalSteps());

    std::mt19937 random(seed);
    auto uniform = [&](std::uint64_t low, std::uint64_t high) {
        return std::uniform_int_distribution<std::uint64_t>(low, high)(random);
    };
    const std::uint64_t end = incremental->endStep();
    std::uint64_t step = uniform(1, end);
    Walk result;
    MachineState before;
    for (int move = 0; move < moves; ++move) {
        std::uint64_t kind = uniform(0, 9);
        if (kind < 3)
            step += 1;
        else if (kind < 6)
            step = step > 1 ? step - 1 : 1;
        else if (kind == 6)
            step += uniform(2, 40);
        else if (kind == 7)
            step = step > 40 ? step - uniform(2, 40) : 1;
        else if (kind == 8)
            step = uniform(1, end);
        else
            step = uniform(0, 1) == 0 ? 1 : end;
        step = std::min(step, end);
        if (uniform(0, 9) == 0) incremental->narration(uniform(1, end)); // moves the cursor elsewhere first
        INFO(name << ", " << alloc::policyName(policy) << ", move " << move << ", step " << step << " of "
                  << end);
        MachineState state = incremental->stateAt(step);
        REQUIRE(exactDifference(state, fresh->stateAt(step)) == "");
        for (const HeapBlockState& block : state.heap)
            for (const HeapBlockState& old : before.heap)
                if (!block.words.empty() && block.words.sharesWith(old.words)) ++result.sharedBlocks;
        ++result.states;
        before = std::move(state);
    }
    return result;
}

// The stack grows (and the history maps and unmaps it) while heap blocks move.
const char* kDeepFrames = R"(#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int down(int n, char *copy) {
    char buffer[3000];
    memset(buffer, n, sizeof buffer);
    copy[n] = buffer[n];
    if (n == 0)
        return buffer[0];
    return down(n - 1, copy) + buffer[1];
}
int main(void) {
    char *copy = malloc(64);
    int total = 0;
    for (int round = 0; round < 3; round++) {
        total += down(40, copy);
        copy = realloc(copy, 64 + round * 32);
    }
    printf("%d\n", total);
    free(copy);
    return 0;
}
)";

// bench/programs/heap_churn.c made small: fewer slots, rounds and queued nodes.
std::string smallHeapChurn() {
    std::string source =
        readSourceFile(std::filesystem::path(MEMVIZ_SOURCE_DIR) / "bench" / "programs" / "heap_churn.c");
    auto replace = [&](const std::string& from, const std::string& to) {
        std::size_t at = source.find(from);
        REQUIRE(at != std::string::npos);
        source.replace(at, from.size(), to);
    };
    replace("#define SLOTS 4000", "#define SLOTS 300");
    replace("#define ROUNDS 120000", "#define ROUNDS 1500");
    replace("#define QUEUE_MAX 600", "#define QUEUE_MAX 40");
    return source;
}

} // namespace

TEST_CASE("ValueList: copies share their nodes until one of them changes", "[trace]") {
    ValueList empty;
    CHECK(empty.empty());
    CHECK(empty.begin() == empty.end());

    std::vector<ValueNode> nodes(3);
    for (std::size_t i = 0; i < nodes.size(); ++i) nodes[i].name = "n" + std::to_string(i);
    auto storage = std::make_shared<std::vector<ValueNode>>(nodes);
    ValueList slice(storage, 1, 2);
    REQUIRE(slice.size() == 2);
    CHECK(slice[0].name == "n1");
    CHECK(slice[1].name == "n2");

    ValueList copy = slice;
    CHECK(copy.sharesWith(slice));
    ValueNode added;
    added.name = "added";
    copy.push_back(added);
    CHECK_FALSE(copy.sharesWith(slice));
    CHECK(slice.size() == 2);
    CHECK(storage->size() == 3);
    REQUIRE(copy.size() == 3);
    CHECK(copy[0].name == "n1");
    CHECK(copy[2].name == "added");

    std::vector<std::string> names;
    for (const ValueNode& node : copy) names.push_back(node.name);
    CHECK(names == std::vector<std::string>{"n1", "n2", "added"});
    copy.clear();
    CHECK(copy.empty());
}

TEST_CASE("incremental states equal fresh ones: heap churn under every allocator", "[trace][incremental]") {
    std::string source = smallHeapChurn();
    std::uint32_t seed = 7;
    for (alloc::Policy policy : alloc::allPolicies()) {
        Walk result = walk(source, "heap_churn.c", policy, seed++, 500);
        CHECK(result.sharedBlocks > 10 * result.states); // most steps take most blocks over
    }
}

TEST_CASE("incremental states equal fresh ones: heap and stack programs", "[trace][incremental]") {
    std::filesystem::path root = std::filesystem::path(MEMVIZ_SOURCE_DIR);
    struct Case {
        std::filesystem::path path;
        bool keepGoing;
    };
    const Case cases[] = {
        {root / "tests" / "programs" / "realloc_growth.c", false},
        {root / "tests" / "programs" / "hash_rehash.c", false},
        {root / "tests" / "programs" / "doubly_linked_list.c", false},
        {root / "tests" / "programs" / "errors" / "keep_going_heap_corruption.c", true},
        {root / "tests" / "programs" / "errors" / "heap_overflow_neighbour.c", true},
        {root / "resources" / "examples" / "10_fragmentation.c", false},
        {root / "resources" / "examples" / "12_dangling_pointer.c", false},
    };
    std::uint32_t seed = 100;
    for (const Case& c : cases)
        for (alloc::Policy policy : {alloc::Policy::FirstFit, alloc::Policy::Buddy})
            walk(readSourceFile(c.path), c.path.filename().string(), policy, seed++, 250, c.keepGoing);
    walk(kDeepFrames, "deep_frames.c", alloc::Policy::FirstFit, seed++, 250);
}

} // namespace memviz::trace::test
