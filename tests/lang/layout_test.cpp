// sizeof, _Alignof and offsetof of many layouts, checked against gcc. The expected numbers came from
// compiling the same declarations with gcc 12.2 (Debian 12.2.0-14) on x86-64 Linux and printing them.
#include "lang_test_support.h"

using namespace memviz::lang::test;

namespace {

const char* declarations = R"(
#include <stddef.h>
struct A { char c; int i; };
struct B { char c; double d; char e; };
struct C { short s; char c; };
struct D { char a; char b; char c; };
struct E { int i; char c[5]; long l; };
struct F { struct A a; char c; struct B b; };
union U { char c; int i; double d; char buf[13]; };
struct G { char c; union U u; short s; };
struct H { long double ld; char c; };
struct I { char c; long long ll; float f; };
struct J { int n; int data[]; };
struct K { char c; struct { short x; double y; }; int z; };
struct L { char c; int *p; char d; void (*fn)(void); };
struct M { _Bool b; unsigned short us; char c[3]; };
struct N { struct N *next; char name[10]; int age; };
struct O { char c; };
struct P { double d[2][3]; char c; };
enum Color { RED, GREEN };
struct Q { char c; enum Color col; };
struct R { char a; union { int i; char c; }; char b; };
)";

struct Layout {
    const char* type;
    std::uint64_t size;
    std::uint64_t align;
};

// gcc 12 x86-64: printf("%zu %zu", sizeof(T), _Alignof(T))
const Layout layouts[] = {
    {"struct A", 8, 4},  {"struct B", 24, 8}, {"struct C", 4, 2},      {"struct D", 3, 1},
    {"struct E", 24, 8}, {"struct F", 40, 8}, {"union U", 16, 8},      {"struct G", 32, 8},
    {"struct H", 32, 16}, {"struct I", 24, 8}, {"struct J", 4, 4},     {"struct K", 32, 8},
    {"struct L", 32, 8}, {"struct M", 8, 2},  {"struct N", 24, 8},     {"struct O", 1, 1},
    {"struct P", 56, 8}, {"struct Q", 8, 4},  {"struct R", 12, 4},     {"long double", 16, 16},
    {"_Bool", 1, 1},     {"long long", 8, 8}, {"enum Color", 4, 4},    {"char", 1, 1},
    {"short", 2, 2},     {"int", 4, 4},       {"long", 8, 8},          {"float", 4, 4},
    {"double", 8, 8},    {"void *", 8, 8},    {"int[3][5]", 60, 4},    {"char *[4]", 32, 8},
};

struct Offset {
    const char* type;
    const char* member;
    std::uint64_t offset;
};

// gcc 12 x86-64: printf("%zu", offsetof(T, m))
const Offset offsets[] = {
    {"struct A", "i", 4},      {"struct B", "d", 8},       {"struct B", "e", 16},     {"struct C", "c", 2},
    {"struct E", "c", 4},      {"struct E", "l", 16},      {"struct F", "c", 8},      {"struct F", "b", 16},
    {"struct F", "b.e", 32},   {"struct G", "u", 8},       {"struct G", "s", 24},     {"struct H", "c", 16},
    {"struct I", "ll", 8},     {"struct I", "f", 16},      {"struct J", "data", 4},   {"struct K", "x", 8},
    {"struct K", "y", 16},     {"struct K", "z", 24},      {"struct L", "p", 8},      {"struct L", "d", 16},
    {"struct L", "fn", 24},    {"struct M", "us", 2},      {"struct M", "c", 4},      {"struct N", "name", 8},
    {"struct N", "age", 20},   {"struct P", "c", 48},      {"struct P", "d[1][2]", 40}, {"struct Q", "col", 4},
    {"struct R", "i", 4},      {"struct R", "b", 8},
};

} // namespace

TEST_CASE("layout: sizeof and _Alignof match gcc x86-64") {
    for (const Layout& l : layouts) {
        INFO(l.type);
        CHECK(constantOf(declarations, std::string("sizeof(") + l.type + ")") == l.size);
        CHECK(constantOf(declarations, std::string("_Alignof(") + l.type + ")") == l.align);
    }
}

TEST_CASE("layout: offsetof matches gcc x86-64") {
    for (const Offset& o : offsets) {
        INFO(o.type << "." << o.member);
        CHECK(constantOf(declarations, std::string("offsetof(") + o.type + ", " + o.member + ")") == o.offset);
    }
}

TEST_CASE("layout: member offsets are visible to the interpreter through RecordInfo") {
    memviz::lang::CompileResult r = compileOk(std::string(declarations) + "struct B b;\nint main(void) { return 0; }\n");
    const memviz::lang::Variable* b = r.unit->findGlobal("b");
    REQUIRE(b);
    const memviz::lang::RecordInfo& info = *b->type->record;
    REQUIRE(info.members.size() == 3);
    CHECK(info.members[1].name == "d");
    CHECK(info.members[1].offset == 8);
    CHECK(info.size == 24);
    CHECK(info.align == 8);
}

TEST_CASE("layout: sizeof of expressions, arrays and strings") {
    const char* decls = "int a[10]; char s[] = \"hello\"; int m[3][4]; struct X { char c; int *p; } x; char *p;";
    CHECK(constantOf(decls, "sizeof a") == 40);
    CHECK(constantOf(decls, "sizeof s") == 6);
    CHECK(constantOf(decls, "sizeof \"abc\"") == 4);
    CHECK(constantOf(decls, "sizeof m[1]") == 16);
    CHECK(constantOf(decls, "sizeof x") == 16);
    CHECK(constantOf(decls, "sizeof p") == 8);
    CHECK(constantOf(decls, "sizeof a / sizeof a[0]") == 10);
    CHECK(constantOf(decls, "sizeof(int (*)[4])") == 8);
    CHECK(constantOf(decls, "sizeof 'a'") == 4);
    CHECK(constantOf(decls, "sizeof(1 ? 'a' : 2.0)") == 8);
}

TEST_CASE("layout: constant folding of enums and arithmetic") {
    CHECK(constantOf("enum { A, B = 5, C, D = -1, E };", "C * 10 + E") == 60);
    CHECK(constantOf("", "(unsigned char)300") == 44);
    CHECK(constantOf("", "-1 > 0u") == 1);
    CHECK(constantOf("", "1 << 31 >> 31") == static_cast<std::uint64_t>(-1));
    CHECK(constantOf("", "7 / 2 + 7 % 3") == 4);
    CHECK(constantOf("", "(int)3.9") == 3);
}
