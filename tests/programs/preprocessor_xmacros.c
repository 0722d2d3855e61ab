// The preprocessor in depth: X-macros generating an enum, a name table and a switch; # and ## with
// nested expansion; #if/#elif/#else with defined() and arithmetic; macros calling macros; __LINE__.
#include <stdio.h>

#define COLORS(X) \
    X(RED, 0xff0000) \
    X(GREEN, 0x00ff00) \
    X(BLUE, 0x0000ff) \
    X(WHITE, 0xffffff)

#define AS_ENUM(name, rgb) COLOR_##name,
#define AS_NAME(name, rgb) #name,
#define AS_CASE(name, rgb) case COLOR_##name: return rgb;

enum Color { COLORS(AS_ENUM) COLOR_COUNT };
static const char *colorNames[] = {COLORS(AS_NAME)};

unsigned rgbOf(enum Color c) {
    switch (c) {
        COLORS(AS_CASE)
    default: return 0;
    }
}

#define STR(x) #x
#define XSTR(x) STR(x)
#define CAT(a, b) a##b
#define XCAT(a, b) CAT(a, b)
#define VERSION_MAJOR 2
#define VERSION_MINOR 7
#define VERSION XCAT(VERSION_MAJOR, VERSION_MINOR)
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define MAX3(a, b, c) MAX(MAX(a, b), c)
#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
#define SWAP(type, x, y) do { type tmp_ = (x); (x) = (y); (y) = tmp_; } while (0)
#define DECLARE_GETTER(field) int get_##field(const struct Point *p) { return p->field; }

struct Point { int x, y; };
DECLARE_GETTER(x)
DECLARE_GETTER(y)

#define LEVEL 3
#if LEVEL > 5
#define MODE "high"
#elif LEVEL * 2 == 6 && !defined(NDEBUG_MEMVIZ)
#define MODE "exact"
#else
#define MODE "low"
#endif

#ifdef VERSION_MAJOR
#if defined(VERSION_MINOR) && VERSION_MINOR >= 5
#define FEATURE 1
#endif
#endif
#ifndef FEATURE
#define FEATURE 0
#endif

#define SQUARE(x) ((x) * (x))
#undef SQUARE
#define SQUARE(x) ((x) * (x) + 0)

int main(void) {
    for (int c = 0; c < COLOR_COUNT; c++) printf("%-6s #%06x\n", colorNames[c], rgbOf((enum Color)c));
    printf("count %d, table %zu\n", COLOR_COUNT, ARRAY_LEN(colorNames));
    printf("STR: %s XSTR: %s\n", STR(VERSION_MAJOR), XSTR(VERSION_MAJOR));
    printf("version %d, as text %s\n", VERSION, XSTR(VERSION));
    printf("stringized expression: %s\n", STR(a + b * (c - 1)));
    int CAT(my, Var) = 5;
    printf("myVar %d\n", myVar);
    printf("MAX3 %d %d\n", MAX3(3, 9, 4), MAX3(-1, -7, -3));
    int a = 1, b = 2;
    SWAP(int, a, b);
    printf("swapped %d %d\n", a, b);
    struct Point p = {4, -6};
    printf("getters %d %d\n", get_x(&p), get_y(&p));
    printf("mode %s feature %d square %d\n", MODE, FEATURE, SQUARE(1 + 2));
    printf("line %d\n", __LINE__);
#if 0
    printf("never\n");
#endif
#if (1 << 4) == 16 && -1 < 0
    printf("preprocessor arithmetic ok\n");
#endif
    return 0;
}
