// Argument evaluation order: gcc -O0 on x86-64 evaluates a call's arguments right to left, nested calls
// included; memviz follows it so programs whose output depends on it match gcc's binary.
#include <stdio.h>
static int f(int x) { printf("f(%d) ", x); return x; }
static int g(int a, int b, int c) { return a * 100 + b * 10 + c; }
int main(void) {
    int r = g(f(1), f(2), f(3));
    printf("\n%d\n", r);
    int i = 0;
    printf("%d %d\n", f(10), g(f(4), f(5), f(6)));
    (void)i;
    return 0;
}
