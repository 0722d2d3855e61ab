// while loops: Collatz sequences, digit sums, nested loops with break.
#include <stdio.h>

int collatz(long n) {
    int steps = 0;
    while (n != 1) {
        n = n % 2 == 0 ? n / 2 : 3 * n + 1;
        steps++;
    }
    return steps;
}

int digitSum(int n) {
    int s = 0;
    while (n > 0) {
        s += n % 10;
        n /= 10;
    }
    return s;
}

int main(void) {
    int best = 0, bestN = 0;
    for (int n = 1; n < 1000; n++) {
        int s = collatz(n);
        if (s > best) { best = s; bestN = n; }
    }
    printf("%d takes %d steps\n", bestN, best);
    printf("%d %d\n", digitSum(12345), digitSum(99999));
    int i = 0;
    while (1) {
        if (i * i > 200) break;
        i++;
    }
    printf("%d\n", i);
    return 0;
}
