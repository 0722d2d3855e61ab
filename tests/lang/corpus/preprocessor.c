/* Macros: object-like, function-like, stringize, paste, variadic, conditionals, assert. */
#include <assert.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>

#define SQUARE(x) ((x) * (x))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define STR(x) #x
#define XSTR(x) STR(x)
#define CAT(a, b) a##b
#define LOG(fmt, ...) printf("[log] " fmt "\n", __VA_ARGS__)
#define VERSION 3

#if VERSION >= 3 && defined(SQUARE)
#define FEATURE "new"
#elif VERSION == 2
#define FEATURE "old"
#else
#error "unsupported"
#endif

#ifndef DEBUG
#define DEBUG 0
#endif

int main(void) {
    int CAT(var, 1) = SQUARE(3 + 1);
    bool ok = MAX(var1, 10) == 16;
    assert(ok);
    LOG("%s %s %d", FEATURE, XSTR(VERSION), var1);
    printf("%s line %d %d %d\n", STR(a + b), __LINE__, INT_MAX > 0, DEBUG);
#undef SQUARE
#ifdef SQUARE
    return 1;
#endif
    return ok ? 0 : 1;
}
