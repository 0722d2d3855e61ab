/* Integer promotions, usual arithmetic conversions, unsigned wrap-around, casts. */
#include <stdio.h>

int main(void) {
    unsigned char uc = 200;
    signed char sc = -100;
    short s = 30000;
    unsigned int u = 1;
    long l = -1;
    int sum = uc + uc;
    unsigned int wrap = 0u - 1;
    printf("%d %d %d %u\n", sum, sc * 2, s + s, wrap);
    printf("%d %d\n", -1 < u, l < u);
    printf("%lu %zu %zu\n", (unsigned long)sizeof(uc + uc), sizeof(u + l), sizeof(1.0f + 1));
    double d = 7 / 2;
    float f = 7 / 2.0f;
    int truncated = (int)-3.7;
    printf("%.1f %.1f %d %d\n", d, f, truncated, (char)300);
    long long big = 1LL << 40;
    unsigned long ul = 0xFFFFFFFFFFFFFFFFUL;
    printf("%lld %lu %x %o\n", big, ul, 255, 8);
    return 0;
}
