// memviz-cli run: the built executable on small C programs written to scratch files: output and exit
// status, compile errors, runtime errors, leaks, stdin, the step limit, allocators, the trace, argv, and
// bad input (missing, directory, binary, empty files; bad options).
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

using namespace memviz::cli::test;

namespace {

// A scratch C file (or any file) with `text`; removed when the object goes.
struct ScratchFile {
    std::string path;
    ScratchFile(const std::string& name, std::string_view text) : path(scratchPath(name)) {
        std::ofstream file(path, std::ios::binary);
        file.write(text.data(), static_cast<std::streamsize>(text.size()));
    }
    ~ScratchFile() { std::remove(path.c_str()); }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;
};

struct ScratchOutput {
    std::string path;
    explicit ScratchOutput(const std::string& name) : path(scratchPath(name)) {}
    ~ScratchOutput() { std::remove(path.c_str()); }
    ScratchOutput(const ScratchOutput&) = delete;
    ScratchOutput& operator=(const ScratchOutput&) = delete;
    std::string text() const { return readFile(path); }
};

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

// A strict JSON (RFC 8259) recognizer, enough to check that each trace line is one valid document.
class JsonChecker {
public:
    explicit JsonChecker(std::string_view text) : m_text(text) {}
    bool document() {
        skipSpace();
        if (!value()) return false;
        skipSpace();
        return m_pos == m_text.size();
    }

private:
    bool value() {
        if (m_pos >= m_text.size()) return false;
        char c = m_text[m_pos];
        if (c == '{') return object();
        if (c == '[') return array();
        if (c == '"') return string();
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        for (std::string_view word : {"true", "false", "null"})
            if (m_text.substr(m_pos, word.size()) == word) {
                m_pos += word.size();
                return true;
            }
        return false;
    }
    bool object() {
        ++m_pos;
        skipSpace();
        if (peek('}')) return true;
        do {
            skipSpace();
            if (!string()) return false;
            skipSpace();
            if (!peek(':')) return false;
            skipSpace();
            if (!value()) return false;
            skipSpace();
        } while (peek(','));
        return peek('}');
    }
    bool array() {
        ++m_pos;
        skipSpace();
        if (peek(']')) return true;
        do {
            skipSpace();
            if (!value()) return false;
            skipSpace();
        } while (peek(','));
        return peek(']');
    }
    bool string() {
        if (!peek('"')) return false;
        while (m_pos < m_text.size()) {
            auto c = static_cast<unsigned char>(m_text[m_pos++]);
            if (c == '"') return true;
            if (c < 0x20) return false;
            if (c == '\\') {
                if (m_pos >= m_text.size()) return false;
                char e = m_text[m_pos++];
                if (e == 'u') {
                    for (int i = 0; i < 4; ++i)
                        if (m_pos >= m_text.size() ||
                            !std::isxdigit(static_cast<unsigned char>(m_text[m_pos++])))
                            return false;
                } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
                    return false;
                }
            }
        }
        return false;
    }
    bool number() {
        std::size_t start = m_pos;
        peek('-');
        if (!digits()) return false;
        if (peek('.') && !digits()) return false;
        if (peek('e') || peek('E')) {
            if (!peek('+')) peek('-');
            if (!digits()) return false;
        }
        return m_pos > start;
    }
    bool digits() {
        std::size_t start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') ++m_pos;
        return m_pos > start;
    }
    bool peek(char c) {
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    void skipSpace() {
        while (m_pos < m_text.size() &&
               std::string_view(" \t\r\n").find(m_text[m_pos]) != std::string_view::npos)
            ++m_pos;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

bool validJson(std::string_view text) {
    return JsonChecker(text).document();
}

constexpr std::string_view kHello = R"(#include <stdio.h>
int main(void) {
    printf("hello, world\n");
    printf("%5.2f|%-4d|%x\n", 3.14159, 42, 255);
    return 3;
}
)";

constexpr std::string_view kUseAfterFree = R"(#include <stdio.h>
#include <stdlib.h>
int main(void) {
    int *p = malloc(sizeof *p);
    *p = 1;
    printf("before\n");
    free(p);
    printf("%d\n", *p);
    return 0;
}
)";

constexpr std::string_view kLeak = R"(#include <stdlib.h>
int main(void) {
    char *keep = malloc(10);
    for (int i = 0; i < 2; i++) {
        char *lost = malloc(16);
        lost[0] = 'x';
    }
    free(keep);
    return 0;
}
)";

} // namespace

