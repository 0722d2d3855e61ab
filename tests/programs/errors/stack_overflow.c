// expect: stack-overflow line 8
// Recursion without a base case runs out of stack.
#include <stdio.h>

long depth(long n) {
    char pad[64];
    pad[0] = (char)n;
    return depth(n + 1) + pad[0]; /* HERE */
}

int main(void) {
    printf("%ld\n", depth(0));
    return 0;
}
