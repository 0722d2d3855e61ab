// Bit manipulation puzzles: power-of-two tests, lowest set bit, counting bits three ways, parity,
// rotations, reversing bytes, Gray code, subsets by bitmask, and packing RGB fields.
#include <stdio.h>
#include <stdint.h>

int isPow2(unsigned x) { return x && !(x & (x - 1)); }
unsigned lowestBit(unsigned x) { return x & -x; }
int popLoop(uint32_t x) { int c = 0; while (x) { c += x & 1; x >>= 1; } return c; }
int popKernighan(uint32_t x) { int c = 0; for (; x; c++) x &= x - 1; return c; }
int popParallel(uint32_t x) {
    x = x - ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    x = (x + (x >> 4)) & 0x0f0f0f0fu;
    return (int)((x * 0x01010101u) >> 24);
}
int parity(uint32_t x) { x ^= x >> 16; x ^= x >> 8; x ^= x >> 4; x ^= x >> 2; x ^= x >> 1; return x & 1; }
uint32_t rotl(uint32_t x, unsigned k) { k &= 31; return k ? (x << k) | (x >> (32 - k)) : x; }
uint32_t bswap(uint32_t x) {
    return (x >> 24) | ((x >> 8) & 0xff00u) | ((x << 8) & 0xff0000u) | (x << 24);
}
uint8_t reverse8(uint8_t b) {
    uint8_t r = 0;
    for (int i = 0; i < 8; i++) r = (uint8_t)((r << 1) | ((b >> i) & 1));
    return r;
}
void binary(uint32_t x, int width) {
    for (int i = width - 1; i >= 0; i--) putchar((x >> i) & 1 ? '1' : '0');
}

int main(void) {
    unsigned tests[] = {0, 1, 6, 8, 96, 1024, 4095, 0x80000000u};
    for (int i = 0; i < 8; i++)
        printf("%10u pow2 %d low %10u pop %2d %2d %2d parity %d\n", tests[i], isPow2(tests[i]), lowestBit(tests[i]),
               popLoop(tests[i]), popKernighan(tests[i]), popParallel(tests[i]), parity(tests[i]));
    uint32_t v = 0x12345678u;
    printf("rotl %08x %08x %08x bswap %08x\n", rotl(v, 4), rotl(v, 16), rotl(v, 0), bswap(v));
    printf("reverse8(0x01)=%02x reverse8(0xb4)=%02x\n", reverse8(0x01), reverse8(0xb4));
    printf("gray codes:");
    for (unsigned i = 0; i < 8; i++) {
        putchar(' ');
        binary(i ^ (i >> 1), 3);
    }
    putchar('\n');
    const char *items = "abcd";
    int shown = 0;
    for (unsigned mask = 0; mask < 16; mask++) {
        if (popKernighan(mask) != 2) continue;
        printf("%s{", shown++ ? " " : "");
        for (int b = 0; b < 4; b++)
            if (mask & (1u << b)) putchar(items[b]);
        putchar('}');
    }
    putchar('\n');
    uint16_t rgb565 = (uint16_t)((31u << 11) | (40u << 5) | 7u);
    printf("rgb565 %04x r %u g %u b %u\n", rgb565, rgb565 >> 11, (rgb565 >> 5) & 0x3f, rgb565 & 0x1f);
    uint32_t flags = 0;
    flags |= 1u << 3;
    flags |= 1u << 7;
    flags ^= 1u << 3;
    flags |= 0xf0000u;
    flags &= ~(1u << 17);
    printf("flags ");
    binary(flags, 20);
    printf(" = %u\n", flags);
    int a = 13, b = -22;
    a ^= b;
    b ^= a;
    a ^= b;
    printf("xor swap %d %d, same sign %d, abs via mask %d\n", a, b, (a ^ b) >= 0, (b ^ (b >> 31)) - (b >> 31));
    printf("min without branch %d\n", b ^ ((a ^ b) & -(a < b)));
    uint64_t big = 1ULL << 63;
    printf("%llu %d %llx\n", (unsigned long long)big, popKernighan((uint32_t)(big >> 32)), (unsigned long long)(big - 1));
    return 0;
}
