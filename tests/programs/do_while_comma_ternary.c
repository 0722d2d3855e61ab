// do-while, the comma operator, the conditional operator, compound assignment operators.
#include <stdio.h>

int main(void) {
    int i = 0;
    do {
        printf("%d ", i);
        i += 3;
    } while (i < 10);
    printf("\n");
    int n = 0;
    do n++; while (0);
    printf("%d\n", n);
    int a, b;
    for (a = 0, b = 10; a < b; a++, b--) ;
    printf("%d %d\n", a, b);
    int x = (a = 2, b = 3, a * b);
    printf("%d\n", x);
    for (int k = -2; k <= 2; k++) printf("%s ", k < 0 ? "neg" : k == 0 ? "zero" : "pos");
    printf("\n");
    int v = 100;
    v += 5; v -= 3; v *= 2; v /= 4; v %= 7; v <<= 3; v >>= 1; v |= 1; v &= 0xff; v ^= 0x10;
    printf("%d\n", v);
    int max = a > b ? a : b;
    printf("%d\n", max);
    return 0;
}
