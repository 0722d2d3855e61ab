// Usual arithmetic conversions in depth: char/short/unsigned char arithmetic, signed vs unsigned
// comparisons, shifts of negative numbers, unsigned wrap, long long wrap via unsigned, float/int casts.
#include <stdio.h>
#include <limits.h>

static const char *cmp(int r) { return r ? "true" : "false"; }

int main(void) {
    unsigned char uc = 250;
    signed char sc = -6;
    short s = -300;
    unsigned short us = 60000;

    printf("uc+sc=%d uc*2=%d sc*sc=%d\n", uc + sc, uc * 2, sc * sc);
    printf("s*us=%d us*us=%u\n", s * us, (unsigned)us * us);
    printf("~uc=%d ~(unsigned char)0=%d\n", ~uc, ~(unsigned char)0);
    unsigned char back = uc + 10;
    signed char sback = (signed char)(sc - 125);
    printf("back=%u sback=%d\n", back, sback);

    printf("-1 < 0u: %s\n", cmp(-1 < 0u));
    printf("-1 < 0L: %s\n", cmp(-1 < 0L));
    printf("(unsigned char)-1 < 1: %s\n", cmp((unsigned char)-1 < 1));
    printf("(unsigned short)-1 > 0: %s\n", cmp((unsigned short)-1 > 0));
    printf("-1L < 1u: %s\n", cmp(-1L < 1u));
    printf("-1LL < 1ull: %s\n", cmp(-1LL < 1ull));
    unsigned int ui = 5;
    int neg = -10;
    printf("ui + neg = %u, (int)(ui + neg) = %d\n", ui + neg, (int)(ui + neg));
    long lres = ui + neg;
    printf("long lres = %ld\n", lres);
    long l2 = (long)ui + neg;
    printf("long l2 = %ld\n", l2);

    printf("-16 >> 2 = %d, -1 >> 10 = %d, -17 >> 1 = %d\n", -16 >> 2, -1 >> 10, -17 >> 1);
    printf("(unsigned)-16 >> 2 = %u\n", (unsigned)-16 >> 2);
    printf("1 << 30 = %d, 1u << 31 = %u, 1LL << 40 = %lld\n", 1 << 30, 1u << 31, 1LL << 40);

    unsigned int w = UINT_MAX;
    w += 2;
    printf("UINT_MAX + 2 = %u\n", w);
    unsigned short ws = 0;
    ws -= 1;
    printf("(unsigned short)0 - 1 = %u\n", ws);

    long long big = LLONG_MAX;
    long long wrapped = (long long)((unsigned long long)big + 1);
    printf("LLONG_MAX + 1 via unsigned = %lld\n", wrapped);
    unsigned long long h = 1469598103934665603ULL;
    const char *text = "memviz";
    for (const char *p = text; *p; p++) {
        h ^= (unsigned char)*p;
        h *= 1099511628211ULL;
    }
    printf("fnv1a(\"%s\") = %llu\n", text, h);

    double d = -7.9;
    printf("(int)7.9=%d (int)-7.9=%d (int)0.5=%d\n", (int)7.9, (int)d, (int)0.5);
    printf("(unsigned char)300.7=%d\n", (unsigned char)(int)300.7);
    float f = 16777217.0f;
    printf("float 16777217 = %.1f\n", f);
    double third = 1.0 / 3;
    float ft = (float)third;
    printf("third %.17f %.17f\n", third, (double)ft);
    printf("int/int=%d int/double=%.3f\n", 7 / 2, 7 / 2.0);
    int i = 3;
    double mixed = i / 2 + i / 2.0;
    printf("mixed=%.2f\n", mixed);
    printf("char + 0.5 = %.1f\n", 'A' + 0.5);
    printf("sizeof: %zu %zu %zu %zu\n", sizeof(uc + uc), sizeof(s + 1L), sizeof(1.0f + 1), sizeof(1.0f + 1.0));
    long long ll = 3000000000LL;
    int truncated = (int)ll;
    printf("(int)3000000000LL = %d\n", truncated);
    printf("%d %d\n", (short)40000, (char)200);
    return 0;
}
