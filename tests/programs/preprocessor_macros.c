// The preprocessor: object-like and function-like macros, conditionals, stringizing, undef.
#include <stdio.h>

#define SIZE 4
#define SQUARE(x) ((x) * (x))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define STR(x) #x
#define DEBUG 1

#if DEBUG
#define TRACE(msg) printf("trace: %s\n", msg)
#else
#define TRACE(msg)
#endif

#ifdef SIZE
int sizes[SIZE];
#endif

#ifndef UNDEFINED_THING
#define FALLBACK 7
#endif

int main(void) {
    TRACE("start");
    printf("%d %d %d\n", SQUARE(5), SQUARE(1 + 2), MAX(3, 9));
    printf("%s\n", STR(hello world));
    printf("%zu %d\n", sizeof sizes / sizeof sizes[0], FALLBACK);
#undef SIZE
#define SIZE 10
    printf("%d\n", SIZE);
#if SIZE > 5 && defined(DEBUG)
    printf("big\n");
#elif SIZE > 2
    printf("medium\n");
#else
    printf("small\n");
#endif
    printf("%d\n", __LINE__);
    return 0;
}
