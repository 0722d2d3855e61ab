// A growing array with realloc (doubling), then shrinking; calloc zeroes.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int capacity = 1, size = 0;
    int *items = malloc(capacity * sizeof(int));
    for (int i = 0; i < 100; i++) {
        if (size == capacity) {
            capacity *= 2;
            int *grown = realloc(items, capacity * sizeof(int));
            if (!grown) return 1;
            items = grown;
            printf("grew to %d\n", capacity);
        }
        items[size++] = i * i;
    }
    long total = 0;
    for (int i = 0; i < size; i++) total += items[i];
    printf("total %ld\n", total);
    items = realloc(items, 10 * sizeof(int));
    printf("%d %d\n", items[0], items[9]);
    free(items);
    int *zeros = calloc(8, sizeof(int));
    int sum = 0;
    for (int i = 0; i < 8; i++) sum += zeros[i];
    printf("calloc sum %d\n", sum);
    free(zeros);
    char *s = realloc(NULL, 4);
    s[0] = 'o'; s[1] = 'k'; s[2] = 0;
    puts(s);
    free(s);
    return 0;
}
