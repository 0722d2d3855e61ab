// Title: Locals die with their frame
// Watch `visits` in countVisit's frame: it is created fresh (set to 0) on every call and vanishes
// when the frame is popped, so the count never gets past 1. The `static` counter lives with the
// globals instead, outside any frame, and keeps its value between calls.
// Watch fillSquares write into main's array through a pointer: main's frame is still alive (it is
// below on the stack), so that is safe. Pointing at a frame that was already popped is not:
// see the "stack use after return" example.
// expect: clean
#include <stdio.h>

int countVisit(void) {
    int visits = 0;          /* a new local on every call */
    visits = visits + 1;
    return visits;
}

int countForever(void) {
    static int total = 0;    /* not on the stack: survives every call */
    total = total + 1;
    return total;
}

void fillSquares(int *out, int n) {
    for (int i = 0; i < n; i++) {
        int square = i * i;  /* dies at the end of each loop turn */
        out[i] = square;
    }
}

int main(void) {
    for (int round = 1; round <= 3; round++) {
        int local = countVisit();
        int kept = countForever();
        printf("round %d: local counter %d, static counter %d\n", round, local, kept);
    }
    int squares[4];
    fillSquares(squares, 4);
    printf("squares: %d %d %d %d\n", squares[0], squares[1], squares[2], squares[3]);
    return 0;
}
