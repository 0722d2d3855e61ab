// Enums: implicit and explicit values, negative constants, enums in switch and arithmetic.
#include <stdio.h>

enum Color { RED, GREEN = 5, BLUE, ALPHA = -1 };
typedef enum { MON = 1, TUE, WED, THU, FRI, SAT, SUN } Day;

const char *name(enum Color c) {
    switch (c) {
    case RED: return "red";
    case GREEN: return "green";
    case BLUE: return "blue";
    default: return "other";
    }
}

int main(void) {
    printf("%d %d %d %d\n", RED, GREEN, BLUE, ALPHA);
    for (enum Color c = RED; c <= BLUE; c++) printf("%d:%s ", c, name(c));
    printf("\n");
    Day d = FRI;
    printf("days to weekend: %d\n", SAT - d);
    printf("sizeof(Day) = %zu\n", sizeof(Day));
    enum Color x = ALPHA;
    printf("%s %d\n", name(x), x < 0);
    return 0;
}
