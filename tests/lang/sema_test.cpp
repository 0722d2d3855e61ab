// Sema: the type of every kind of expression after the integer promotions and the usual arithmetic
// conversions (as gcc computes them on x86-64), explicit conversion nodes, and lvalue-ness.
#include "lang_test_support.h"

using namespace memviz::lang;
using namespace memviz::lang::test;

namespace {

const char* vars = R"(
    char c; signed char sc; unsigned char uc; short s; unsigned short us; int i; unsigned u;
    long l; unsigned long ul; long long ll; unsigned long long ull; float f; double d; long double ld;
    _Bool b; enum E { A, B } e; enum N { M = -1 } n;
    int *p, *q; void *vp; const char *cp; int a[10]; int m[3][4]; char *strs[4];
    struct S { int x; char name[8]; struct S *next; } st, *ps; const struct S cst;
    int fn(int x, double y) { return x + (int)y; } int (*fp)(int, double); void v(void) {}
    int variadic(const char *format, ...) { return *format; }
)";

} // namespace

TEST_CASE("sema: integer promotions") {
    CHECK(typeOf(vars, "c + c") == "int");
    CHECK(typeOf(vars, "uc + uc") == "int");
    CHECK(typeOf(vars, "s * s") == "int");
    CHECK(typeOf(vars, "us - us") == "int");
    CHECK(typeOf(vars, "b + b") == "int");
    CHECK(typeOf(vars, "-c") == "int");
    CHECK(typeOf(vars, "~uc") == "int");
    CHECK(typeOf(vars, "+s") == "int");
    CHECK(typeOf(vars, "c << 1L") == "int");
    CHECK(typeOf(vars, "1L << c") == "long int");
    CHECK(typeOf(vars, "e + 0") == "unsigned int");
    CHECK(typeOf(vars, "n + 0") == "int");
    CHECK(typeOf(vars, "c") == "char");
    CHECK(typeOf(vars, "'a'") == "int");
}

TEST_CASE("sema: usual arithmetic conversions") {
    CHECK(typeOf(vars, "u + i") == "unsigned int");
    CHECK(typeOf(vars, "u + l") == "long int");
    CHECK(typeOf(vars, "ul + l") == "long unsigned int");
    CHECK(typeOf(vars, "ul + ll") == "long long unsigned int");
    CHECK(typeOf(vars, "l + ll") == "long long int");
    CHECK(typeOf(vars, "u + ll") == "long long int");
    CHECK(typeOf(vars, "ull + i") == "long long unsigned int");
    CHECK(typeOf(vars, "f + i") == "float");
    CHECK(typeOf(vars, "f + d") == "double");
    CHECK(typeOf(vars, "f * ul") == "float");
    CHECK(typeOf(vars, "ld + d") == "long double");
    CHECK(typeOf(vars, "i < u") == "int");
    CHECK(typeOf(vars, "d == 1") == "int");
    CHECK(typeOf(vars, "i && p") == "int");
    CHECK(typeOf(vars, "!p") == "int");
    CHECK(typeOf(vars, "i % 3") == "int");
}

TEST_CASE("sema: pointers, arrays and decay") {
    CHECK(typeOf(vars, "p + 1") == "int *");
    CHECK(typeOf(vars, "2 + p") == "int *");
    CHECK(typeOf(vars, "p - 1") == "int *");
    CHECK(typeOf(vars, "p - q") == "long int");
    CHECK(typeOf(vars, "p < q") == "int");
    CHECK(typeOf(vars, "p == 0") == "int");
    CHECK(typeOf(vars, "a + 1") == "int *");
    CHECK(typeOf(vars, "&a") == "int (*)[10]");
    CHECK(typeOf(vars, "a[3]") == "int");
    CHECK(typeOf(vars, "m[1]") == "int[4]");
    CHECK(typeOf(vars, "m[1] + 0") == "int *");
    CHECK(typeOf(vars, "m + 1") == "int (*)[4]");
    CHECK(typeOf(vars, "*strs") == "char *");
    CHECK(typeOf(vars, "&strs[1]") == "char **");
    CHECK(typeOf(vars, "*cp") == "const char");
    CHECK(typeOf(vars, "fn") == "int(int, double)");
    CHECK(typeOf(vars, "&fn") == "int (*)(int, double)");
    CHECK(typeOf(vars, "fp(1, 2)") == "int");
    CHECK(typeOf(vars, "(*fp)(1, 2)") == "int");
    CHECK(typeOf(vars, "fn(1, 2)") == "int");
    CHECK(typeOf(vars, "v()") == "void");
    CHECK(typeOf(vars, "\"abc\"") == "char[4]");
    CHECK(typeOf(vars, "vp") == "void *");
}

