// Unions: a tagged union for a small expression value type, type punning a float's bits through a
// union (IEEE 754 fields), byte order of an int seen through a char array, and union sizes.
#include <stdio.h>
#include <stdint.h>
#include <string.h>

typedef enum { V_INT, V_REAL, V_TEXT, V_PAIR } Kind;

typedef struct Value {
    Kind kind;
    union {
        long i;
        double r;
        char text[12];
        struct { short a, b; } pair;
    } as;
} Value;

void show(const Value *v) {
    switch (v->kind) {
    case V_INT: printf("int %ld\n", v->as.i); break;
    case V_REAL: printf("real %.3f\n", v->as.r); break;
    case V_TEXT: printf("text \"%s\"\n", v->as.text); break;
    case V_PAIR: printf("pair (%d, %d)\n", v->as.pair.a, v->as.pair.b); break;
    }
}

union FloatBits {
    float f;
    uint32_t u;
    unsigned char bytes[4];
};

void dissect(float f) {
    union FloatBits fb;
    fb.f = f;
    unsigned sign = fb.u >> 31, exponent = (fb.u >> 23) & 0xff, mantissa = fb.u & 0x7fffff;
    printf("%-10g bits %08x sign %u exp %3u (2^%4d) mantissa %06x\n", f, fb.u, sign, exponent, (int)exponent - 127,
           mantissa);
}

union Endian {
    uint32_t word;
    uint8_t b[4];
};

union DoubleWords {
    double d;
    uint64_t u;
    uint32_t half[2];
};

int main(void) {
    Value vals[4];
    vals[0].kind = V_INT;
    vals[0].as.i = -123456789L;
    vals[1].kind = V_REAL;
    vals[1].as.r = 2.718281828;
    vals[2].kind = V_TEXT;
    strcpy(vals[2].as.text, "union!");
    vals[3].kind = V_PAIR;
    vals[3].as.pair.a = -4;
    vals[3].as.pair.b = 300;
    for (int i = 0; i < 4; i++) show(&vals[i]);
    printf("sizeof(Value)=%zu sizeof as=%zu\n", sizeof(Value), sizeof vals[0].as);

    float samples[] = {1.0f, -2.0f, 0.5f, 0.1f, 3.4e38f, 1e-40f, 0.0f, -0.0f};
    for (int i = 0; i < 8; i++) dissect(samples[i]);

    union Endian e;
    e.word = 0x0a0b0c0d;
    printf("little endian bytes: %02x %02x %02x %02x\n", e.b[0], e.b[1], e.b[2], e.b[3]);
    e.b[3] = 0xff;
    printf("after writing b[3]: %08x\n", e.word);

    union DoubleWords dw;
    dw.d = 1.0;
    printf("1.0 = %016llx halves %08x %08x\n", (unsigned long long)dw.u, dw.half[1], dw.half[0]);
    dw.u += 1;
    printf("next double after 1.0 = %.20f\n", dw.d);
    dw.u = 0x4000000000000000ULL;
    printf("0x4000... = %g\n", dw.d);
    union FloatBits fb;
    memset(&fb, 0, sizeof fb);
    fb.bytes[3] = 0x3f;
    fb.bytes[2] = 0x80;
    printf("built from bytes: %g\n", fb.f);
    printf("sizes %zu %zu %zu\n", sizeof(union FloatBits), sizeof(union Endian), sizeof(union DoubleWords));
    return 0;
}
