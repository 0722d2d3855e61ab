// expect: division-by-zero line 8 column 16
// An average of an empty list divides by zero.
#include <stdio.h>

int average(const int *v, int n) {
    int sum = 0;
    for (int i = 0; i < n; i++) sum += v[i];
    return sum / n; /* HERE */
}

int main(void) {
    int none[1] = {0};
    printf("%d\n", average(none, 0));
    return 0;
}