TEST_CASE("sema: members, assignments, ?: and the comma") {
    CHECK(typeOf(vars, "st.x") == "int");
    CHECK(typeOf(vars, "ps->name") == "char[8]");
    CHECK(typeOf(vars, "ps->next->next") == "struct S *");
    CHECK(typeOf(vars, "cst.x") == "const int");
    CHECK(typeOf(vars, "st = cst") == "struct S");
    CHECK(typeOf(vars, "i = 3.5") == "int");
    CHECK(typeOf(vars, "c += 1") == "char");
    CHECK(typeOf(vars, "p += 2") == "int *");
    CHECK(typeOf(vars, "c++") == "char");
    CHECK(typeOf(vars, "--p") == "int *");
    CHECK(typeOf(vars, "i ? 1 : 2.0") == "double");
    CHECK(typeOf(vars, "i ? p : 0") == "int *");
    CHECK(typeOf(vars, "i ? vp : p") == "void *");
    CHECK(typeOf(vars, "i ? cp : \"x\"") == "const char *");
    CHECK(typeOf(vars, "i ? st : cst") == "struct S");
    CHECK(typeOf(vars, "(i, d)") == "double");
    CHECK(typeOf(vars, "sizeof i") == "long unsigned int");
    CHECK(typeOf(vars, "(char)i") == "char");
    CHECK(typeOf(vars, "(void)i") == "void");
    CHECK(typeOf(vars, "(struct S *)vp") == "struct S *");
}

TEST_CASE("sema: implicit conversions become explicit casts") {
    CHECK(treeOf(vars, "c + c") == "(+ int (cast IntegralCast int (var char c)) (cast IntegralCast int (var char c)))");
    CHECK(treeOf(vars, "u + i") == "(+ unsigned int (var unsigned int u) (cast IntegralCast unsigned int (var int i)))");
    CHECK(treeOf(vars, "d = i") == "(= double (var double d) (cast IntegralToFloating double (var int i)))");
    CHECK(treeOf(vars, "b = p") == "(= _Bool (var _Bool b) (cast PointerToBoolean _Bool (var int * p)))");
    CHECK(treeOf(vars, "c += 1") == "(+= [int] char (var char c) (int 1))");
    CHECK(treeOf(vars, "a[2]") == "(deref int (ptr+ int * (cast ArrayToPointer int * (var int[10] a)) (long int 2)))");
    CHECK(treeOf(vars, "ps->x") == "(->x@0 int (deref struct S (var struct S * ps)))");
    CHECK(treeOf(vars, "fn(c, 1)") == "(call int (cast FunctionToPointer int (*)(int, double) (func fn)) "
                                      "(cast IntegralCast int (var char c)) (double 1.000000))");
    CHECK(treeOf(vars, "variadic(\"x\", f, c)") ==
          "(call int (cast FunctionToPointer int (*)(const char *, ...) (func variadic)) "
          "(cast BitCast const char * (cast ArrayToPointer char * (string char[2] #0))) "
          "(cast FloatingCast double (var float f)) (cast IntegralCast int (var char c)))");
    CHECK(treeOf(vars, "l + ll") == "(+ long long int (cast NoOp long long int (var long int l)) (var long long int ll))");
    CHECK(treeOf(vars, "p - q") == "(ptrdiff long int (var int * p) (var int * q))");
    CHECK(treeOf(vars, "p = 0") == "(= int * (var int * p) (cast IntegralToPointer int * (int 0)))");
    CHECK(treeOf(vars, "vp = p") == "(= void * (var void * vp) (cast BitCast void * (var int * p)))");
}