TEST_CASE("run: a program's stdout byte for byte and its own exit status", "[cli][run]") {
    ScratchFile program("hello.c", kHello);
    ScratchOutput report("hello.json");
    CliRun run = runCli({"run", program.path, "--report", report.path});
    CHECK(run.exitCode == 3);
    CHECK(run.out == "hello, world\n 3.14|42  |ff\n");
    CHECK(run.err.empty());
    std::string json = report.text();
    CHECK(validJson(json));
    CHECK(contains(json, "\"status\": \"exited\""));
    CHECK(contains(json, "\"exit_code\": 3,"));
    for (std::string_view key :
         {"steps", "diagnostics", "errors", "leaks", "heap", "allocator", "allocations", "frees",
          "peak_extent", "peak_live", "cost", "blocks_examined", "frame_pushes"})
        CHECK(contains(json, "\"" + std::string(key) + "\": "));
}

TEST_CASE("run: the program's argv comes after --", "[cli][run]") {
    ScratchFile program("args.c", R"(#include <stdio.h>
int main(int argc, char **argv) {
    printf("%d\n", argc);
    for (int i = 1; i < argc; i++) printf("[%s]\n", argv[i]);
    return 0;
}
)");
    CliRun run = runCli({"run", program.path, "--max-steps", "1000", "--", "one", "two words", "--report"});
    CHECK(run.exitCode == 0);
    CHECK(run.out == "4\n[one]\n[two words]\n[--report]\n");
    CHECK(run.err.empty());

    CliRun none = runCli({"run", program.path});
    CHECK(none.out == "1\n");
}

TEST_CASE("run: a compile error is reported like gcc, with the line and a caret", "[cli][run]") {
    ScratchFile program("broken.c", "int main(void) {\n    int x = 1\n    return x;\n}\n");
    ScratchOutput report("broken.json");
    CliRun run = runCli({"run", program.path, "--report", report.path});
    CHECK(run.exitCode == 1);
    CHECK(run.out.empty());
    CHECK(contains(run.err, program.path + ":2:14: error: expected ';'"));
    CHECK(contains(run.err, "\n     int x = 1\n              ^\n"));
    std::string json = report.text();
    CHECK(validJson(json));
    CHECK(contains(json, "\"status\": \"compile-error\""));
    CHECK(contains(json, "\"severity\": \"error\""));
    CHECK(contains(json, "\"line\": 2,"));
    CHECK(contains(json, "\"column\": 14,"));
}

TEST_CASE("run: a runtime error stops the run at its line, with the sanitizer's name", "[cli][run]") {
    ScratchFile program("uaf.c", kUseAfterFree);
    ScratchOutput report("uaf.json");
    CliRun run = runCli({"run", program.path, "--report", report.path});
    CHECK(run.exitCode == 3);
    CHECK(run.out == "before\n"); // the output so far is kept
    // gcc's ASan places a load that is a call's argument at the call (8:5), as memviz does.
    CHECK(contains(run.err, program.path + ":8:5: error: heap-use-after-free: "));
    CHECK(contains(run.err, "\n     printf(\"%d\\n\", *p);\n     ^\n"));
    std::string json = report.text();
    CHECK(validJson(json));
    CHECK(contains(json, "\"status\": \"runtime-error\""));
    CHECK(contains(json, "\"exit_code\": 3,"));
    CHECK(contains(json, "\"kind\": \"heap-use-after-free\""));
    CHECK(contains(json, "\"line\": 8,"));
}

