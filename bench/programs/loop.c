// loop.c: the loop-heavy memviz-bench program: nested loops over two global arrays with integer
// arithmetic (a cyclic convolution, 25 rounds over 200 x 200), about 3 million steps. Prints a checksum.
#include <stdio.h>

#define N 200
#define ROUNDS 25

int a[N];
int b[N];

int main(void) {
    long checksum = 0;
    for (int i = 0; i < N; i++) {
        a[i] = (i * 7 + 3) % 101;
        b[i] = (i * 13 + 5) % 97;
    }
    for (int round = 0; round < ROUNDS; round++) {
        for (int i = 0; i < N; i++) {
            int s = 0;
            for (int j = 0; j < N; j++)
                s += a[j] * b[(i + j) % N];
            checksum = (checksum * 31 + s) % 1000000007;
            a[i] = (a[i] + s) % 1009;
        }
    }
    printf("checksum %ld\n", checksum);
    return 0;
}
