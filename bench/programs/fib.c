// fib.c: the recursion-heavy memviz-bench program: naive recursive fib(27), 635,621 calls.
#include <stdio.h>

int fib(int n) {
    if (n < 2)
        return n;
    return fib(n - 1) + fib(n - 2);
}

int main(void) {
    printf("fib(27) = %d\n", fib(27));
    return 0;
}
