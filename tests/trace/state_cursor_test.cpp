// StateCursor: replaying every step record forwards from the first checkpoint reaches the end checkpoint's
// memory byte for byte (bytes and shadow of every mapped segment), and undoing them all backwards comes back
// to the first one; memory ops are XORs, so one wrong byte would stay wrong.
#include "source_file.h"

#include "engine/machine.h"
#include "lang/compiler.h"
#include "trace/history_recorder.h"
#include "trace/history_store.h"
#include "trace/state_cursor.h"

#include <catch2/catch.hpp>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace memviz::trace::test {

namespace {

// The first segment whose bounds, bytes or shadow differ ("" when none).
std::string memoryDifference(const memory::AddressSpace& a, const memory::AddressSpace& b) {
    for (std::size_t k = 0; k < 6; ++k) {
        const memory::Segment& x = a.segments()[k];
        const memory::Segment& y = b.segments()[k];
        if (x.begin != y.begin || x.end != y.end) return "segment " + std::to_string(k) + ": bounds";
        if (x.end <= x.begin) continue;
        if (std::memcmp(x.bytesAt(x.begin), y.bytesAt(y.begin), x.end - x.begin) != 0)
            return "segment " + std::to_string(k) + ": bytes";
        if (std::memcmp(x.shadowAt(x.begin), y.shadowAt(y.begin), x.end - x.begin) != 0)
            return "segment " + std::to_string(k) + ": shadow";
    }
    return "";
}

void replayBothWays(const std::string& source, const std::string& name) {
    lang::CompileResult compiled = lang::compile(source, name);
    REQUIRE(compiled.ok());
    engine::RunOptions options;
    options.maxSteps = 300'000;
    HistoryStore store(*compiled.unit, options);
    HistoryRecorder recorder(store);
    engine::Machine machine(*compiled.unit, options, &recorder);
    recorder.attach(machine);
    recorder.finish(machine.run());
    REQUIRE(store.checkpoints.size() >= 2);

    auto checkpointMemory = [&](const Checkpoint& checkpoint) {
        memory::AddressSpace space(store.image.layout(options.stackLimit, options.heapLimit));
        checkpoint.restore(space);
        return space;
    };
    StateCursor cursor(store);
    cursor.seek(1);
    // One step at a time: never nearer a checkpoint than the step it stands on, so every record is replayed.
    for (std::uint64_t step = 2; step <= store.endStep; ++step) cursor.seek(step);
    CHECK(memoryDifference(cursor.space(), checkpointMemory(store.checkpoints.back())) == "");
    for (std::uint64_t step = store.endStep - 1; step >= 1; --step) cursor.seek(step);
    CHECK(memoryDifference(cursor.space(), checkpointMemory(store.checkpoints.front())) == "");
}

} // namespace

TEST_CASE("step records replayed forwards and undone backwards reproduce memory exactly", "[trace]") {
    std::filesystem::path root(MEMVIZ_SOURCE_DIR);
    std::string churn = readSourceFile(root / "bench" / "programs" / "heap_churn.c");
    for (auto [from, to] : {std::pair<std::string, std::string>{"#define SLOTS 4000", "#define SLOTS 300"},
                            {"#define ROUNDS 120000", "#define ROUNDS 1500"},
                            {"#define QUEUE_MAX 600", "#define QUEUE_MAX 40"}}) {
        std::size_t at = churn.find(from);
        REQUIRE(at != std::string::npos);
        churn.replace(at, from.size(), to);
    }
    replayBothWays(churn, "heap_churn.c");
    for (const char* program : {"hanoi.c", "dynamic_strings_matrix.c", "avl_tree.c", "goto_cleanup.c"}) {
        INFO(program);
        replayBothWays(readSourceFile(root / "tests" / "programs" / program), program);
    }
}

} // namespace memviz::trace::test
