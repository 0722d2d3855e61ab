// Preprocessor: macros (object-like, function-like, # and ##, variadic), conditionals, includes of the
// built-in headers, the recursion guard and the expansion budget.
#include "lang_test_support.h"

using namespace memviz::lang;
using namespace memviz::lang::test;

namespace {

// The preprocessed tokens' spellings separated by single spaces; errors go to `errors`.
std::string pp(std::string_view source, std::string* errors = nullptr, CompileOptions options = {}) {
    std::vector<memviz::core::Diagnostic> diagnostics;
    std::vector<Token> tokens = preprocess(source, "t.c", options, diagnostics);
    std::string out;
    for (const Token& t : tokens) {
        if (t.kind == TokenKind::Eof) break;
        if (!out.empty()) out += ' ';
        out += t.text;
    }
    if (errors) {
        errors->clear();
        for (const auto& d : diagnostics)
            if (d.severity == memviz::core::Severity::Error)
                *errors += std::to_string(d.loc.line) + ":" + std::to_string(d.loc.column) + ": " + d.message + "\n";
    }
    return out;
}

} // namespace

TEST_CASE("preprocessor: object-like and function-like macros") {
    CHECK(pp("#define N 10\nint a[N];") == "int a [ 10 ] ;");
    CHECK(pp("#define SQ(x) ((x)*(x))\nSQ(a+1)") == "( ( a + 1 ) * ( a + 1 ) )");
    CHECK(pp("#define MAX(a,b) ((a)>(b)?(a):(b))\nMAX(f(1,2), (3,4))") ==
          "( ( f ( 1 , 2 ) ) > ( ( 3 , 4 ) ) ? ( f ( 1 , 2 ) ) : ( ( 3 , 4 ) ) )");
    CHECK(pp("#define F(x) x\nF\n(1) F") == "1 F");
    CHECK(pp("#define E()  nothing\nE()") == "nothing");
    CHECK(pp("#define A 1\n#undef A\nA") == "A");
}

TEST_CASE("preprocessor: stringize and paste") {
    CHECK(pp("#define S(x) #x\nS(a  +  \"b\\n\")") == R"("a + \"b\\n\"")");
    CHECK(pp("#define XS(x) S(x)\n#define S(x) #x\n#define V 3\nS(V) XS(V)") == R"("V" "3")");
    CHECK(pp("#define CAT(a,b) a##b\nCAT(x, 1) CAT(<, <=) CAT(, y) CAT(z,)") == "x1 <<= y z");
    std::string errors;
    pp("#define CAT(a,b) a##b\nCAT(+, /)", &errors);
    CHECK(errors == "2:5: pasting \"+\" and \"/\" does not give a valid preprocessing token\n");
}

TEST_CASE("preprocessor: variadic macros") {
    CHECK(pp("#define P(fmt, ...) printf(fmt, __VA_ARGS__)\nP(\"%d %d\", 1, 2)") == "printf ( \"%d %d\" , 1 , 2 )");
    CHECK(pp("#define P(fmt, ...) printf(fmt, ##__VA_ARGS__)\nP(\"x\") P(\"y\", 1)") ==
          "printf ( \"x\" ) printf ( \"y\" , 1 )");
    CHECK(pp("#define ALL(...) [__VA_ARGS__]\nALL() ALL(a, b)") == "[ ] [ a , b ]");
}

TEST_CASE("preprocessor: conditionals with full constant expressions") {
    CHECK(pp("#if 1 + 2 * 3 == 7 && !0\nyes\n#else\nno\n#endif") == "yes");
    CHECK(pp("#define A 2\n#if A > 3\na\n#elif A == 2\nb\n#else\nc\n#endif") == "b");
    CHECK(pp("#ifdef X\nx\n#endif\n#ifndef X\nnx\n#endif") == "nx");
    CHECK(pp("#define X\n#if defined(X) && defined X && !defined(Y)\nok\n#endif") == "ok");
    CHECK(pp("#if 0\n#if 1\ninner\n#else\nelse\n#endif\nskipped\n#elif -1 < 0u\nwrap\n#else\nsigned\n#endif") == "signed");
    CHECK(pp("#if UNDEFINED_NAME\na\n#else\nb\n#endif") == "b");
    CHECK(pp("#if (2 ? 5 : 1/0) == 5 && 'A' == 65\nok\n#endif") == "ok");
    CHECK(pp("#if 0 && (1 / 0)\nx\n#endif\ny") == "y");
    std::string errors;
    pp("#if 1 +\n#endif", &errors);
    CHECK(errors == "1:7: #if with no expression\n");
    pp("#if 1\nint x;", &errors);
    CHECK(errors == "1:2: unterminated conditional directive\n");
    pp("#endif", &errors);
    CHECK(errors == "1:2: #endif without #if\n");
    pp("#if 1/0\n#endif", &errors);
    CHECK(errors == "1:6: division by zero in #if\n");
}

TEST_CASE("preprocessor: __LINE__, __FILE__ and #error") {
    CHECK(pp("a\n__LINE__ __FILE__") == "a 2 \"t.c\"");
    CHECK(pp("#define L __LINE__\n\nL") == "3");
    std::string errors;
    pp("#error stop \"here\"", &errors);
    CHECK(errors == "1:1: #error stop \"here\"\n");
    CHECK(pp("#pragma once\n#pragma whatever 1 2\nx") == "x");
}

