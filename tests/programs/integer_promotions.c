// Integer promotions and the usual arithmetic conversions, unsigned wrap-around, signed/unsigned compares.
#include <stdio.h>
#include <limits.h>

int main(void) {
    unsigned char a = 200, b = 100;
    int sum = a + b;
    unsigned char wrapped = a + b;
    printf("%d %d\n", sum, wrapped);
    unsigned int u = 0;
    u--;
    printf("%u %x\n", u, u);
    printf("%d\n", -1 < 0u);
    printf("%d\n", -1 < (long)0u);
    signed char sc = -5;
    unsigned short us = 65535;
    printf("%d %d\n", sc * 2, us + 1);
    unsigned short us2 = us + 1;
    printf("%d\n", us2);
    int big = INT_MAX;
    big = big + 1;
    printf("%d\n", big);
    long l = INT_MAX;
    l = l + 1;
    printf("%ld\n", l);
    unsigned long ul = 0;
    ul = ul - 1;
    printf("%lu\n", ul);
    printf("%d %d\n", 7 / -2, 7 % -2);
    printf("%d %d\n", -7 / 2, -7 % 2);
    char c = 'A' + 2;
    printf("%c %d\n", c, c);
    printf("%zu %zu %zu\n", sizeof(a + b), sizeof(c), sizeof('a'));
    unsigned x = 3000000000u;
    printf("%u %d\n", x, (int)x);
    long long prod = 100000 * 100000LL;
    printf("%lld\n", prod);
    int overflow = 100000 * 100000;
    printf("%d\n", overflow);
    printf("%u\n", 1u << 31);
    printf("%d\n", (unsigned char)-1);
    printf("%d\n", (signed char)200);
    printf("%hd %hhu\n", (short)70000, (unsigned char)300);
    return 0;
}
