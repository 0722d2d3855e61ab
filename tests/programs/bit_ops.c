// Bit operations: masks, shifts, popcount, bit reversal, sign of shifts on signed values.
#include <stdio.h>

int popcount(unsigned x) {
    int c = 0;
    while (x) {
        x &= x - 1;
        c++;
    }
    return c;
}

unsigned reverse(unsigned x) {
    unsigned r = 0;
    for (int i = 0; i < 32; i++) {
        r = (r << 1) | (x & 1);
        x >>= 1;
    }
    return r;
}

int main(void) {
    unsigned flags = 0;
    flags |= 1u << 3;
    flags |= 1u << 7;
    flags &= ~(1u << 3);
    printf("%u %d\n", flags, (flags >> 7) & 1);
    printf("%d %d %d\n", popcount(0), popcount(255), popcount(0xdeadbeef));
    printf("%08x\n", reverse(1));
    printf("%d %d\n", -16 >> 2, -1 >> 10);
    printf("%u\n", 0xf0000000u >> 28);
    printf("%x %x %x\n", 0xf0 & 0x3c, 0xf0 | 0x0f, 0xff ^ 0x0f);
    printf("%d\n", ~0);
    long long big = 1LL << 40;
    printf("%lld\n", big);
    unsigned char byte = 0x81;
    printf("%d\n", (byte << 1) & 0xff);
    int x = 12345;
    printf("%d\n", (x & 1) ? 1 : 0);
    printf("%d\n", !!x);
    return 0;
}
