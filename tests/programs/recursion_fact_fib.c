// Recursion: factorial, Fibonacci and the Ackermann function.
#include <stdio.h>

long fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }
int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
int ack(int m, int n) {
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

int main(void) {
    for (int i = 0; i <= 20; i++) printf("%d! = %ld\n", i, fact(i));
    for (int i = 0; i < 20; i++) printf("fib(%d) = %d\n", i, fib(i));
    printf("ack(2, 3) = %d\n", ack(2, 3));
    return 0;
}
