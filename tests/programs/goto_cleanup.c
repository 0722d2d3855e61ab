// goto: leaving nested loops, a cleanup label, a backward jump as a loop.
#include <stdio.h>
#include <stdlib.h>

int findPair(int target) {
    int i, j;
    for (i = 0; i < 10; i++)
        for (j = 0; j < 10; j++)
            if (i * j == target) goto found;
    return -1;
found:
    return i * 10 + j;
}

int work(int fail) {
    int result = -1;
    char *a = malloc(16);
    if (!a) goto out;
    char *b = malloc(32);
    if (fail) goto free_a;
    result = 0;
    free(b);
free_a:
    if (fail) free(b);
    free(a);
out:
    return result;
}

int main(void) {
    printf("%d %d %d\n", findPair(12), findPair(49), findPair(97));
    printf("%d %d\n", work(0), work(1));
    int n = 0;
again:
    n++;
    if (n < 5) goto again;
    printf("n = %d\n", n);
    return 0;
}
