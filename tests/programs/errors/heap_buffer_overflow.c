// expect: heap-buffer-overflow line 9 column 14
// An off-by-one loop writes one element past the end of a malloc'd array.
#include <stdlib.h>

int main(void) {
    int n = 5;
    int *a = malloc(n * sizeof(int));
    for (int i = 0; i <= n; i++)
        a[i] = i; /* HERE */
    free(a);
    return 0;
}
