// Title: Runaway recursion (stack overflow)
// Watch countDown push frame after frame: it forgot its base case, so nothing ever stops it.
// Every frame holds its own `trail` array, so each call eats more of the stack, which only
// has 8 MiB (ulimit -s). Run, don't step: after tens of thousands of frames the stack is full
// and memviz stops with stack-overflow. A real program dies with a segmentation fault.
// expect: stack-overflow
#include <stdio.h>

long countDown(long n) {
    long trail[16];              /* 128 bytes per frame */
    trail[0] = n;
    if (n % 10000 == 0)
        printf("depth %ld\n", -n);
    /* missing: if (n == 0) return 0; */
    return countDown(n - 1) + trail[0];
}

int main(void) {
    printf("counting down from 5\n");
    long total = countDown(5);
    printf("total %ld\n", total);
    return 0;
}
