// Machine semantics against the reference tools: error locations as gcc's ASan reports them (line and
// column of the faulting expression), definedness tracked as valgrind's memcheck does (reported at a use,
// not at a copy), keep-going writes that really land in the heap's headers, and the last step's line.
#include "engine_test_support.h"

#include <cstring>

namespace memviz::engine::test {

namespace {

const RuntimeError& firstError(const RunResult& r) {
    REQUIRE(!r.errors.empty());
    INFO("message: " << r.errors[0].message);
    return r.errors[0];
}

} // namespace

TEST_CASE("runtime errors carry the faulting expression's column, as gcc's ASan reports", "[engine][errors]") {
    // Columns below are the ones gcc 12 -fsanitize=address puts in its report for the same lines.
    const std::string prelude = "#include <stdio.h>\n#include <stdlib.h>\n"
                                "struct node { int value; struct node *next; };\n";
    struct Case {
        const char* body; // line 5 of the program (line 4 is `int main(void) {`)
        ErrorKind kind;
        std::uint32_t column;
    };
    const Case cases[] = {
        // a load in the middle of an expression: at its `->` / `[`
        {"    struct node *n = malloc(sizeof *n); free(n); int x = 0; x = x + n->value;",
         ErrorKind::HeapUseAfterFree, 70},
        {"    int *a = malloc(8); free(a); return a[1] * 2;", ErrorKind::HeapUseAfterFree, 42},
        // a store: at its `=`; a compound assignment: at its target
        {"    struct node *n = malloc(sizeof *n); free(n); n->value = 3;", ErrorKind::HeapUseAfterFree, 59},
        {"    int *a = malloc(8); free(a); a[1] += 2;", ErrorKind::HeapUseAfterFree, 35},
        // a whole initializer: at the declarator; an argument: at the call
        {"    int *a = malloc(8); free(a); int x = a[1]; return x;", ErrorKind::HeapUseAfterFree, 38},
        {"    int *a = malloc(8); free(a); printf(\"%d\\n\", *a);", ErrorKind::HeapUseAfterFree, 34},
        // a library call's error: at the call; a division: at its operator
        {"    int *a = malloc(8); free(a); free(a);", ErrorKind::DoubleFree, 34},
        {"    int z = 0; int q = 10; return q / z;", ErrorKind::DivisionByZero, 37},
    };
    for (const Case& c : cases) {
        std::string source = prelude + "int main(void) {\n" + c.body + "\n    return 0;\n}\n";
        INFO(c.body);
        RunResult r = runSource(source);
        const RuntimeError& e = firstError(r);
        CHECK(e.kind == c.kind);
        CHECK(e.line == 5);
        CHECK(e.column == c.column);
    }
}

TEST_CASE("an error in a statement spanning lines is at the faulting expression's line", "[engine][errors]") {
    RunResult r = runSource("#include <stdlib.h>\nint main(void) {\n    int *a = malloc(8);\n    free(a);\n"
                            "    int x = 1 +\n        a[0];\n    return x;\n}\n");
    const RuntimeError& e = firstError(r);
    CHECK(e.kind == ErrorKind::HeapUseAfterFree);
    CHECK(e.line == 6);
    CHECK(e.column == 10);
}

TEST_CASE("the last executed step's line is recorded (the step limit points at it)", "[engine]") {
    RunOptions options;
    options.maxSteps = 50;
    RunResult r = runSource("int main(void) {\n    int i = 0;\n    while (1)\n        i++;\n}\n", options);
    CHECK(r.status == RunStatus::StepLimit);
    CHECK((r.lastLine == 3 || r.lastLine == 4));
    RunResult done = runSource("int main(void) {\n    int x = 1;\n    return x - 1;\n}\n");
    CHECK(done.lastLine == 3);
}

TEST_CASE("undefined values are reported where they are used, not where they are copied", "[engine][uninit]") {
    SECTION("copies, arithmetic, parameters and memory keep a value undefined without an error") {
        RunResult r = runSource("#include <stdio.h>\nint id(int v) { return v; }\nint main(void) {\n"
                                "    int x; int y = x; long z = (long)y * 3; int a[2]; a[1] = id(z);\n"
                                "    int w = a[1] + 1; (void)w; printf(\"ok\\n\");\n    return 0;\n}\n");
        CHECK(r.errors.empty());
        CHECK(r.status == RunStatus::Exited);
        CHECK(r.output == "ok\n");
    }
    SECTION("a branch on it") {
        RunResult r = runSource("int main(void) {\n    int x;\n    int y = x + 1;\n    while (y < 3)\n"
                                "        y++;\n    return 0;\n}\n");
        CHECK(firstError(r).kind == ErrorKind::UninitializedRead);
        CHECK(firstError(r).line == 4);
    }
    SECTION("&&, ?: and switch are branches; ! is not") {
        for (const char* use : {"return (x && 1);", "return x ? 1 : 2;", "switch (x) { case 1: return 1; }",
                                "if (!x) return 1;"}) {
            INFO(use);
            RunResult r = runSource(std::string("int main(void) {\n    int x;\n    int b = !x;\n    ") + use +
                                    "\n    return 0;\n}\n");
            CHECK(firstError(r).kind == ErrorKind::UninitializedRead);
            CHECK(firstError(r).line == 4);
        }
    }
    SECTION("an address computed from it") {
        RunResult r = runSource("int main(void) {\n    int a[4] = {0};\n    int i;\n    int j = i;\n"
                                "    return a[j];\n}\n");
        CHECK(firstError(r).kind == ErrorKind::UninitializedRead);
        CHECK(firstError(r).line == 5);
    }
    SECTION("a library argument: malloc's size, a printed value") {
        RunResult m = runSource("#include <stdlib.h>\nint main(void) {\n    int n;\n    int k = n;\n"
                                "    void *p = malloc(k);\n    free(p);\n    return 0;\n}\n");
        CHECK(firstError(m).kind == ErrorKind::UninitializedRead);
        CHECK(firstError(m).line == 5);
        CHECK(firstError(m).column == 15);
    }
    SECTION("the exit status") {
        RunResult r = runSource("int main(void) {\n    int x;\n    int y = x;\n    return y;\n}\n");
        CHECK(firstError(r).kind == ErrorKind::UninitializedRead);
        CHECK(firstError(r).line == 4);
        RunResult e = runSource("#include <stdlib.h>\nint main(void) {\n    int x;\n    exit(x);\n}\n");
        CHECK(firstError(e).kind == ErrorKind::UninitializedRead);
        CHECK(firstError(e).line == 4);
    }
    SECTION("storing a defined value makes the bytes defined again") {
        RunResult r = runSource("int main(void) {\n    int x;\n    int y = x;\n    y = 2;\n"
                                "    if (y > 1) return 0;\n    return 1;\n}\n");
        CHECK(r.errors.empty());
        CHECK(r.exitCode == 0);
    }
}

TEST_CASE("keep-going: a heap overflow really overwrites the neighbour's header", "[engine][keep-going]") {
    const std::string source = "#include <stdlib.h>\n#include <string.h>\nint main(void) {\n"
                               "    char *a = malloc(16);\n    char *b = malloc(16);\n"
                               "    memset(a, 'x', 32);\n    FREE\n    return 0;\n}\n";
    RunOptions options;
    options.keepGoing = true;
    SECTION("freeing the neighbour stops on its damaged header, as glibc's free(): invalid size") {
        std::string program = source;
        program.replace(program.find("FREE"), 4, "free(b);");
        lang::CompileResult compiled = lang::compile(program, "prog.c");
        REQUIRE(compiled.ok());
        Machine machine(*compiled.unit, options);
        RunResult r = machine.run();
        REQUIRE(r.errors.size() >= 2);
        CHECK(r.errors[0].kind == ErrorKind::HeapBufferOverflow);
        CHECK(r.errors[0].line == 6);
        CHECK(r.errors.back().kind == ErrorKind::HeapBufferOverflow);
        CHECK(r.errors.back().line == 7);
        CHECK(r.errors.back().message.find("free(): invalid size") != std::string::npos);
        CHECK(r.status == RunStatus::RuntimeError);
        // The write happened: the neighbour's header word (just past a's 24 usable bytes) is now 'x' bytes.
        auto live = machine.heap().liveBlock(machine.space().heapStart() + 16); // a: the first block
        REQUIRE(live.has_value());
        std::uint64_t header = 0;
        std::uint64_t expected = 0;
        std::memset(&expected, 'x', sizeof expected);
        const std::uint8_t* word = machine.space().hostBytes(live->payload + 24, 8);
        REQUIRE(word != nullptr);
        std::memcpy(&header, word, 8);
        CHECK(header == expected);
    }
    SECTION("freeing the overflowing block itself notices the next block's header") {
        std::string program = source;
        program.replace(program.find("FREE"), 4, "free(a);");
        RunResult r = runSource(program, options);
        REQUIRE(!r.errors.empty());
        CHECK(r.errors.back().line == 7);
        CHECK(r.errors.back().message.find("invalid next size") != std::string::npos);
        CHECK(r.status == RunStatus::RuntimeError);
    }
    SECTION("a later malloc notices too; without heap calls the run ends normally") {
        std::string program = source;
        program.replace(program.find("FREE"), 4, "char *c = malloc(8); (void)c;");
        RunResult r = runSource(program, options);
        CHECK(r.errors.back().message.find("malloc(): corrupted heap") != std::string::npos);
        std::string quiet = source;
        quiet.replace(quiet.find("FREE"), 4, "a[0] = 'y';");
        RunResult q = runSource(quiet, options);
        CHECK(q.status == RunStatus::Exited);
        CHECK(q.errors.size() == 1);
    }
}

} // namespace memviz::engine::test