TEST_CASE("run --keep-going reports each error and runs to the end", "[cli][run]") {
    ScratchFile program("keep.c", R"(#include <stdio.h>
#include <stdlib.h>
int main(void) {
    int *p = malloc(2 * sizeof *p);
    p[2] = 5;
    free(p);
    free(p);
    printf("done\n");
    return 4;
}
)");
    ScratchOutput report("keep.json");
    CliRun stop = runCli({"run", program.path});
    CHECK(stop.exitCode == 3);
    CHECK(stop.out.empty());
    CHECK(contains(stop.err, ":5:10: error: heap-buffer-overflow: ")); // the store, at its `=` as gcc's ASan
    CHECK(!contains(stop.err, "double-free"));

    CliRun run = runCli({"run", program.path, "--keep-going", "--report", report.path});
    CHECK(run.exitCode == 4);
    CHECK(run.out == "done\n");
    CHECK(contains(run.err, ":5:10: error: heap-buffer-overflow: "));
    CHECK(contains(run.err, ":7:5: error: double-free: "));
    std::string json = report.text();
    CHECK(contains(json, "\"status\": \"exited\""));
    CHECK(contains(json, "\"keep_going\": true"));
    CHECK(contains(json, "\"kind\": \"double-free\""));
}

TEST_CASE("run: leaks are reported at the line that allocated them", "[cli][run]") {
    ScratchFile program("leak.c", kLeak);
    ScratchOutput report("leak.json");
    CliRun run = runCli({"run", program.path, "--report", report.path});
    CHECK(run.exitCode == 0);
    CHECK(run.err == program.path + ":5: error: memory-leak: 32 bytes in 2 blocks allocated here\n" +
                         "         char *lost = malloc(16);\n");
    std::string json = report.text();
    CHECK(validJson(json));
    CHECK(contains(json,
                   "\"leaks\": [\n    {\n      \"line\": 5,\n      \"bytes\": 32,\n      \"blocks\": 2\n"));
    CHECK(contains(json, "\"allocations\": 3,"));
    CHECK(contains(json, "\"frees\": 1,"));
}

TEST_CASE("run --stdin feeds scanf, getchar and fgets", "[cli][run]") {
    ScratchFile program("sum.c", R"(#include <stdio.h>
int main(void) {
    int a, b;
    char line[32];
    if (scanf("%d %d", &a, &b) != 2) return 9;
    getchar();
    if (fgets(line, sizeof line, stdin) == NULL) return 8;
    printf("%d %s", a + b, line);
    return 0;
}
)");
    ScratchFile input("sum.txt", "3 4\nrest of it\n");
    CliRun run = runCli({"run", program.path, "--stdin", input.path});
    CHECK(run.exitCode == 0);
    CHECK(run.out == "7 rest of it\n");

    CliRun noInput = runCli({"run", program.path});
    CHECK(noInput.exitCode == 9);

    CliRun missing = runCli({"run", program.path, "--stdin", "no-such-input.txt"});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err == "memviz-cli: error: --stdin no-such-input.txt: no such file\n");
}

TEST_CASE("run --max-steps stops an endless loop quickly and keeps the run so far", "[cli][run]") {
    ScratchFile program("endless.c", R"(#include <stdio.h>
int main(void) {
    unsigned i = 0;
    printf("start\n");
    for (;;) i++;
    return 0;
}
)");
    ScratchOutput report("endless.json");
    auto start = std::chrono::steady_clock::now();
    CliRun run = runCli({"run", program.path, "--max-steps", "100,000", "--report", report.path});
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(seconds < 20.0); // generous: a sanity bound, not a benchmark
    CHECK(run.exitCode == 124);
    CHECK(run.out == "start\n");
    CHECK(contains(run.err, "error: step-limit: stopped after 100,000 steps"));
    std::string json = report.text();
    CHECK(contains(json, "\"status\": \"step-limit\""));
    CHECK(contains(json, "\"steps\": 100000,"));
    CHECK(contains(json, "\"exit_code\": 124,"));
}

