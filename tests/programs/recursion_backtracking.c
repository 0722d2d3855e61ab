// Recursion and backtracking: mutual recursion (even/odd, Hofstadter F/M), permutations of a string,
// N-queens for 6, subset sums, and flood fill on a character grid.
#include <stdio.h>
#include <string.h>

int isOdd(unsigned n);
int isEven(unsigned n) { return n == 0 ? 1 : isOdd(n - 1); }
int isOdd(unsigned n) { return n == 0 ? 0 : isEven(n - 1); }

int hofM(int n);
int hofF(int n) { return n == 0 ? 1 : n - hofM(hofF(n - 1)); }
int hofM(int n) { return n == 0 ? 0 : n - hofF(hofM(n - 1)); }

static int permCount = 0;
void permute(char *s, int k, int n) {
    if (k == n) {
        printf("%s%s", permCount++ ? " " : "", s);
        return;
    }
    for (int i = k; i < n; i++) {
        char t = s[k]; s[k] = s[i]; s[i] = t;
        permute(s, k + 1, n);
        t = s[k]; s[k] = s[i]; s[i] = t;
    }
}

#define N 6
int cols[N];
int solutions = 0;

int safe(int row, int col) {
    for (int r = 0; r < row; r++) {
        int c = cols[r];
        if (c == col || r - c == row - col || r + c == row + col) return 0;
    }
    return 1;
}

void queens(int row) {
    if (row == N) {
        if (++solutions == 1) {
            for (int r = 0; r < N; r++) {
                for (int c = 0; c < N; c++) putchar(cols[r] == c ? 'Q' : '.');
                putchar('\n');
            }
        }
        return;
    }
    for (int c = 0; c < N; c++)
        if (safe(row, c)) {
            cols[row] = c;
            queens(row + 1);
        }
}

int subsetSums(const int *v, int n, int target) {
    if (target == 0) return 1;
    if (n == 0 || target < 0) return 0;
    return subsetSums(v + 1, n - 1, target - v[0]) + subsetSums(v + 1, n - 1, target);
}

char grid[6][11] = {
    "#########.",
    "#...#....#",
    "#.#.#.##.#",
    "#.#...#..#",
    "#.#####.##",
    "##.......#",
};

int fill(int r, int c, char with) {
    if (r < 0 || r >= 6 || c < 0 || c >= 10 || grid[r][c] != '.') return 0;
    grid[r][c] = with;
    return 1 + fill(r + 1, c, with) + fill(r - 1, c, with) + fill(r, c + 1, with) + fill(r, c - 1, with);
}

int main(void) {
    printf("even(10)=%d odd(7)=%d even(7)=%d\n", isEven(10), isOdd(7), isEven(7));
    printf("F:");
    for (int i = 0; i < 15; i++) printf(" %d", hofF(i));
    printf("\nM:");
    for (int i = 0; i < 15; i++) printf(" %d", hofM(i));
    printf("\n");
    char word[] = "abcd";
    permute(word, 0, (int)strlen(word));
    printf("\n%d permutations, word back to %s\n", permCount, word);
    queens(0);
    printf("%d solutions for %d queens\n", solutions, N);
    int coins[] = {3, 5, 7, 2, 8, 1};
    for (int t = 5; t <= 20; t += 5) printf("subsets summing to %d: %d\n", t, subsetSums(coins, 6, t));
    printf("filled %d\n", fill(1, 1, 'a'));
    printf("filled %d\n", fill(5, 2, 'b'));
    printf("filled %d\n", fill(0, 9, 'c'));
    for (int r = 0; r < 6; r++) printf("%s\n", grid[r]);
    return 0;
}
