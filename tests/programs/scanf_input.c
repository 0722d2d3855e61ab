// Input: scanf with numbers and words, until EOF.
#include <stdio.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    long sum = 0;
    for (int i = 0; i < n; i++) {
        int v;
        scanf("%d", &v);
        sum += v;
    }
    printf("sum of %d numbers: %ld\n", n, sum);
    char word[32];
    double d;
    while (scanf("%31s %lf", word, &d) == 2) printf("%s -> %.2f\n", word, d * 2);
    return 0;
}
