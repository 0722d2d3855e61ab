// Title: Heap lifetime beyond the function
// Watch makePoint call malloc: a new block appears in the heap view, and the local pointer `p`
// in makePoint's frame has an arrow to it. When makePoint returns, its frame is popped but the
// block stays: main's `a` now points at it. Heap memory lives until someone calls free,
// not until a function returns. Watch both blocks fade to free at the end of main.
// expect: clean
#include <stdio.h>
#include <stdlib.h>

struct Point {
    int x;
    int y;
};

struct Point *makePoint(int x, int y) {
    struct Point *p = malloc(sizeof *p);
    p->x = x;
    p->y = y;
    return p;            /* the frame goes away, the block does not */
}

struct Point midpoint(const struct Point *a, const struct Point *b) {
    struct Point m;      /* a plain struct on the stack, copied out by value */
    m.x = (a->x + b->x) / 2;
    m.y = (a->y + b->y) / 2;
    return m;
}

int main(void) {
    struct Point *a = makePoint(2, 4);
    struct Point *b = makePoint(10, 8);
    struct Point mid = midpoint(a, b);
    printf("a = (%d, %d), b = (%d, %d)\n", a->x, a->y, b->x, b->y);
    printf("midpoint = (%d, %d)\n", mid.x, mid.y);
    free(a);
    free(b);
    printf("both heap points freed\n");
    return 0;
}
