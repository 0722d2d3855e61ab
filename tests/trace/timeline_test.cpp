// Timeline: navigation (over, into, out, back, run to a line), narration, marks, the heap walk against the
// allocator's own, cancelling an endless run, and seeking far and near.
#include "trace/state_builder.h"
#include "trace/timeline.h"

#include "engine/machine.h"
#include "lang/compiler.h"

#include <catch2/catch.hpp>

#include <thread>

namespace memviz::trace::test {

namespace {

const char* kProgram = R"(#include <stdio.h>
#include <stdlib.h>
int fact(int n) {
    if (n <= 1)
        return 1;
    return n * fact(n - 1);
}
int main(void) {
    int *p = malloc(24);
    p[0] = fact(3);
    free(p);
    int x = 5;
    printf("%d\n", x);
    return 0;
}
)";

struct Recorded {
    lang::CompileResult compiled;
    std::unique_ptr<Timeline> timeline;
};

Recorded record(const char* source, engine::RunOptions options = {}) {
    Recorded r;
    r.compiled = lang::compile(source, "t.c");
    REQUIRE(r.compiled.ok());
    r.timeline = Timeline::record(*r.compiled.unit, options);
    return r;
}

std::uint64_t firstStepAt(Timeline& t, std::uint32_t line) {
    for (std::uint64_t s = 1; s <= t.totalSteps(); ++s)
        if (t.lineAt(s) == line) return s;
    return 0;
}

} // namespace

TEST_CASE("timeline: step over skips a call, step into enters it, step out leaves it", "[trace]") {
    Recorded r = record(kProgram);
    Timeline& t = *r.timeline;
    std::uint64_t call = firstStepAt(t, 10); // p[0] = fact(3);
    REQUIRE(call != 0);
    CHECK(t.lineAt(t.stepOver(call)) == 11);
    std::uint64_t inside = t.stepInto(call);
    CHECK(t.lineAt(inside) == 4);
    CHECK(t.depthAt(inside) == 2);
    CHECK(t.lineAt(t.stepOut(inside)) == 11);
    CHECK(t.backOut(inside) == call);
    CHECK(t.backOver(t.stepOver(call)) == call);
    CHECK(t.runTo(1, {12}, true) == firstStepAt(t, 12));
    CHECK(t.runTo(t.endStep(), {10}, false) == call);
    CHECK(t.stepOver(t.totalSteps()) == t.endStep());
    CHECK(t.backInto(1) == 1);
}

TEST_CASE("timeline: narration says what the heap, a call and a return did", "[trace]") {
    Recorded r = record(kProgram);
    Timeline& t = *r.timeline;
    std::uint64_t mallocStep = firstStepAt(t, 9);
    std::string sentence = t.narration(mallocStep);
    CHECK_THAT(sentence, Catch::Contains("malloc(24) — first-fit examined"));
    CHECK_THAT(sentence, Catch::Contains("32-byte block"));
    CHECK((t.marksAt(mallocStep) & static_cast<std::uint8_t>(StepMark::HeapOp)) != 0);
    CHECK_THAT(t.narration(firstStepAt(t, 11)), Catch::Contains("free(0x"));
    CHECK_THAT(t.narration(firstStepAt(t, 10)), Catch::Contains("called fact()"));
    CHECK_THAT(t.narration(firstStepAt(t, 12)), Catch::Contains("x = 5"));
    CHECK_THAT(t.narration(firstStepAt(t, 13)), Catch::Contains("printed \"5\\n\""));
    bool returned = false;
    for (std::uint64_t s = 1; s <= t.totalSteps(); ++s)
        if (t.narration(s).find("fact() returned 6") != std::string::npos) returned = true;
    CHECK(returned);
}

