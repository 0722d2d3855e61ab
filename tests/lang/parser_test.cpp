// Parser: the corpus of teaching programs compiles; malformed programs fail with gcc's message at the right
// line:column, several errors per file where recovery is possible, and unsupported constructs are named.
#include "lang_test_support.h"

using namespace memviz::lang;
using namespace memviz::lang::test;

TEST_CASE("parser: the corpus of teaching programs compiles without errors") {
    for (const char* name : corpusFiles) {
        INFO(name);
        std::string source = readFile(corpusPath(name));
        REQUIRE_FALSE(source.empty());
        CompileResult r = compile(source, name);
        INFO(formatDiagnostics(r.diagnostics, name, source));
        CHECK(r.ok());
        if (r.ok()) CHECK(r.unit->mainFunction != nullptr);
    }
}

TEST_CASE("parser: declarations of every kind") {
    CompileResult r = compileOk(R"(
        typedef unsigned long size_type;
        typedef struct node { int v; struct node *next; } node_t, *node_ptr;
        typedef int (*handler)(int, char **);
        static const int table[] = {1, 2, 3}, count = 3;
        extern int shared;
        int shared = 4;
        char *argv0, **argvp, matrix[2][3];
        void (*signal_like(int sig, void (*fn)(int)))(int);
        int (*pick(void))[3];
        struct point { int x, y; } origin = {.y = 2, .x = 1};
        union value { int i; float f; } v = {.f = 1.5f};
        enum level { LOW = 1, MID, HIGH = MID * 2 } lvl = HIGH;
        int main(void) {
            node_t n = {1, 0};
            node_ptr p = &n;
            handler h = 0;
            size_type s = sizeof(node_t);
            int i = 0, *ip = &i, arr[4] = {[2] = 5, 6};
            struct point pts[] = {{1, 2}, [3] = {.y = 7}};
            char str[8] = "abc", *strp = "xyz";
            static int calls;
            register int r = 1;
            calls++;
            (void)h; (void)p; (void)s; (void)ip; (void)arr; (void)pts; (void)str; (void)strp; (void)r;
            return table[0] + count + shared + lvl + origin.x + v.i;
        }
    )");
    const Variable* table = r.unit->findGlobal("table");
    REQUIRE(table);
    CHECK(typeName(table->type) == "const int[3]");
    const Variable* origin = r.unit->findGlobal("origin");
    REQUIRE(origin->init.entries.size() == 2);
    CHECK(origin->init.entries[0].offset == 4); // .y first
    const Function* pick = r.unit->findFunction("pick");
    CHECK(typeName(pick->type) == "int (*(void))[3]");
    const Function* sig = r.unit->findFunction("signal_like");
    CHECK(typeName(sig->type->base) == "void (*)(int)");
    const Variable* lvl = r.unit->findGlobal("lvl");
    CHECK(lvl->init.entries[0].value->as<IntConstExpr>().value == 4);
}

TEST_CASE("parser: initializers are flattened to offsets") {
    CompileResult r = compileOk(R"(
        struct S { char c; int a[3]; struct { short x, y; } in; };
        struct S s = {'a', {1, 2}, .in.y = 9};
        int flat[2][3] = {1, 2, 3, 4};
        char word[] = "hi";
        char padded[5] = "ab";
        int main(void) { return 0; }
    )");
    std::string text = printUnit(*r.unit);
    CHECK(text.find("global struct S s = {zero @0:(char 97) @4:(int 1) @8:(int 2) @18:(short int 9) }") != std::string::npos);
    CHECK(text.find("global int[2][3] flat = {zero @0:(int 1) @4:(int 2) @8:(int 3) @12:(int 4) }") != std::string::npos);
    CHECK(typeName(r.unit->findGlobal("word")->type) == "char[3]");
    const Variable* padded = r.unit->findGlobal("padded");
    REQUIRE(padded->init.entries.size() == 1);
    CHECK(padded->init.entries[0].bytes == std::string("ab\0\0\0", 5));
}

TEST_CASE("parser: statements and their links") {
    CompileResult r = compileOk(R"(
        int main(void) {
            int n = 0;
            for (int i = 0; i < 3; i++) { if (i == 1) continue; n += i; }
            while (n > 0) { n--; if (n == 1) break; }
            do n++; while (n < 5);
            switch (n) { case 1: n = 2; case 5: n = 3; break; default: n = 0; }
            goto end;
        end:
            return n;
        }
    )");
    std::string text = printUnit(*r.unit);
    CHECK(text.find("switch (var int n)") != std::string::npos);
    CHECK(text.find("case 5:") != std::string::npos);
    const Function* main = r.unit->mainFunction;
    const auto& body = main->body->body;
    const auto& sw = body[4]->as<SwitchStmt>();
    CHECK(sw.cases.size() == 2);
    CHECK(sw.defaultCase != nullptr);
    CHECK(body[5]->as<GotoStmt>().target == &body[6]->as<LabelStmt>());
}

