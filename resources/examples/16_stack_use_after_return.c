// Title: Stack use after return
// Watch makeRange build an array in its own frame and return its address. The moment makeRange
// returns, its frame is popped: `range` in main now points into stack memory that no longer
// belongs to anyone (the next call will reuse it). Reading through it is stack-use-after-return.
// The fix: let the caller pass in its own array, or malloc the array (see "heap lifetime").
// expect: stack-use-after-return
#include <stdio.h>

int *makeRange(int n) {
    int values[5];
    for (int i = 0; i < n && i < 5; i++)
        values[i] = i + 1;
    return values;               /* gcc warns: returns the address of a local */
}

void fillInto(int *out, int n) { /* the safe way: the caller owns the array */
    for (int i = 0; i < n; i++)
        out[i] = i + 1;
}

int main(void) {
    int safe[5];
    fillInto(safe, 5);
    printf("safe: %d %d %d\n", safe[0], safe[1], safe[2]);
    int *range = makeRange(5);
    printf("range: %d\n", range[0]); /* makeRange's frame is gone */
    return 0;
}
