// Machine unit tests: steps and the step limit, frames at real addresses, events, several machines side by
// side, keep-going, leaks, the cost meter.
#include "engine_test_support.h"

namespace memviz::engine::test {

namespace {

struct CountingSink : EventSink {
    int steps = 0, pushes = 0, pops = 0, writes = 0, heapEvents = 0, errors = 0, declared = 0;
    std::string output;
    void onStep(const StepEvent&) override { ++steps; }
    void onFramePushed(const FramePushedEvent&) override { ++pushes; }
    void onFramePopped(const FramePoppedEvent&) override { ++pops; }
    void onVariableDeclared(const VariableDeclaredEvent&) override { ++declared; }
    void onMemoryWritten(const MemoryWrittenEvent&) override { ++writes; }
    void onHeap(const HeapEvent&) override { ++heapEvents; }
    void onOutput(const OutputEvent& e) override { output += e.text; }
    void onError(const RuntimeError&) override { ++errors; }
};

} // namespace

TEST_CASE("a simple program runs and counts its steps", "[engine]") {
    RunResult r = runSource("#include <stdio.h>\nint main(void) {\n  int x = 2;\n  x = x * 21;\n  printf(\"%d\\n\", x);\n  return 3;\n}\n");
    CHECK(r.status == RunStatus::Exited);
    CHECK(r.exitCode == 3);
    CHECK(r.output == "42\n");
    CHECK(r.steps == 4);
}

TEST_CASE("an endless loop stops at the step limit with its output kept", "[engine]") {
    RunOptions options;
    options.maxSteps = 1000;
    RunResult r = runSource("#include <stdio.h>\nint main(void) { printf(\"hi\\n\"); for (;;) {} }\n", options);
    CHECK(r.status == RunStatus::StepLimit);
    CHECK(r.steps == 1000);
    CHECK(r.output == "hi\n");
}

TEST_CASE("events are reported to the sink", "[engine]") {
    CountingSink sink;
    RunResult r = runSource("#include <stdlib.h>\n#include <stdio.h>\nint sq(int v) { return v * v; }\n"
                            "int main(void) { int *p = malloc(8); *p = sq(3); printf(\"%d\", *p); free(p); return 0; }\n",
                            {}, &sink);
    CHECK(r.output == "9");
    CHECK(sink.pushes == 2);
    CHECK(sink.pops == 2);
    CHECK(sink.heapEvents == 2);
    CHECK(sink.writes >= 3);
    CHECK(sink.output == "9");
    CHECK(sink.steps == static_cast<int>(r.steps));
    CHECK(r.cost.framePushes == 2);
    CHECK(r.cost.heapOperations == 2);
}

TEST_CASE("several machines run side by side", "[engine]") {
    std::string source = "#include <stdio.h>\nint g;\nint main(void) { g++; printf(\"%d\", g); return 0; }\n";
    lang::CompileResult compiled = lang::compile(source, "prog.c");
    REQUIRE(compiled.ok());
    Machine a(*compiled.unit), b(*compiled.unit);
    CHECK(a.run().output == "1");
    CHECK(b.run().output == "1");
}

TEST_CASE("keep-going reports each error and continues", "[engine]") {
    RunOptions options;
    options.keepGoing = true;
    RunResult r = runSource("#include <stdlib.h>\n#include <stdio.h>\nint main(void) {\n  int *p = malloc(4);\n"
                            "  free(p);\n  free(p);\n  int x;\n  if (x) puts(\"?\");\n  puts(\"end\");\n  return 0;\n}\n",
                            options);
    CHECK(r.status == RunStatus::Exited);
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].kind == ErrorKind::DoubleFree);
    CHECK(r.errors[0].line == 6);
    CHECK(r.errors[1].kind == ErrorKind::UninitializedRead);
    CHECK(r.errors[1].line == 8);
    CHECK(r.output.find("end\n") != std::string::npos);
}

TEST_CASE("leaks are reported with their allocation line", "[engine]") {
    RunResult r = runSource("#include <stdlib.h>\nint main(void) {\n  for (int i = 0; i < 3; i++)\n    malloc(10);\n"
                            "  return 0;\n}\n");
    REQUIRE(r.leaks.size() == 1);
    CHECK(r.leaks[0].line == 4);
    CHECK(r.leaks[0].bytes == 30);
    CHECK(r.leaks[0].blocks == 3);
}

TEST_CASE("frames live at real stack addresses", "[engine]") {
    RunResult r = runSource("#include <stdio.h>\nvoid f(int depth) { int local; printf(\"%d \", (unsigned long)&local > 0x7fff00000000UL); "
                            "if (depth) f(depth - 1); }\nint main(void) { f(2); return 0; }\n");
    CHECK(r.output == "1 1 1 ");
    CHECK(r.cost.maxStackDepth == 4);
}

} // namespace memviz::engine::test
