// Random integer and pointer program (seed 9572 of a csmith-like generator used to fuzz the evaluator against
// gcc): every integer type, enums, casts, compound assignments, ++/--, arrays, pointers and struct members,
// free of undefined behaviour (same output with -fwrapv and under UBSan). Kept as a regression test.
#include <stdio.h>
#include <stddef.h>
#ifndef N
#define N(x) (x)
#endif

enum E { EA = -3, EB, EC = 100, ED = 0x7fffffff };
enum F { FA, FB = 7, FC = 200 };
enum G { GA = (unsigned char)-1, GB = 1 << 30, GC = -GB - 1, GD = (short)0x18000 / 3, GE = (int)(0xffffffffu >> 1), GF = -(int)sizeof(long long) * 3 % 5 };

struct S {
    char m0;
    unsigned char m1;
    long m2;
    long long m3;
    unsigned char m4;
    long m5;
    unsigned short m6;
};

unsigned long long crc = 0;
signed char g1 = ((unsigned long long)GC);
long g2 = (-0x1ll);
_Bool g3 = (1000000007 - (-0xc2ll));
char g4 = (((~sizeof(unsigned short)) | (~4ull)) * (((int)(-32ul)) | (4294967296ull - 7929629933403766368uLL)));
enum E g5 = 0xfll;
unsigned char ga6[7];
long ga7[1];
char gm8[2][3] = {{0x5U, 0xb6fd853cU, 16ll}, {3735928559ull, 8l, 40103U}};
struct S sa[3] = {{0x0LL, 0x8b92a2d75428b194ull, 0x73, 32ull, 63, 0xcb87ul, 642ll}};
int *np = 0;

static long f0(enum F a0) {
    short t = (a0 & ((unsigned char *)&a0)[3]);
    ((signed char *)&t)[0] = (t / 16l);
    ((a0)--);
    ++(t);
    ((a0)++);
    (*((char *)&t + 0)) /= ((((-0xbul) >> ((t) & 63))) == 0 || (((-0xbul) >> ((t) & 63))) == -1 ? 1 : (((-0xbul) >> ((t) & 63))));
    return ((((GB + 0xef6ull) + t) == (0x7ffffffful && (-0x331ll))) / 7l);
}
static unsigned long f1(unsigned a0, unsigned long a1, enum F a2) {
    unsigned t = (~(ED & ((unsigned char *)&a1)[1]));
    a2 = f0(((-0x80l) % (-1000000007ll)));
    (--(a1));
    a1 &= (t - (EC * 5LL));
    ((a0)--);
    return ((((*((char *)&a0 + 2)) + a2) - (a0 * a2)) - a1);
}
static unsigned char f2(_Bool a0, unsigned long long a1, unsigned a2) {
    long t = 388;
    a0 &= t;
    return (((t - 10432582150383494680ul) >> 21) < ((-1000000007u) ^ (a2 << 31)));
}
static void vf(long *p, int n) {
    for (int k = 0; k < n; k++) {
        p[k] %= (-65536l);
    }
}
static struct S sf(struct S s, long x) {
    x = (x ? (-0x3d1l) : s.m3);
    x = (x % (((f1((-0xe3U), sizeof(struct S), x)) & 0x7f) + 1));
    (*((unsigned char *)&x + 6)) ^= 2863311530ul;
    return s;
}

