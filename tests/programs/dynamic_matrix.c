// A matrix allocated row by row with malloc (int **), Pascal's triangle in a jagged array.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int rows = 5, cols = 4;
    int **m = malloc(rows * sizeof(int *));
    for (int i = 0; i < rows; i++) {
        m[i] = malloc(cols * sizeof(int));
        for (int j = 0; j < cols; j++) m[i][j] = i * cols + j;
    }
    for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) printf("%3d", m[i][j]);
        printf("\n");
    }
    for (int i = 0; i < rows; i++) free(m[i]);
    free(m);
    int n = 8;
    long **pascal = malloc(n * sizeof *pascal);
    for (int i = 0; i < n; i++) {
        pascal[i] = malloc((i + 1) * sizeof **pascal);
        pascal[i][0] = pascal[i][i] = 1;
        for (int j = 1; j < i; j++) pascal[i][j] = pascal[i - 1][j - 1] + pascal[i - 1][j];
    }
    for (int i = 0; i < n; i++) {
        for (int j = 0; j <= i; j++) printf("%ld ", pascal[i][j]);
        printf("\n");
        free(pascal[i]);
    }
    free(pascal);
    return 0;
}