TEST_CASE("parser: malformed programs report gcc's message at line:column") {
    struct Case {
        const char* source;
        const char* error;
    };
    const Case cases[] = {
        {"int main(void) {\n  int x = 1\n  return x;\n}\n", "2:12: expected ';' before 'return'"},
        {"int main(void) {\n  return y;\n}\n", "2:10: 'y' undeclared (first use in this function)"},
        {"int main(void) {\n  int a[3];\n  a = 0;\n  return 0;\n}\n", "3:5: assignment to expression with array type"},
        {"int main(void) {\n  5 = 3;\n  return 0;\n}\n", "2:5: lvalue required as left operand of assignment"},
        {"int f(int a, int b) { return a + b; }\nint main(void) {\n  return f(1);\n}\n", "3:10: too few arguments to function 'f'"},
        {"int f(int a) { return a; }\nint main(void) {\n  return f(1, 2);\n}\n", "3:10: too many arguments to function 'f'"},
        {"struct P { int x; };\nint main(void) {\n  struct P p;\n  return p.z;\n}\n", "4:11: 'struct P' has no member named 'z'"},
        {"int main(void) {\n  const int k = 1;\n  k = 2;\n  return k;\n}\n", "3:5: assignment of read-only variable 'k'"},
        {"int main(void) {\n  break;\n}\n", "2:3: break statement not within loop or switch"},
        {"int main(void) {\n  continue;\n}\n", "2:3: continue statement not within a loop"},
        {"int main(void) {\n  switch (1) { case 1: case 1: break; }\n  return 0;\n}\n", "2:24: duplicate case value"},
        {"int main(void) {\n  goto nowhere;\n}\n", "2:3: label 'nowhere' used but not defined"},
        {"int helper(void) { return 1; }\n", "0:0: undefined reference to 'main'"},
        {"int main(void) {\n  int x = strlen(\"abc\");\n  return x;\n}\n", "2:11: implicit declaration of function 'strlen'; include <string.h>"},
        {"int main(void) {\n  struct Q *q = 0;\n  return q->v;\n}\n", "3:11: invalid use of undefined type 'struct Q'"},
        {"int main(void) {\n  int x;\n  x();\n  return 0;\n}\n", "3:3: called object 'x' is not a function or function pointer"},
        {"int main(void) {\n  char *s = \"a\";\n  return s * 2;\n}\n", "3:12: invalid operands to binary * (have 'char *' and 'int')"},
        {"int main(void) {\n  int x = 1;\n  int x = 2;\n  return x;\n}\n", "3:7: redefinition of 'x'"},
        {"void g(void) {}\nint main(void) {\n  int x = g();\n  return x;\n}\n", "3:11: void value not ignored as it ought to be"},
        {"int main(void) {\n  int x = sizeof(struct U);\n  return x;\n}\n", "2:11: invalid application of 'sizeof' to incomplete type 'struct U'"},
        {"int main(void) {\n  int x = 09;\n  return x;\n}\n", "2:11: invalid digit \"9\" in octal constant"},
        {"int main(void) {\n  int x = 1 @ 2;\n  return x;\n}\n", "2:13: stray '@' in program"},
        {"int main(void) {\n  int i = 0;\n  &i = 0;\n  return 0;\n}\n", "3:6: lvalue required as left operand of assignment"},
        {"int main(void) {\n  int i = 0;\n  (i + 1)++;\n  return 0;\n}\n", "3:10: lvalue required as increment operand"},
        {"int main(void) {\n  int i = 0;\n  return *i;\n}\n", "3:10: invalid type argument of unary '*' (have 'int')"},
        {"int main(void) {\n  int i = 0;\n  return i[0];\n}\n", "3:11: subscripted value is neither array nor pointer nor vector"},
        {"struct S { int a; };\nint main(void) {\n  struct S s = {1};\n  return s->a;\n}\n", "4:11: invalid type argument of '->' (have 'struct S')"},
        {"struct S { int a; };\nint main(void) {\n  struct S s = {1};\n  int i = s;\n  return i;\n}\n", "4:11: incompatible types when initializing type 'int' using type 'struct S'"},
        {"int main(void) {\n  int x = 1;\n  return x.y;\n}\n", "3:11: request for member 'y' in something not a structure or union"},
        {"int f(void);\nint main(void) {\n  return f();\n}\n", "1:5: undefined reference to 'f'"},
        {"int x = 1;\nint x = 2;\nint main(void) { return x; }\n", "2:5: redefinition of 'x'"},
        {"int f(int);\ndouble f(int);\nint main(void) { return 0; }\n", "2:8: conflicting types for 'f'; have 'double(int)'"},
        {"int g;\nint a = g;\nint main(void) { return a; }\n", "2:9: initializer element is not constant"},
        {"int main(void) {\n  case 1: return 0;\n}\n", "2:3: case label not within a switch statement"},
        {"int main(void) {\n  int n = 2;\n  switch (n) { case n: break; }\n  return 0;\n}\n", "3:16: case label does not reduce to an integer constant"},
        {"int main(void) {\n  struct S { int a; int a; };\n  return 0;\n}\n", "2:25: duplicate member 'a'"},
    };
    for (const Case& c : cases) {
        INFO(c.source);
        CHECK(firstError(c.source) == c.error);
    }
}

