// The machine's stdio: printf through the glibc-exact formatter (integers and doubles consumed as on x86-64,
// %s/%n through the checked access, a missing argument a clear error), gcc's puts/fputs rewrite of a NULL
// %s, sprintf/snprintf into simulated memory, and scanf through the glibc scanner sharing stdin with
// getchar/fgets and storing exactly the destination's bytes.
#include "engine_test_support.h"

namespace memviz::engine::test {

TEST_CASE("printf consumes integers and doubles separately, as x86-64 passes them", "[engine][stdio]") {
    RunResult r = runSource("#include <stdio.h>\nint main(void) {\n  printf(\"%d %f|\", 1.5, 2);\n"
                            "  int n = printf(\"%5.1f%-3d|\", 2.25, 7);\n  printf(\"%d\", n);\n  return 0;\n}\n");
    CHECK(r.status == RunStatus::Exited);
    CHECK(r.output == "2 1.500000|  2.27  |9");
}

TEST_CASE("printf %n stores the count through the pointer with the modifier's size", "[engine][stdio]") {
    RunResult r = runSource("#include <stdio.h>\nint main(void) {\n  long guard[2] = {-1, -1};\n"
                            "  printf(\"abcd%hhn\", (signed char *)guard);\n"
                            "  printf(\"|%lx\\n\", (unsigned long)guard[0]);\n  return 0;\n}\n");
    CHECK(r.status == RunStatus::Exited);
    CHECK(r.output == "abcd|ffffffffffffff04\n");
}

TEST_CASE("a conversion without an argument is a clear error after the output before it", "[engine][stdio]") {
    RunResult r = runSource("#include <stdio.h>\nint main(void) {\n  int x = 3;\n  printf(\"x=%d y=%d\\n\", x);\n"
                            "  return 0;\n}\n");
    CHECK(r.status == RunStatus::RuntimeError);
    CHECK(r.output == "x=3 y=");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].kind == ErrorKind::Unsupported);
    CHECK(r.errors[0].line == 4);
    CHECK(r.errors[0].message.find("printf") != std::string::npos);
}

TEST_CASE("%s of a bad pointer is an error at the printf's line", "[engine][stdio]") {
    RunResult r = runSource("#include <stdio.h>\nint main(void) {\n  char *p = (char *)16;\n"
                            "  printf(\"[%s]\\n\", p);\n  return 0;\n}\n");
    CHECK(r.status == RunStatus::RuntimeError);
    REQUIRE(!r.errors.empty());
    CHECK(r.errors[0].kind == ErrorKind::NullDereference);
    CHECK(r.errors[0].line == 4);
    CHECK(r.output.empty());
}

TEST_CASE("printf(\"%s\\n\", NULL) crashes as gcc's puts does; other formats print (null)", "[engine][stdio]") {
    RunResult ok = runSource("#include <stdio.h>\nint main(void) {\n  char *s = NULL;\n  const char *f = \"%s\\n\";\n"
                             "  printf(f, s);\n  printf(\"%s!\\n\", s);\n  printf(\"%5s\\n\", s);\n"
                             "  fprintf(stdout, \"%s\\n\", s);\n  return 0;\n}\n");
    CHECK(ok.status == RunStatus::Exited);
    CHECK(ok.output == "(null)\n(null)!\n(null)\n(null)\n");
    RunResult crash = runSource("#include <stdio.h>\nint main(void) {\n  char *s = NULL;\n  printf(\"%s\\n\", s);\n"
                                "  return 0;\n}\n");
    CHECK(crash.status == RunStatus::RuntimeError);
    REQUIRE(crash.errors.size() == 1);
    CHECK(crash.errors[0].kind == ErrorKind::NullDereference);
    CHECK(crash.errors[0].line == 4);
}

TEST_CASE("snprintf writes at most size bytes and returns the full length", "[engine][stdio]") {
    RunResult r = runSource("#include <stdio.h>\nint main(void) {\n  char b[6] = \"#####\";\n"
                            "  int n = snprintf(b, 4, \"%d\", 123456);\n  printf(\"%d %s %c\\n\", n, b, b[4]);\n"
                            "  n = snprintf(b, 0, \"%s\", \"xy\");\n  printf(\"%d %s\\n\", n, b);\n  return 0;\n}\n");
    CHECK(r.status == RunStatus::Exited);
    CHECK(r.output == "6 123 #\n2 123\n");
}

TEST_CASE("sprintf past its buffer is an overflow at the call", "[engine][stdio]") {
    RunResult r = runSource("#include <stdio.h>\nint main(void) {\n  char b[3];\n  sprintf(b, \"%s\", \"abc\");\n"
                            "  return 0;\n}\n");
    CHECK(r.status == RunStatus::RuntimeError);
    REQUIRE(!r.errors.empty());
    CHECK(r.errors[0].kind == ErrorKind::StackBufferOverflow);
    CHECK(r.errors[0].line == 4);
}

TEST_CASE("scanf stores exactly the destination's bytes and shares stdin with getchar and fgets",
          "[engine][stdio]") {
    RunOptions options;
    options.stdinBytes = "-1 2.5 7x rest of line\nnext\n";
    RunResult r = runSource("#include <stdio.h>\nint main(void) {\n  unsigned char b[4] = {9, 9, 9, 9};\n"
                            "  float f = 0;\n  short s = 0;\n  char line[32];\n"
                            "  int n = scanf(\"%hhd %f %hd\", &b[1], &f, &s);\n"
                            "  printf(\"%d %d %d %d %.2f %d\\n\", n, b[0], b[1], b[2], f, s);\n"
                            "  printf(\"%c|\", getchar());\n  fgets(line, sizeof line, stdin);\n  printf(\"%s\", line);\n"
                            "  n = scanf(\"%s\", line);\n  printf(\"%d %s\\n\", n, line);\n"
                            "  n = scanf(\"%d\", &n);\n  printf(\"%d\\n\", n);\n  return 0;\n}\n",
                            options);
    CHECK(r.status == RunStatus::Exited);
    CHECK(r.output == "3 9 255 9 2.50 7\nx| rest of line\n1 next\n-1\n");
}

TEST_CASE("scanf without a pointer for a conversion is a clear error", "[engine][stdio]") {
    RunResult r = runSource("#include <stdio.h>\nint main(void) {\n  int a;\n  sscanf(\"1 2\", \"%d %d\", &a);\n"
                            "  return 0;\n}\n");
    CHECK(r.status == RunStatus::RuntimeError);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].kind == ErrorKind::Unsupported);
    CHECK(r.errors[0].line == 4);
}

} // namespace memviz::engine::test
