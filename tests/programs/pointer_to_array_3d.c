// 2-D and 3-D arrays with pointer-to-array types: int (*p)[4], passing matrices, row pointers,
// sizeof of array expressions, walking a 3-D array with a pointer to a 2-D slice.
#include <stdio.h>

#define R 3
#define C 4

void fill(int (*m)[C], int rows) {
    for (int i = 0; i < rows; i++)
        for (int j = 0; j < C; j++) m[i][j] = i * 10 + j;
}

int rowSum(const int row[C]) {
    int s = 0;
    for (int j = 0; j < C; j++) s += row[j];
    return s;
}

int trace3(int cube[2][3][3], int k) {
    int t = 0;
    for (int i = 0; i < 3; i++) t += cube[k][i][i];
    return t;
}

int main(void) {
    int m[R][C];
    fill(m, R);
    int (*p)[C] = m;
    printf("sizeof m=%zu m[0]=%zu *p=%zu p=%zu\n", sizeof m, sizeof m[0], sizeof *p, sizeof p);
    for (int i = 0; i < R; i++) {
        for (int j = 0; j < C; j++) printf("%3d", p[i][j]);
        printf(" | sum %d\n", rowSum(m[i]));
    }
    p++;
    printf("after p++: (*p)[0]=%d p[1][2]=%d\n", (*p)[0], p[1][2]);
    printf("rows apart: %td\n", &m[2] - &m[0]);
    int *flat = &m[0][0];
    int total = 0;
    for (int k = 0; k < R * C; k++) total += flat[k];
    printf("flat total %d, flat[5]=%d\n", total, flat[5]);
    printf("*(*(m+2)+3)=%d\n", *(*(m + 2) + 3));

    int cube[2][3][3];
    int v = 1;
    for (int a = 0; a < 2; a++)
        for (int b = 0; b < 3; b++)
            for (int c = 0; c < 3; c++) cube[a][b][c] = v++;
    printf("sizeof cube=%zu cube[1]=%zu cube[1][2]=%zu\n", sizeof cube, sizeof cube[1], sizeof cube[1][2]);
    int (*slice)[3][3] = cube;
    printf("slice[1][2][0]=%d\n", slice[1][2][0]);
    int (*row)[3] = cube[1];
    printf("row[1][1]=%d\n", row[1][1]);
    printf("traces %d %d\n", trace3(cube, 0), trace3(cube, 1));

    char names[4][6] = {"ann", "bob", "carol", "dan"};
    char (*np)[6] = names;
    for (int i = 0; i < 4; i++) printf("%s%c", np[i], i == 3 ? '\n' : ',');
    names[2][3] = '\0';
    printf("%s %zu\n", names[2], sizeof names / sizeof names[0]);

    int grid[3][3] = {[1] = {[1] = 5}, [2][0] = 7};
    for (int i = 0; i < 3; i++) printf("%d %d %d\n", grid[i][0], grid[i][1], grid[i][2]);
    return 0;
}
