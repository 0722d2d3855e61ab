// Title: Recursion: factorial
// Watch factorial call itself: every call pushes a new frame with its own copy of n, so the
// stack view shows factorial(5), factorial(4), ... piled up below main, one frame per call.
// When n reaches 1 (the base case) nothing more is pushed; watch the frames unwind one by one,
// each multiplying the result it got back by its own n before its frame is popped.
// expect: clean
#include <stdio.h>

long factorial(int n) {
    if (n <= 1) {
        printf("base case: factorial(%d) = 1\n", n);
        return 1;
    }
    long smaller = factorial(n - 1);
    long result = n * smaller;
    printf("factorial(%d) = %d * %ld = %ld\n", n, n, smaller, result);
    return result;
}

int sumTo(int n) {
    if (n == 0) return 0;
    return n + sumTo(n - 1);
}

int main(void) {
    long f = factorial(5);
    printf("5! = %ld\n", f);
    printf("1 + 2 + 3 + 4 = %d\n", sumTo(4));
    return 0;
}
