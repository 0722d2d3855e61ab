// The compiled forms (fast_code.h) against the tree walk, their reference: every golden, error and example
// program, and programs written to leave the plain case inside a compiled expression (an undefined value, a
// bad or freed pointer, a division fault), must end the same way with both: output, status, steps, every
// error with its place and step, leaks and the heap's cost counters.
#include "engine_test_support.h"

namespace memviz::engine::test {

namespace {

std::string describe(const RunResult& r) {
    std::ostringstream out;
    out << runStatusName(r.status) << " exit " << r.exitCode << " steps " << r.steps << " last line " << r.lastLine
        << "\nstdout " << r.output.size() << " bytes, stderr " << r.errorOutput.size() << " bytes\n";
    for (const RuntimeError& e : r.errors)
        out << errorKindName(e.kind) << " " << e.line << ":" << e.column << " step " << e.step << " " << e.message << "\n";
    for (const Leak& leak : r.leaks) out << "leak line " << leak.line << " " << leak.bytes << " bytes " << leak.blocks << "\n";
    const CostCounters& c = r.cost;
    out << "pushes " << c.framePushes << " heap ops " << c.heapOperations << " examined " << c.blocksExamined
        << " splits " << c.splits << " coalesces " << c.coalesces << " growth " << c.heapGrowth << "\n";
    return out.str();
}

// Runs `unit` with and without the compiled forms; both must agree in everything above.
void compareRuns(const lang::TranslationUnit& unit, RunOptions options) {
    options.compiledForms = false;
    RunResult reference = Machine(unit, options).run();
    options.compiledForms = true;
    RunResult compiled = Machine(unit, options).run();
    CHECK(describe(compiled) == describe(reference));
    CHECK(compiled.output == reference.output);
    CHECK(compiled.errorOutput == reference.errorOutput);
}

void compareSource(const std::string& source, bool keepGoing) {
    lang::CompileResult compiled = lang::compile(source, "prog.c");
    INFO(lang::formatDiagnostics(compiled.diagnostics, "prog.c", source));
    REQUIRE(compiled.ok());
    RunOptions options;
    options.keepGoing = keepGoing;
    compareRuns(*compiled.unit, options);
}

} // namespace

TEST_CASE("compiled forms run every program as the tree walk does", "[engine][fast]") {
    std::filesystem::path root(MEMVIZ_SOURCE_DIR);
    std::vector<std::filesystem::path> programs = programsIn(root / "tests" / "programs");
    for (const auto& p : programsIn(root / "tests" / "programs" / "errors")) programs.push_back(p);
    for (const auto& p : programsIn(root / "resources" / "examples")) programs.push_back(p);
    REQUIRE(programs.size() >= 60);
    for (const auto& program : programs) {
        INFO("program: " << program.string());
        std::string source = readFile(program);
        lang::CompileResult compiled = lang::compile(source, program.filename().string());
        if (!compiled.ok()) continue; // the compile-error cases
        std::filesystem::path stdinFile = program;
        stdinFile.replace_extension(".in");
        for (bool keepGoing : {false, true}) {
            RunOptions options;
            options.keepGoing = keepGoing;
            options.maxSteps = 2'000'000;
            options.programName = program.stem().string();
            if (std::filesystem::exists(stdinFile)) options.stdinBytes = readFile(stdinFile);
            INFO("keep-going: " << keepGoing);
            compareRuns(*compiled.unit, options);
        }
    }
}

TEST_CASE("compiled forms leave every fault to the tree walk, at the same place", "[engine][fast]") {
    const char* programs[] = {
        // an uninitialized local in a condition, in arithmetic, stored, passed
        "int main(void) { int x; int y = 2; if (x + y > 1) y = 3; int z = x * 2; return y + z; }",
        // reads past a heap block, of a freed block, through a null pointer, inside compiled expressions
        "#include <stdlib.h>\nint main(void) { int *a = malloc(4 * sizeof *a); for (int i = 0; i < 4; i++) a[i] = i;\n"
        "int s = 0; for (int i = 0; i <= 4; i++) s += a[i] * 2; free(a); s += a[1]; int *p = 0; s += p[0]; return s; }",
        // writes past a stack array and a global array through compiled statements
        "int g[3]; int main(void) { int a[3]; for (int i = 0; i <= 3; i++) { a[i] = i; g[i] = a[i] + 1; }\n"
        "return g[0]; }",
        // division faults inside compiled expressions and compound assignments
        "int main(void) { int z = 0; int n = -2147483647 - 1; int m = -1; int a = 10 / (z + 1); a += n / m;\n"
        "a /= z; return a % z; }",
        // a pointer into freed memory kept in a struct, followed through members
        "#include <stdlib.h>\nstruct node { struct node *next; int v; };\n"
        "int main(void) { struct node *n = malloc(sizeof *n); n->next = n; n->v = 1; free(n); int v = n->next->v;\n"
        "n = 0; return v + n->v; }",
        // heap bytes never written, read in a condition and copied
        "#include <stdlib.h>\nint main(void) { unsigned char *p = malloc(8); int c = 0; if (p[3] > 2) c = 1;\n"
        "unsigned x = p[5]; p[1] = p[6]; free(p); return c + (int)x; }",
        // integer semantics: shifts, signed and unsigned compares, narrowing, negation, pointer differences
        "#include <stdio.h>\nint main(void) { int a = -7; unsigned b = 3; long l = a; char c = (char)300;\n"
        "short s = (short)-40000; unsigned long u = (unsigned long)a; int arr[10]; int *p = arr + 7, *q = arr + 2;\n"
        "for (int i = 0; i < 10; i++) arr[i] = i * i - 20;\n"
        "printf(\"%d %d %ld %d %d %lu %ld %d %d %d\\n\", a < b, a >> 1, l << 3, c, s, u, (long)(p - q), -a, ~a, !a);\n"
        "printf(\"%d %d %d %u\\n\", arr[3] % 4, arr[9] / -3, (a & 0xf) ^ 5, b - 5u);\n"
        "_Bool t = 5; t += 2; t++; unsigned char k = 250; k += 10; k++; printf(\"%d %d\\n\", t, k); return 0; }",
        // widening casts: a signed narrow value to a wider unsigned type is cut to that type's width
        "#include <stdio.h>\nint main(void) { short s = -1; signed char c = -2; unsigned u = 4294967295u; long l = 0;\n"
        "unsigned long x = (unsigned)c; unsigned short w = c; l += (unsigned)c; unsigned long y = (unsigned long)s;\n"
        "printf(\"%d %d %u %lu %u %ld %lu %d\\n\", s == u, c < 4294967295u, s / 2u, x, w, l, y, (int)(w > 65000));\n"
        "return 0; }",
        // pointer arithmetic through compound assignments and increments, and comparisons of pointers
        "#include <stdio.h>\nint main(void) { int a[6] = {1, 2, 3, 4, 5, 6}; int *p = a; p += 2; p++; int *e = a + 6;\n"
        "int s = 0; while (p < e) { s += *p; p++; } p -= 4; int n = 0; while (p != a + 6) n += *p++;\n"
        "printf(\"%d %d %d\\n\", s, n, (int)(e - p)); return 0; }",
        // integer locals of every width under ++, --, op= (wrapping, shifts), an uninitialized one, declarations
        "#include <stdio.h>\nint main(void) { signed char c = 126; unsigned char uc = 254; short s = 32766;\n"
        "unsigned short us = 65534; int i = 2147483646; unsigned u = 4294967294u; long l = -3; unsigned long ul = 1;\n"
        "for (int k = 0; k < 3; k++) { c++; uc++; s++; us++; i++; u++; l--; ul <<= 20; }\n"
        "c += 200; uc -= 7; s *= 3; us >>= 3; i ^= 0x5a5a; u |= 0x80000000u; l %= 7; ul -= 5; c <<= 2; s >>= 1;\n"
        "int x; int y = 1; y += x; x++; char *p = \"text\"; char *q = p + 2; long d = q - p;\n"
        "printf(\"%d %d %d %d %d %u %ld %lu %d %ld %c\\n\", c, uc, s, us, i, u, l, ul, y, d, *q); return x; }",
        // globals and static locals read and written in compiled statements, pointers among them
        "#include <stdio.h>\nint g = 5; long big; char flag = 'a'; int *gp; static unsigned long long seed = 7;\n"
        "int tick(void) { static int calls; calls++; return calls; }\n"
        "int main(void) { for (int k = 0; k < 4; k++) { g = g * 3 + k; big += g; flag++; gp = &g; *gp += 1;\n"
        "seed = seed * 6364136223846793005ULL + 1; tick(); } int t = tick();\n"
        "printf(\"%d %ld %c %d %llu %d\\n\", g, big, flag, *gp, seed >> 33, t); return 0; }",
        // library results stored through compiled targets, a bad target, memset in and out of bounds
        "#include <stdlib.h>\n#include <string.h>\nstruct node { struct node *next; char *data; };\n"
        "int main(void) { char *slots[4]; int k = 2; slots[k] = malloc(8); memset(slots[k], 'x', 8);\n"
        "struct node *n = malloc(sizeof *n); n->next = 0; n->data = malloc(3); memset(n->data, 0, 0);\n"
        "memset(n->data, 1, 4); struct node *bad = 0; char *c = slots[k]; free(slots[k]); slots[k] = malloc(4);\n"
        "bad->data = malloc(2); return c[0] + n->data[0]; }",
        // the specialized forms: `local op constant` of every width and signedness (a widened unsigned local against
        // a negative long), every operator and kind in arithmetic, division and op=, indexing through a pointer
        // local, a local array and a global array by indexes of every width (negative, past the end, undefined)
        "#include <stdio.h>\n#include <stdlib.h>\nint g[5] = {1, 2, 3, 4, 5}; long gl; unsigned gu;\n"
        "struct pt { int x; long y; };\n"
        "int main(void) { signed char c = -3; unsigned char uc = 200; short s = -300; unsigned short us = 60000;\n"
        "int i = -5; unsigned u = 7; long l = -9; unsigned long ul = 11; long long ll = -13; char *np = 0;\n"
        "int r = 0; if (c < -2) r |= 1; if (uc > 199) r |= 2; if (s <= -300) r |= 4; if (us >= 60000) r |= 8;\n"
        "if (i == -5) r |= 16; if (u != 7) r |= 32; if (l < -8L) r |= 64; if (ul > 10) r |= 128; if (ll < 0) r |= 256;\n"
        "if ((long)u < -1L) r |= 512; if (u < 4294967295u) r |= 1024; if (np == 0) r |= 2048;\n"
        "long a1 = l * 3 + l - 2; unsigned long a2 = (ul << 60) >> 3; long long a3 = ll ^ 0x55; int a4 = i >> 1;\n"
        "unsigned a5 = u << 31; int a6 = (i | 8) & ~3; long d1 = l / 2; long d2 = l % 4; unsigned long d3 = ul / 3;\n"
        "int d4 = i % 3; unsigned d5 = u / 2;\n"
        "l += 5; l -= 2; l *= -3; l &= 0xff; l |= 0x100; l ^= 1; l <<= 2; l >>= 1; ul -= 20; ul >>= 2; u *= 3;\n"
        "i <<= 3; i >>= 1; ll -= 1; ll *= ll;\n"
        "int loc[4] = {10, 20, 30, 40}; int *hp = malloc(4 * sizeof *hp); for (int k = 0; k < 4; k++) hp[k] = k * 3;\n"
        "signed char k1 = 2; short k2 = 3; unsigned k3 = 1; long k4 = 0; unsigned char k5 = 1; long t = 0;\n"
        "t += loc[k1] + g[k2] + hp[k3] + loc[k4] + g[k5] + hp[k5]; gl = t; gu = u; gl += gu;\n"
        "signed char back = -1; int *mid = &loc[2]; t += mid[back]; int *gp = &g[3]; t += gp[back];\n"
        "struct pt *p = malloc(sizeof *p); p->x = 4; p->y = 5; t += p->x + p->y;\n"
        "printf(\"%d %ld %lu %lld %d %u %d %ld %ld %lu %d %u\\n\", r, a1, a2, a3, a4, a5, a6, d1, d2, d3, d4, d5);\n"
        "printf(\"%ld %lu %u %d %lld %ld %ld\\n\", l, ul, u, i, ll, t, gl);\n"
        "unsigned w1 = 4000000001u; unsigned long w2 = 0xfffffffffffffff7ul; int w3 = -9;\n"
        "printf(\"%u %u %lu %lu %u %d %d\\n\", w1 / 8, w1 % 512, w2 / 1, w2 % 1, (w1 >> 3) % 4096u, w3 / 4, w3 % 8);\n"
        "int over = 4; t += loc[over]; t += g[over + 1]; t += hp[over]; int undef; t += hp[undef];\n"
        "free(p); t += p->x; int *wild; t += wild[0]; return (int)t; }",
    };
    for (const char* source : programs) {
        INFO("program:\n" << source);
        for (bool keepGoing : {false, true}) {
            INFO("keep-going: " << keepGoing);
            compareSource(source, keepGoing);
        }
    }
}

} // namespace memviz::engine::test