TEST_CASE("run --allocator takes each policy and the report names it", "[cli][run]") {
    ScratchFile program("alloc.c", R"(#include <stdio.h>
#include <stdlib.h>
int main(void) {
    void *a = malloc(24), *b = malloc(100), *c = malloc(8);
    free(b);
    b = malloc(40);
    free(a); free(b); free(c);
    printf("ok\n");
    return 0;
}
)");
    ScratchOutput report("alloc.json");
    for (std::string policy : {"first-fit", "next-fit", "best-fit", "worst-fit", "segregated", "buddy"}) {
        CAPTURE(policy);
        CliRun run = runCli({"run", program.path, "--allocator", policy, "--report", report.path});
        CHECK(run.exitCode == 0);
        CHECK(run.out == "ok\n");
        CHECK(run.err.empty());
        std::string json = report.text();
        CHECK(contains(json, "\"allocator\": \"" + policy + "\""));
        CHECK(contains(json, "\"allocations\": 4,"));
        CHECK(contains(json, "\"frees\": 4,"));
    }
    CliRun bad = runCli({"run", program.path, "--allocator", "quick-fit"});
    CHECK(bad.exitCode == 2);
    CHECK(contains(bad.err, "unknown allocator 'quick-fit'"));
}

TEST_CASE("run --stack-size and --heap-size set the simulated limits", "[cli][run]") {
    ScratchFile recursion("deep.c",
                          "int f(int n) { return f(n + 1) + 1; }\nint main(void) { return f(0); }\n");
    ScratchOutput report("deep.json");
    CliRun run = runCli({"run", recursion.path, "--stack-size", "64K", "--report", report.path});
    CHECK(run.exitCode == 3);
    CHECK(contains(run.err, ":1:23: error: stack-overflow: "));
    CHECK(contains(report.text(), "\"stack_limit\": 65536,"));

    ScratchFile big("big.c", R"(#include <stdio.h>
#include <stdlib.h>
int main(void) {
    void *p = malloc(1 << 20);
    printf("%s\n", p == NULL ? "null" : "ok");
    free(p);
    return 0;
}
)");
    CHECK(runCli({"run", big.path}).out == "ok\n");
    CHECK(runCli({"run", big.path, "--heap-size", "512K"}).out == "null\n");
    CHECK(runCli({"run", big.path, "--heap-size=2M", "--no-history"}).out == "ok\n");
    CHECK(runCli({"run", big.path, "--heap-size", "lots"}).exitCode == 2);
    CHECK(runCli({"run", big.path, "--stack-size", "0"}).exitCode == 2);
}

TEST_CASE("run --trace writes every event as one JSON object a line", "[cli][run]") {
    ScratchFile program("traced.c", kUseAfterFree);
    ScratchOutput trace("traced.jsonl");
    CliRun run = runCli({"run", program.path, "--trace", trace.path});
    CHECK(run.exitCode == 3);
    std::string text = trace.text();
    REQUIRE(!text.empty());
    CHECK(text.back() == '\n');
    std::istringstream lines(text);
    std::string line;
    std::size_t count = 0;
    while (std::getline(lines, line)) {
        CAPTURE(line);
        CHECK(validJson(line));
        CHECK(line.starts_with("{\"event\":\""));
        ++count;
    }
    CHECK(count > 10);
    CHECK(text.starts_with("{\"event\":\"start\""));
    for (std::string_view event :
         {"\"event\":\"step\"", "\"event\":\"frame-push\"", "\"event\":\"declare\"", "\"event\":\"write\"",
          "\"event\":\"heap\"", "\"event\":\"output\"", "\"event\":\"error\""})
        CHECK(contains(text, event));
    CHECK(contains(text, "\"kind\":\"heap-use-after-free\",\"line\":8"));
    CHECK(contains(text, "{\"event\":\"output\",\"stream\":\"stdout\",\"text\":\"before\\n\"}"));
    CHECK(contains(text, "{\"event\":\"end\",\"status\":\"runtime-error\",\"exit_code\":3,"));

    CliRun unwritable = runCli({"run", program.path, "--trace", "/nonexistent/dir/t.jsonl"});
    CHECK(unwritable.exitCode == 1);
    CHECK(contains(unwritable.err, "cannot write '/nonexistent/dir/t.jsonl'"));
}