TEST_CASE("timeline: the state shows the block, the pointer to it and then the dangling pointer", "[trace]") {
    Recorded r = record(kProgram);
    Timeline& t = *r.timeline;
    MachineState before = t.stateAt(firstStepAt(t, 11)); // about to free
    REQUIRE(before.frames.size() == 1);
    const ValueNode& p = before.frames[0].locals[0];
    CHECK(p.name == "p");
    CHECK(p.type == "int *");
    REQUIRE(before.heap.size() >= 1);
    CHECK(before.heap[0].state == BlockState::Allocated);
    CHECK(before.heap[0].requested == 24);
    CHECK(before.heap[0].allocLine == 9);
    CHECK(before.heap[0].pointedTo);
    CHECK(before.heap[0].words[0].value == "0x0000000000000006");
    REQUIRE(!before.pointers.empty());
    CHECK(before.pointers[0].target == PointerTarget::Heap);
    CHECK(before.pointers[0].toBlockId == before.heap[0].id);
    CHECK(before.metrics.liveRequested == 24);
    CHECK(before.cost.heapOperations == 1);
    CHECK(before.cost.framePushes == 4); // main and fact three times

    MachineState after = t.stateAt(firstStepAt(t, 12));
    REQUIRE(!after.pointers.empty());
    CHECK(after.pointers[0].target == PointerTarget::DanglingHeap);
    CHECK(after.danglingTargets.size() == 1);
    CHECK(after.danglingTargets[0].freeLine == 11);
    CHECK(after.metrics.liveRequested == 0);
    MachineState end = t.stateAt(t.endStep());
    CHECK(end.ended);
    CHECK(end.output == "5\n");
}

TEST_CASE("timeline: the heap walk from memory matches every allocator's own walk", "[trace]") {
    const char* churn = R"(#include <stdlib.h>
int main(void) {
    void *p[64] = {0};
    unsigned s = 7;
    for (int i = 0; i < 3000; i++) {
        s = s * 1103515245u + 12345u;
        int k = (s >> 8) % 64;
        if (p[k]) { free(p[k]); p[k] = 0; }
        else p[k] = malloc((s >> 16) % 700 + 1);
        if (i % 97 == 0 && p[k]) p[k] = realloc(p[k], (s >> 12) % 2000 + 1);
    }
    return 0;
}
)";
    lang::CompileResult compiled = lang::compile(churn, "churn.c");
    REQUIRE(compiled.ok());
    for (alloc::Policy policy : alloc::allPolicies()) {
        engine::RunOptions options;
        options.allocator = policy;
        engine::Machine machine(*compiled.unit, options);
        machine.run();
        std::vector<WalkedBlock> fromMemory = walkHeap(machine.space());
        std::vector<alloc::BlockInfo> fromAllocator;
        machine.heap().walk([&](const alloc::BlockInfo& b) { fromAllocator.push_back(b); });
        INFO("allocator " << alloc::policyName(policy));
        REQUIRE(fromMemory.size() == fromAllocator.size());
        for (std::size_t i = 0; i < fromMemory.size(); ++i) {
            CHECK(fromMemory[i].address == fromAllocator[i].address);
            CHECK(fromMemory[i].size == fromAllocator[i].size);
            CHECK(fromMemory[i].allocated == fromAllocator[i].allocated);
        }
    }
}

TEST_CASE("timeline: a cancelled endless loop stops, its history kept", "[trace]") {
    lang::CompileResult compiled = lang::compile("int main(void) { int i = 0; for (;;) i++; }", "loop.c");
    REQUIRE(compiled.ok());
    std::atomic<bool> cancel{false};
    engine::RunOptions options;
    options.maxSteps = 1'000'000'000;
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        cancel = true;
    });
    std::unique_ptr<Timeline> t = Timeline::record(*compiled.unit, options, &cancel);
    stopper.join();
    CHECK(t->result().status == engine::RunStatus::StepLimit);
    CHECK(t->totalSteps() > 1000);
    CHECK(t->totalSteps() < 1'000'000'000);
    MachineState middle = t->stateAt(t->totalSteps() / 2);
    REQUIRE(middle.frames.size() == 1);
    CHECK(middle.frames[0].locals[0].initialized);
}

TEST_CASE("timeline: metrics series and marks follow the heap", "[trace]") {
    Recorded r = record(kProgram);
    Timeline& t = *r.timeline;
    CHECK(t.metrics().size() == 2);
    CHECK((t.marksAt(firstStepAt(t, 9)) & static_cast<std::uint8_t>(StepMark::HeapOp)) != 0);
    CHECK(t.nextMark(firstStepAt(t, 9), static_cast<std::uint8_t>(StepMark::HeapOp), true) == firstStepAt(t, 11));
    CHECK(t.nextMark(t.endStep(), static_cast<std::uint8_t>(StepMark::HeapOp), false) == firstStepAt(t, 11));
    CHECK(t.historyBytes() > 0);
}

} // namespace memviz::trace::test