TEST_CASE("preprocessor: expanded tokens carry the location of the macro use") {
    std::vector<memviz::core::Diagnostic> diagnostics;
    auto tokens = preprocess("#define TWO 1 + 1\nint x =\n   TWO;", "t.c", {}, diagnostics);
    REQUIRE(tokens.size() >= 7);
    CHECK(tokens[3].text == "1");
    CHECK(tokens[3].loc == memviz::core::SourceLoc{3, 4});
    CHECK(tokens[5].loc == memviz::core::SourceLoc{3, 4});
    CHECK(tokens[6].loc == memviz::core::SourceLoc{3, 7});
}

TEST_CASE("preprocessor: recursive macros stop") {
    CHECK(pp("#define X X + 1\nX") == "X + 1");
    CHECK(pp("#define A B\n#define B A\nA B") == "A B");
    CHECK(pp("#define f(x) f(x) g\nf(f(1))") == "f ( f ( 1 ) g ) g");
    CHECK(pp("#define foo foo a\n#define bar(x) x foo\nbar(foo)") == "foo a foo a");
}

TEST_CASE("preprocessor: runaway expansion hits the token budget") {
    std::string source = "#define A0 x x\n";
    for (int i = 1; i < 40; ++i)
        source += "#define A" + std::to_string(i) + " A" + std::to_string(i - 1) + " A" + std::to_string(i - 1) + "\n";
    source += "A39\n";
    CompileOptions options;
    options.maxTokens = 100000;
    std::string errors;
    pp(source, &errors, options);
    CHECK(errors.find("preprocessing produced more than 100000 tokens") != std::string::npos);
}

TEST_CASE("preprocessor: built-in standard headers") {
    for (const char* header : {"stdio.h", "stdlib.h", "string.h", "ctype.h", "math.h", "assert.h", "stdbool.h",
                               "stddef.h", "stdint.h", "limits.h", "stdarg.h", "errno.h", "float.h", "time.h"}) {
        INFO(header);
        std::string source = std::string("#include <") + header + ">\n#include <" + header + ">\nint main(void) { return 0; }\n";
        compileOk(source);
    }
    auto tail = [](const std::string& text, const std::string& end) {
        return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
    };
    CHECK(pp("#include <limits.h>\nINT_MAX INT_MIN") == "2147483647 ( - 2147483647 - 1 )");
    CHECK(pp("#include <stdbool.h>\ntrue false bool") == "1 0 _Bool");
    CHECK(tail(pp("#include <stdlib.h>\nEXIT_FAILURE RAND_MAX NULL"), "; 1 2147483647 ( ( void * ) 0 )"));
    CHECK(tail(pp("#include <stdio.h>\nEOF"), "; ( - 1 )"));
    CHECK(tail(pp("#include <stdint.h>\nSIZE_MAX"), "; ( 18446744073709551615UL )"));
    CHECK(tail(pp("#define NDEBUG\n#include <assert.h>\nassert(x)"), "; ( ( void ) 0 )"));
    CHECK(tail(pp("#include <assert.h>\nassert(x)"),
               "; ( ( x ) ? ( void ) 0 : __assert_fail ( \"x\" , \"t.c\" , 2 , __func__ ) )"));
    std::string errors;
    pp("#include <pthread.h>", &errors);
    CHECK(errors.rfind("1:2: <pthread.h> is not available", 0) == 0);
}

TEST_CASE("preprocessor: local includes only through the callback") {
    std::string errors;
    pp("#include \"list.h\"", &errors);
    CHECK(errors == "1:2: cannot include local files (\"list.h\"): only standard headers are available\n");
    CompileOptions options;
    options.includeLocal = [](std::string_view name) -> std::optional<std::string> {
        if (name == "list.h") return std::string("#define LIST 7\nint list_size;\n");
        if (name == "self.h") return std::string("#include \"self.h\"\n");
        return std::nullopt;
    };
    CHECK(pp("#include \"list.h\"\nLIST", nullptr, options) == "int list_size ; 7");
    pp("#include \"self.h\"", &errors, options);
    CHECK(errors.find("exceeds maximum") != std::string::npos);
    pp("#include \"missing.h\"", &errors, options);
    CHECK(errors == "1:2: missing.h: No such file or directory\n");
    // an error inside an included file is reported at the #include line, naming the file
    options.includeLocal = [](std::string_view) -> std::optional<std::string> { return std::string("\nint x = ;\n"); };
    CompileResult r = compile("#include \"bad.h\"\nint main(void) { return 0; }\n", "t.c", options);
    CHECK(errorList(r) == "1:2: in bad.h:2:9: expected expression before ';' token\n");
}

TEST_CASE("preprocessor: macro argument errors") {
    std::string errors;
    pp("#define F(a, b) a\nF(1)", &errors);
    CHECK(errors == "2:1: macro \"F\" requires 2 arguments, but only 1 given\n");
    pp("#define F(a) a\nF(1, 2)", &errors);
    CHECK(errors == "2:1: macro \"F\" passed 2 arguments, but takes just 1\n");
    pp("#define F(a) a\nF(1", &errors);
    CHECK(errors == "2:1: unterminated argument list invoking macro \"F\"\n");
    pp("#define 3 x", &errors);
    CHECK(errors == "1:9: macro names must be identifiers\n");
    pp("#define S(x) #y", &errors);
    CHECK(errors == "1:14: '#' is not followed by a macro parameter\n");
    pp("#foo", &errors);
    CHECK(errors == "1:2: invalid preprocessing directive #foo\n");
}
