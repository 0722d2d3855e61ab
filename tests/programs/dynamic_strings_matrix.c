// Dynamic memory patterns: an array of strings grown with realloc doubling and filled with strdup,
// sorted and freed; a matrix as an array of row pointers and as one contiguous block with a row table.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char **items;
    size_t count, capacity;
} StrList;

void append(StrList *l, const char *s) {
    if (l->count == l->capacity) {
        size_t cap = l->capacity ? l->capacity * 2 : 1;
        char **grown = realloc(l->items, cap * sizeof *grown);
        if (!grown) exit(1);
        l->items = grown;
        l->capacity = cap;
        printf("  grew to %zu\n", cap);
    }
    l->items[l->count++] = strdup(s);
}

int byLengthThenAlpha(const void *a, const void *b) {
    const char *x = *(char *const *)a, *y = *(char *const *)b;
    size_t lx = strlen(x), ly = strlen(y);
    if (lx != ly) return lx < ly ? -1 : 1;
    return strcmp(x, y);
}

double **rowsMatrix(int rows, int cols) {
    double **m = malloc((size_t)rows * sizeof *m);
    for (int i = 0; i < rows; i++) m[i] = calloc((size_t)cols, sizeof **m);
    return m;
}

int **blockMatrix(int rows, int cols) {
    int **m = malloc((size_t)rows * sizeof(int *) + (size_t)rows * (size_t)cols * sizeof(int));
    int *cells = (int *)(m + rows);
    for (int i = 0; i < rows; i++) m[i] = cells + i * cols;
    return m;
}

int main(void) {
    StrList list = {NULL, 0, 0};
    const char *words[] = {"pear", "fig", "banana", "kiwi", "apple", "plum", "cherry", "date", "lime"};
    for (int i = 0; i < 9; i++) append(&list, words[i]);
    list.items[1][0] = 'F';
    qsort(list.items, list.count, sizeof(char *), byLengthThenAlpha);
    for (size_t i = 0; i < list.count; i++) printf("%s%s", list.items[i], i + 1 < list.count ? ", " : "\n");
    size_t total = 0;
    for (size_t i = 0; i < list.count; i++) {
        total += strlen(list.items[i]) + 1;
        free(list.items[i]);
    }
    free(list.items);
    printf("%zu strings, %zu bytes of text, capacity %zu\n", list.count, total, list.capacity);

    int rows = 4, cols = 5;
    double **h = rowsMatrix(rows, cols);
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < cols; j++) h[i][j] = 1.0 / (i + j + 1);
    double *tmp = h[0];
    h[0] = h[3];
    h[3] = tmp;
    for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) printf("%7.4f", h[i][j]);
        printf("\n");
    }
    for (int i = 0; i < rows; i++) free(h[i]);
    free(h);

    int **b = blockMatrix(3, 3);
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++) b[i][j] = (i + 1) * (j + 2);
    int *flat = b[0];
    int sum = 0;
    for (int k = 0; k < 9; k++) sum += flat[k];
    printf("block sum %d, b[2][1]=%d, contiguous %d\n", sum, b[2][1], b[1] - b[0] == 3);
    free(b);

    char *joined = malloc(1);
    joined[0] = '\0';
    size_t len = 0;
    for (int i = 0; i < 5; i++) {
        size_t add = strlen(words[i]) + 1;
        joined = realloc(joined, len + add + 1);
        strcat(joined, words[i]);
        strcat(joined, "/");
        len += add;
    }
    printf("%s (%zu)\n", joined, strlen(joined));
    free(joined);
    return 0;
}
