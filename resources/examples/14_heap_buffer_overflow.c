// Title: A buffer overflow on the heap (off by one)
// Watch the loop fill the block of 5 ints: index 0 to 4 are inside it. The loop condition says
// `<=` instead of `<`, so the last turn writes scores[5], just past the end of the block.
// memviz stops with heap-buffer-overflow at that write. On a real machine the write silently
// overwrites whatever lies next: another block's data or the allocator's own bookkeeping.
// expect: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>

#define N 5

int main(void) {
    int *scores = malloc(N * sizeof(int));
    if (scores == NULL) return 1;
    int *other = malloc(N * sizeof(int));  /* a neighbour that could get clobbered */
    if (other == NULL) return 1;
    for (int i = 0; i < N; i++)
        other[i] = -1;

    for (int i = 0; i <= N; i++) {        /* off by one: should be i < N */
        scores[i] = i * 10;
        printf("scores[%d] = %d\n", i, scores[i]);
    }

    printf("other[0] = %d\n", other[0]);
    free(scores);
    free(other);
    return 0;
}
