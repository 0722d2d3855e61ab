// Title: realloc growth: a growing array
// Watch the array's block in the heap view each time it is full and realloc doubles its capacity.
// Sometimes the block can grow in place (the space right after it is free); otherwise realloc
// allocates a bigger block elsewhere, copies the values, and frees the old one: watch the arrow
// from `items` jump. Switch allocators to see the moves change. Never keep an old pointer
// across a realloc: it may point at freed memory.
// expect: clean
#include <stdio.h>
#include <stdlib.h>

struct IntArray {
    int *items;
    int count;
    int capacity;
};

int push(struct IntArray *a, int value) {
    if (a->count == a->capacity) {
        int newCapacity = a->capacity == 0 ? 2 : a->capacity * 2;
        int *bigger = realloc(a->items, newCapacity * sizeof(int));
        if (bigger == NULL) return 0;     /* a->items is still valid here */
        a->items = bigger;
        a->capacity = newCapacity;
        printf("grew to capacity %d\n", newCapacity);
    }
    a->items[a->count] = value;
    a->count++;
    return 1;
}

int main(void) {
    struct IntArray squares = {NULL, 0, 0};
    char *neighbour = NULL;
    for (int i = 1; i <= 12; i++) {
        if (!push(&squares, i * i)) return 1;
        if (i == 2) {
            neighbour = malloc(8);        /* lands right after the array: in the way */
            if (neighbour == NULL) return 1;
        }
        if (i == 6) {
            free(neighbour);              /* merges with the hole the array left behind */
            neighbour = NULL;
        }
    }
    printf("%d items:", squares.count);
    for (int i = 0; i < squares.count; i++)
        printf(" %d", squares.items[i]);
    printf("\n");
    free(squares.items);
    return 0;
}
