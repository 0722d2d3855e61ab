// expect: uninitialized-read line 13
// malloc'd memory is not zeroed: the loop looks for a maximum among elements nobody wrote.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n = 4;
    int *a = malloc(n * sizeof *a);
    a[0] = 5;
    a[1] = 9;
    int best = a[0];
    for (int i = 1; i < n; i++) {
        if (a[i] > best) /* HERE (i = 2) */
            best = a[i];
    }
    printf("%d\n", best);
    free(a);
    return 0;
}