// Regression (found by fuzz/): Sema::promote read the expression's type after moving it into convert()'s
// argument, a null dereference under clang's left-to-right argument evaluation (gcc happened to work).
TEST_CASE("sema: promoted variadic arguments of every small integer type") {
    CHECK(treeOf(vars, "variadic(\"x\", s, uc, b, e, i)") ==
          "(call int (cast FunctionToPointer int (*)(const char *, ...) (func variadic)) "
          "(cast BitCast const char * (cast ArrayToPointer char * (string char[2] #0))) "
          "(cast IntegralCast int (var short int s)) (cast IntegralCast int (var unsigned char uc)) "
          "(cast IntegralCast int (var _Bool b)) (cast NoOp unsigned int (var enum E e)) (var int i))");
}

TEST_CASE("sema: lvalues and pointer arithmetic scaling") {
    CompileResult r = compileOk(std::string(vars) + "void probe(void) { *(p + 1) = 2; ps->next = 0; m[1][2]++; }\nint main(void) { return 0; }\n");
    const Function* probe = r.unit->findFunction("probe");
    const auto& body = probe->body->body;
    const auto& assign = body[0]->as<ExprStmt>().expr->as<AssignExpr>();
    CHECK(assign.lhs->isLvalue);
    CHECK(assign.lhs->as<UnaryExpr>().operand->as<BinaryExpr>().elementSize == 4);
    const auto& inc = body[2]->as<ExprStmt>().expr->as<IncDecExpr>();
    CHECK(inc.operand->isLvalue);
    const auto& outer = inc.operand->as<UnaryExpr>().operand->as<BinaryExpr>();
    CHECK(outer.elementSize == 4);
    // m[1] is *(m + 1): the pointer to int[4] moves 16 bytes
    const auto& rowDecay = outer.lhs->as<CastExpr>();
    CHECK(rowDecay.castKind == CastKind::ArrayToPointer);
    CHECK(rowDecay.operand->as<UnaryExpr>().operand->as<BinaryExpr>().elementSize == 16);
}

TEST_CASE("sema: string literal table and globals") {
    CompileResult r = compileOk("const char *greeting = \"hi\" \" there\";\nint counter;\n"
                                "int main(void) { static int calls; calls++; return counter; }\n");
    REQUIRE(r.unit->strings.size() == 1);
    CHECK(r.unit->strings[0].bytes == std::string("hi there\0", 9));
    CHECK(typeName(r.unit->strings[0].type) == "char[9]");
    int user = 0;
    for (const Variable* g : r.unit->globals)
        if (!g->isLibrary) ++user;
    CHECK(user == 3); // greeting, counter, the static local
    const Variable* calls = r.unit->globals.back();
    CHECK(calls->name == "calls");
    CHECK(calls->storage == Storage::StaticLocal);
    CHECK(calls->owner == r.unit->mainFunction);
    CHECK(r.unit->findFunction("printf") == nullptr);
}

TEST_CASE("sema: library functions are marked") {
    CompileResult r = compileOk("#include <stdio.h>\n#include <stdlib.h>\nint main(void) { void *p = malloc(4); free(p); "
                                "printf(\"x\"); return 0; }\n");
    const Function* malloc = r.unit->findFunction("malloc");
    REQUIRE(malloc);
    CHECK(malloc->isLibrary);
    CHECK(malloc->isUsed);
    CHECK_FALSE(malloc->isDefined());
    CHECK(typeName(malloc->type) == "void *(long unsigned int)");
    const Variable* out = r.unit->findGlobal("stdout");
    REQUIRE(out);
    CHECK(out->isLibrary);
    CHECK(out->isExtern);
}
