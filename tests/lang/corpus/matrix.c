/* 2-D arrays: initialization, row pointers, passing to functions, pointer to array. */
#include <stdio.h>

#define N 3

void multiply(int a[N][N], int b[][N], int out[N][N]) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            out[i][j] = 0;
            for (int k = 0; k < N; k++) out[i][j] += a[i][k] * b[k][j];
        }
}

int trace(int (*m)[N]) {
    int t = 0;
    for (int i = 0; i < N; i++) t += m[i][i];
    return t;
}

int main(void) {
    int a[N][N] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
    int id[N][N] = {[0][0] = 1, [1][1] = 1, [2][2] = 1};
    int c[N][N];
    int flat[2][3] = {1, 2, 3, 4, 5, 6};
    multiply(a, id, c);
    printf("%d %d %zu %zu\n", trace(c), flat[1][2], sizeof a, sizeof a[0]);
    int *row = a[1];
    printf("%d %d\n", row[2], *(*(a + 2) + 1));
    char board[3][4] = {"abc", "def", "ghi"};
    printf("%s %c\n", board[1], board[2][0]);
    return 0;
}
