// 2-D arrays: matrix multiplication, transposition, passing rows to functions.
#include <stdio.h>

#define N 3

void multiply(int a[N][N], int b[N][N], int c[N][N]) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            c[i][j] = 0;
            for (int k = 0; k < N; k++) c[i][j] += a[i][k] * b[k][j];
        }
}

int rowSum(const int *row, int n) {
    int s = 0;
    for (int i = 0; i < n; i++) s += row[i];
    return s;
}

int main(void) {
    int a[N][N] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
    int b[N][N] = {{9, 8, 7}, {6, 5, 4}, {3, 2, 1}};
    int c[N][N];
    multiply(a, b, c);
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) printf("%5d", c[i][j]);
        printf("   | row sum %d\n", rowSum(c[i], N));
    }
    int t[N][N];
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) t[j][i] = a[i][j];
    printf("t[0][2]=%d t[2][0]=%d\n", t[0][2], t[2][0]);
    char grid[4][6] = {"#....", ".#...", "..#..", "...#."};
    for (int i = 0; i < 4; i++) puts(grid[i]);
    printf("sizeof a = %zu, sizeof a[0] = %zu\n", sizeof a, sizeof a[0]);
    int (*p)[N] = a;
    printf("p[1][1] = %d, *(*(p + 2) + 1) = %d\n", p[1][1], *(*(p + 2) + 1));
    return 0;
}
