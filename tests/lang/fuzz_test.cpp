// Robustness: thousands of mutated programs (truncated, tokens deleted or duplicated, random bytes) and
// pathological inputs must compile or fail with diagnostics, never crash, throw or hang.
#include "lang_test_support.h"

#include <chrono>
#include <random>

using namespace memviz::lang;
using namespace memviz::lang::test;

namespace {

std::string mutate(const std::string& source, std::mt19937& rng) {
    std::string s = source;
    auto pick = [&](std::size_t n) { return n == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
    int edits = 1 + static_cast<int>(pick(4));
    for (int k = 0; k < edits && !s.empty(); ++k) {
        std::size_t at = pick(s.size());
        std::size_t len = 1 + pick(12);
        switch (pick(7)) {
        case 0: s.resize(at); break;                                  // truncate
        case 1: s.erase(at, len); break;                              // delete a run
        case 2: s.insert(at, s.substr(pick(s.size()), len)); break;   // duplicate a run elsewhere
        case 3: s[at] = static_cast<char>(pick(256)); break;          // random byte
        case 4: {                                                     // insert a random punctuator/keyword
            static const char* bits[] = {"(", ")", "{", "}", ";", ",", "*", "[", "]", "#", "##", "struct ",
                                         "int ", "\"", "'", "/*", "\\", "#define X X\n", "->", "..."};
            s.insert(at, bits[pick(sizeof bits / sizeof *bits)]);
            break;
        }
        case 5: std::swap(s[at], s[pick(s.size())]); break;
        default: s.insert(at, std::string(len, s[at])); break;
        }
    }
    return s;
}

void mustNotCrash(const std::string& source) {
    CompileOptions options;
    options.maxTokens = 200000;
    CompileResult r;
    CHECK_NOTHROW(r = compile(source, "fuzz.c", options));
    if (!r.ok()) CHECK_FALSE(r.diagnostics.empty());
}

} // namespace

TEST_CASE("fuzz: mutated corpus programs never crash or hang") {
    std::vector<std::string> corpus;
    for (const char* name : corpusFiles) corpus.push_back(readFile(corpusPath(name)));
    std::mt19937 rng(20240601);
    auto start = std::chrono::steady_clock::now();
    const int iterations = 10000;
    for (int i = 0; i < iterations; ++i) {
        const std::string& base = corpus[static_cast<std::size_t>(i) % corpus.size()];
        std::string input = mutate(base, rng);
        CompileOptions options;
        options.maxTokens = 200000;
        CompileResult r = compile(input, "fuzz.c", options);
        if (!r.ok() && r.diagnostics.empty()) FAIL("failed without a diagnostic:\n" << input);
    }
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(seconds < 120.0);
}

TEST_CASE("fuzz: pathological inputs") {
    mustNotCrash(std::string(100000, '('));
    mustNotCrash("int main(void) { return " + std::string(50000, '(') + "1" + std::string(50000, ')') + "; }");
    mustNotCrash("int main(void) " + std::string(50000, '{'));
    mustNotCrash("int main(void) { return " + std::string(50000, '-') + "1; }");
    mustNotCrash("int main(void) { return " + std::string(50000, '*') + "0; }");
    std::string chain = "int main(void) { return 1";
    for (int i = 0; i < 20000; ++i) chain += "+1";
    mustNotCrash(chain + "; }");
    std::string elses = "int main(void) { int x = 0; ";
    for (int i = 0; i < 5000; ++i) elses += "if (x) x++; else ";
    mustNotCrash(elses + "x--; return x; }");
    mustNotCrash("int " + std::string(20000, '*') + "p;");
    mustNotCrash("int a" + std::string(1000, '[') + ";");
    mustNotCrash("#define f(x) f(f(x))\nf(1)");
    mustNotCrash("#define a a a\n#define b a b a\nb b b");
    mustNotCrash(std::string("#if ") + std::string(5000, '(') + "1\n#endif");
    mustNotCrash("struct S { struct S s; };");
    mustNotCrash("int x = sizeof(int[1L << 62]);");
    mustNotCrash(std::string("\"") + std::string(1000, '\\'));
    mustNotCrash(std::string(1, '\0') + "int main(void){}");
    mustNotCrash("typedef int T; T T; int main(void) { T x = T; }");
    mustNotCrash("int main(void) { int a[2] = {{{{{{1}}}}}}; return a; }");
    mustNotCrash("struct P { int x; } p = { .y = 1, [3] = 2 };");
    mustNotCrash("enum { A = 1 / 0 }; int main(void) { switch (1) { case 1 / 0: ; } }");
    mustNotCrash("int f(int (*g)(int (*)(int (*)(void))));");
    mustNotCrash("int main(void) { goto x; x: y: z: ; }");
    mustNotCrash("#include <stdio.h>\n#include <stdio.h>\n#undef NULL\nint main(void) { return NULL; }");
    mustNotCrash("int main(void) { return 1 ? : 2; }");
    mustNotCrash("char s[3] = \"toolong\"; int main(void) { return s[0]; }");
}