TEST_CASE("run: bad input is a clear error, never a crash", "[cli][run][errors]") {
    CliRun missing = runCli({"run", "no-such-program.c"});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err == "memviz-cli: error: no-such-program.c: no such file\n");

    CliRun directory = runCli({"run", "."});
    CHECK(directory.exitCode == 1);
    CHECK(directory.err == "memviz-cli: error: .: is a directory, not a file\n");

    ScratchFile empty("empty.c", "");
    ScratchOutput report("empty.json");
    CliRun emptyRun = runCli({"run", empty.path, "--report", report.path});
    CHECK(emptyRun.exitCode == 1);
    CHECK(emptyRun.err == empty.path + ": error: the file is empty: there is no program to run\n");
    CHECK(contains(report.text(), "\"status\": \"compile-error\""));

    static constexpr char kElf[] = "\x7f"
                                   "ELF\x02\x01\x01\0\0\0garbage\xff\xfe";
    ScratchFile binary("binary.c", std::string_view(kElf, sizeof kElf - 1));
    CliRun binaryRun = runCli({"run", binary.path});
    CHECK(binaryRun.exitCode == 1);
    CHECK(binaryRun.err ==
          binary.path + ":1:8: error: this is not a C source file: it contains binary data (a NUL byte)\n");

    std::string noise;
    for (int i = 0; i < 3000; ++i) noise += static_cast<char>(1 + (i * 7919) % 255);
    ScratchFile garbage("garbage.c", noise);
    CliRun garbageRun = runCli({"run", garbage.path});
    CHECK(garbageRun.exitCode == 1);
    CHECK(contains(garbageRun.err, ": error: "));

    ScratchFile noMain("nomain.c", "int twice(int x) { return 2 * x; }\n");
    CliRun noMainRun = runCli({"run", noMain.path});
    CHECK(noMainRun.exitCode == 1);
    CHECK(contains(noMainRun.err, "error: undefined reference to 'main'"));

    ScratchFile program("fine.c", kHello);
    CHECK(runCli({"run"}).exitCode == 2);
    CHECK(runCli({"run", program.path, "stray"}).exitCode == 2);
    CHECK(runCli({"run", program.path, "--max-steps", "-5"}).exitCode == 2);
    CHECK(runCli({"run", program.path, "--max-steps"}).exitCode == 2);
    CHECK(runCli({"run", program.path, "--frobnicate"}).exitCode == 2);
    CliRun unwritable = runCli({"run", program.path, "--report", "/nonexistent/dir/r.json"});
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.out == "hello, world\n 3.14|42  |ff\n");
    CHECK(contains(unwritable.err, "memviz-cli: error: cannot write '/nonexistent/dir/r.json'"));
}

TEST_CASE("run --help lists the options and the exit statuses", "[cli][run]") {
    CliRun help = runCli({"run", "--help"});
    CHECK(help.exitCode == 0);
    for (std::string_view option : {"--allocator", "--stdin", "--max-steps", "--stack-size", "--heap-size",
                                    "--keep-going", "--report", "--trace", "--no-history", "124"})
        CHECK(contains(help.out, option));
}