int main(void) {
    long long l9 = (-0xa41dll);
    enum F l10 = g4;
    enum E l11 = (-16LL);
    char l12 = (-0xdeadbeefLL);
    unsigned short l13 = (-50uLL);
    enum E l14 = l12;
    enum F la15[(int)((2) + 0x100000000LL)] = {'\xff', 7l};
    struct S s0 = {(-3456244204l), 4294967296, 100LL};
    unsigned char *p16 = &ga6[0];
    long *p17 = &ga7[0];
    long **pp18 = &p17;
    enum F *p19 = &la15[1];
    struct S *sp20 = &sa[2];
    long *mp21 = &sa[1].m5;
    g5 ^= (-*(p16 + ((long)((unsigned char)(sizeof(s0.m3)) % 7) - 0)));
    ++(l13);
    (g3 = ((np == 0 ? p16 - ga6 : -1L) - (p16 - ga6)));
    printf("L17: %d %llo %lld\n", ((signed char *)ga7)[2], ((-0x3fLL) - sizeof(struct S)), l9);
    g4 = ((((*pp18)[(int)(((*mp21)) & 0) - 0] ? g4 : (-1ull)) % (((g3 / ((l9) == 0 || (l9) == -1 ? 1 : (l9)))) == 0 || ((g3 / ((l9) == 0 || (l9) == -1 ? 1 : (l9)))) == -1 ? 1 : ((g3 / ((l9) == 0 || (l9) == -1 ? 1 : (l9)))))) != f2(ga6[((unsigned long long)(l12) % 7)], *(p19 - 1), ((((-753ul) ? GC : (-4294967296ull)) | 15l) <= ((0xf * 0x100uLL) ? ((-0x1fll) <= (-256ull)) : 2863311530uLL))));
    ga6[((unsigned short)(gm8[1][((unsigned long)(gm8[0][((unsigned long)(*(la15 + 1)) % 3)]) % 3)]) % 7)] = ((short)l10);
    {
        unsigned char *q22 = ga6 + 7;
        while (q22 > ga6) *--q22 ^= (((*pp18)[(int)((0x9983) & 0) - 0], l12) + (l9 / ((((*mp21)) & 0x7f) + 1)));
    }
    for (int i23 = 0; i23 < (int)((unsigned)(((g1 - ((signed char *)ga6)[6]) + (12ll % (((-40u)) == 0 || ((-40u)) == -1 ? 1 : ((-40u)))))) % 5); i23++) {
        g3 = 0x1buLL;
        l9 = ((short)(l13 * ((sizeof(enum E) && f1(0x2c1LL, 4l, sizeof(((unsigned)(((char *)&l11)[2] & i23))))) ? ((++(p17[(int)(i23 % 1) - 0])) - (np == 0 ? p19 - la15 : -1L)) : ((*mp21) & ga6[2]))));
    }
    l9 = ((char *)&l12)[0];
    l11 = ((char *)&l13)[0];
    (g4 = (1l ^ (np == 0 ? p17 - ga7 : -1L)));
    s0 = sa[2];
    ++(l14);
    (++((*mp21)));
    if ((0x10full | (!np))) {
        *(la15 + ((unsigned short)(l10) % 2)) = ((np == 0 ? p19 - la15 : -1L) - s0.m4);
        ++(*(p16 + 6));
        (--(p19[(int)((unsigned short)(p16[(int)((unsigned long long)(*(p19 + ((long)((l11) & 1) - 1))) % 7) - 0]) % 2) - 1]));
    } else {
        *(ga6 + ((unsigned)(*(p17 + ((long)((unsigned long long)(g4) % 1) - 0))) % 7)) = ((*mp21) == g4);
        (--(l11));
    }
    *(unsigned char *)((void *)p16 + sizeof(unsigned char) * ((long)((unsigned char)(l14) % 7) - 0)) = ((((p17[(int)((g4) & 0) - 0] - s0.m6) + ga6[3]) * sizeof(((+(!p19)) * (s0.m5 ^ ((unsigned long)(p16 - &ga6[0])))))) * f0(g4));
    ((unsigned char *)&l13)[0] = (sizeof(f2(((char *)&ga7[0] - (char *)&ga7[0]), ((char *)&la15[2] - (char *)&la15[0]), f2(sp20->m1, 0x21bLL, 3ll))), *(p17 + ((long)((g5) & 0) - 0)));
    printf("mid13 g1=%hhu\n", g1);
    printf("mid13 g2=%lo\n", g2);
    printf("mid13 g3=%d\n", g3);
    printf("mid13 g4=%08x\n", g4);
    printf("mid13 g5=%hu\n", g5);
    printf("mid13 l9=%llx\n", l9);
    printf("mid13 l10=%o\n", l10);
    printf("mid13 l11=%x\n", l11);
    printf("mid13 l12=%-6d|\n", l12);
    printf("mid13 l13=%.3d\n", l13);
    printf("mid13 l14=%hhd\n", l14);
    g1 >>= 10;
    (--(sp20->m4));
    (*((unsigned char *)&l10 + 0)) = (((g1)++) / 4611686018427387905ll);
    printf("end g1=%d\n", g1);
    printf("end g2=%ld\n", g2);
    printf("end g3=%d\n", g3);
    printf("end g4=%d\n", g4);
    printf("end g5=%hu\n", g5);
    printf("end l9=%lld\n", l9);
    printf("end l10=%hu\n", l10);
    printf("end l11=%o\n", l11);
    printf("end l12=%08x\n", l12);
    printf("end l13=%d\n", l13);
    printf("end l14=%.3d\n", l14);
    for (int i = 0; i < 7; i++) printf("ga6[%d]=%X\n", i, ga6[i]);
    for (int i = 0; i < 1; i++) printf("ga7[%d]=%ld\n", i, ga7[i]);
    for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) printf("gm8[%d][%d]=%5d\n", i, j, gm8[i][j]);
    for (int i = 0; i < 2; i++) printf("la15[%d]=%10u\n", i, la15[i]);
    printf("s0.m0=%5d\n", s0.m0);
    printf("s0.m1=%hhx\n", s0.m1);
    printf("s0.m2=%lx\n", s0.m2);
    printf("s0.m3=%llx\n", s0.m3);
    printf("s0.m4=%.3d\n", s0.m4);
    printf("s0.m5=%lx\n", s0.m5);
    printf("s0.m6=%o\n", s0.m6);
    printf("sa[0].m0=%-6d|\n", sa[0].m0);
    printf("sa[0].m1=%.3d\n", sa[0].m1);
    printf("sa[0].m2=%+ld\n", sa[0].m2);
    printf("sa[0].m3=%lld\n", sa[0].m3);
    printf("sa[0].m4=%d\n", sa[0].m4);
    printf("sa[0].m5=%ld\n", sa[0].m5);
    printf("sa[0].m6=%hhd\n", sa[0].m6);
    printf("sa[1].m0=%hhx\n", sa[1].m0);
    printf("sa[1].m1=%.3d\n", sa[1].m1);
    printf("sa[1].m2=%+ld\n", sa[1].m2);
    printf("sa[1].m3=%lld\n", sa[1].m3);
    printf("sa[1].m4=%hd\n", sa[1].m4);
    printf("sa[1].m5=%ld\n", sa[1].m5);
    printf("sa[1].m6=%hhd\n", sa[1].m6);
    printf("sa[2].m0=%hd\n", sa[2].m0);
    printf("sa[2].m1=%-6d|\n", sa[2].m1);
    printf("sa[2].m2=%li\n", sa[2].m2);
    printf("sa[2].m3=%lli\n", sa[2].m3);
    printf("sa[2].m4=%x\n", sa[2].m4);
    printf("sa[2].m5=%lx\n", sa[2].m5);
    printf("sa[2].m6=%+d\n", sa[2].m6);
    printf("p16 off %ld\n", (long)(p16 - ga6));
    printf("p17 off %ld\n", (long)(p17 - ga7));
    printf("p19 off %ld\n", (long)(p19 - la15));
    printf("crc=%llu\n", crc);
    return (int)(crc % 101);
}