TEST_CASE("parser: constructs outside the subset are named") {
    struct Case {
        const char* source;
        const char* error;
    };
    const Case cases[] = {
        {"int main(void) {\n  int n = 3;\n  int a[n];\n  return 0;\n}\n", "3:8: variable-length arrays are not supported: the size must be a constant expression"},
        {"struct S { int a : 3; };\nint main(void) { return 0; }\n", "1:18: bit-fields are not supported"},
        {"int main(void) {\n  int x = _Generic(1, int: 2);\n  return x;\n}\n", "2:11: _Generic selections are not supported"},
        {"int main(void) {\n  double _Complex z;\n  return 0;\n}\n", "2:10: complex types are not supported"},
        {"int main(void) {\n  asm(\"nop\");\n  return 0;\n}\n", "2:3: inline assembly is not supported"},
        {"int main(void) {\n  _Thread_local int t;\n  return 0;\n}\n", "2:3: _Thread_local (threads) is not supported"},
        {"int f(a, b) int a; int b; { return a; }\nint main(void) { return 0; }\n", "1:7: unknown type name 'a' (old-style K&R parameter lists are not supported: give each parameter a type)"},
        {"int main(void) {\n  int x = ({ 1; });\n  return x;\n}\n", "2:11: statement expressions ({ ... }) are not supported"},
        {"int main(void) {\n  switch (1) { case 1 ... 3: break; }\n  return 0;\n}\n", "2:23: case ranges are not supported"},
        {"int main(void) {\n  _Atomic int a;\n  return 0;\n}\n", "2:3: _Atomic (atomic types) is not supported"},
        {"#include <pthread.h>\nint main(void) { return 0; }\n", "1:2: <pthread.h> is not available: the C subset provides only assert.h, ctype.h, errno.h, float.h, inttypes.h, limits.h, math.h, stdarg.h, stdbool.h, stddef.h, stdint.h, stdio.h, stdlib.h, string.h, time.h"},
        {"int main(void) {\n  void *p = &&label;\nlabel:\n  return 0;\n}\n", "2:13: labels as values (&&label) are not supported"},
    };
    for (const Case& c : cases) {
        INFO(c.source);
        CHECK(firstError(c.source) == c.error);
    }
}

TEST_CASE("parser: several errors are reported in one run") {
    CompileResult r = compile("int main(void) {\n  int x = (1 + ;\n  int y = 2 +;\n  undeclared = 3;\n  return x +* y;\n}\n", "t.c");
    CHECK(errorList(r) == "2:16: expected expression before ';' token\n"
                          "3:14: expected expression before ';' token\n"
                          "4:3: 'undeclared' undeclared (first use in this function)\n"
                          "5:13: invalid type argument of unary '*' (have 'int')\n");
    CompileResult r2 = compile("int f( { }\nint g(void) { return 1 }\nint main(void) { return g(); }\n", "t.c");
    CHECK(r2.diagnostics.size() >= 2);
}

TEST_CASE("parser: gcc's warnings do not stop compilation") {
    CompileResult r = compile("int main(void) {\n  int *p = 5;\n  char *c = p;\n  int i = p;\n  return i;\n}\n", "t.c");
    CHECK(r.ok());
    CHECK(warningList(r) == "2:12: initialization of 'int *' from 'int' makes pointer from integer without a cast\n"
                            "3:13: initialization of 'char *' from incompatible pointer type 'int *'\n"
                            "4:11: initialization of 'int' from 'int *' makes integer from pointer without a cast\n");
}

TEST_CASE("parser: diagnostics print in gcc's format") {
    std::string source = "int main(void) {\n  return y;\n}\n";
    CompileResult r = compile(source, "prog.c");
    CHECK(formatDiagnostics(r.diagnostics, "prog.c", source) ==
          "prog.c:2:10: error: 'y' undeclared (first use in this function)\n   return y;\n          ^\n");
}
