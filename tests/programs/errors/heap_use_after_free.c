// expect: heap-use-after-free line 10 column 5
// Reading a block after free(): the pointer still holds the old address.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int *scores = malloc(4 * sizeof(int));
    for (int i = 0; i < 4; i++) scores[i] = i * 10;
    free(scores);
    printf("%d\n", scores[2]); /* HERE */
    return 0;
}
