/* switch with fallthrough, goto, do-while, break/continue, nested loops, comma operator. */
#include <stdio.h>

int classify(int n) {
    int score = 0;
    switch (n % 4) {
    case 0:
        score += 1;
        /* fall through */
    case 1:
        score += 10;
    case 2: {
        score += 100;
        break;
    }
    default:
        score = -1;
    }
    return score;
}

int find(int grid[3][3], int target) {
    int i, j;
    for (i = 0; i < 3; i++)
        for (j = 0; j < 3; j++)
            if (grid[i][j] == target) goto found;
    return -1;
found:
    return i * 3 + j;
}

int main(void) {
    for (int n = 0; n < 5; n++) printf("%d ", classify(n));
    int grid[3][3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
    printf("\n%d %d\n", find(grid, 6), find(grid, 42));
    int k = 0;
    do {
        k++;
        if (k % 2) continue;
        if (k > 6) break;
    } while (k < 10);
    int a, b;
    for (a = 0, b = 10; a < b; a++, b--)
        ;
    printf("%d %d %d\n", k, a, b);
    return 0;
}
