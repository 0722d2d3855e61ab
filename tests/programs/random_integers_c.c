// Random integer and pointer program (seed 9103 of a csmith-like generator used to fuzz the evaluator against
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
    int m0;
    signed char m1;
    signed char m2;
};

unsigned long long crc = 0;
signed char g1 = (EA && GC);
char g2 = ((unsigned)952l);
unsigned short g3 = ((0xa6ll | GC) << (((0x2 + 810ll)) & 63));
long g4 = 1311768467463790320LL;
enum E g5 = (269U * (-0x383LL));
unsigned g6 = (0xcll / (((1ll) & 0x7f) + 1));
char ga7[8];
struct S sa[3] = {{(-2), EA, 2863311530l}, {4294967296U, (-0x20ll), 733ll}};
int *np = 0;

static unsigned short f0(signed char a0, char a1, unsigned a2) {
    unsigned long long t = 0xffl;
    t = ((a2 / (((-0x59)) == 0 || ((-0x59)) == -1 ? 1 : ((-0x59)))) > ((0xffffffff & a1) - (((0ull % 255u) + 0x8000000000000000LL) | 0xbc118b4e92c457ael)));
    a1 %= 1000000007ul;
    (a0 |= (sizeof(struct S) * t));
    t = (--(a1));
    return (+(((enum E)a0) * (a1 ? (-0x3U) : t)));
}
static long f1(_Bool a0, enum F a1) {
    unsigned long t = ((15 > ((((-0xf6ll) && sizeof(char)) - (-2ull)) ^ ((long)(-'\xff')))) ^ ((char)a1));
    --(t);
    a1 = (t < ((signed char *)&a1)[1]);
    return (((t * a0) | (a0 * t)) >> ((((long)15ul)) & 63));
}
static int f2(unsigned a0, unsigned short a1) {
    enum E t = ((sizeof(a1) - a0) || (GB - (-4191459799u)));
    (a1)--;
    ((t)++);
    return f0(((signed char *)&t)[2], (f0(a1, (15u - 483uLL), a0) >> 0), a0);
}
static void vf(char *p, int n) {
    for (int k = 0; k < n; k++) {
        p[k] ^= ((unsigned char)(n < '\n'));
    }
}
static struct S sf(struct S s, long x) {
    x = (f0(x, (--(s.m2)), x) * (x % 65536u));
    x <<= (((31u % 65536u)) & 63);
    x = (0x92904c23955ad58cU - x);
    return s;
}

int main(void) {
    unsigned long l8 = g4;
    int l9 = 0x40ul;
    signed char l10 = (g3 ? (g6 ? (0x7fffffffffffffffLL ? g3 : 0xc8ull) : (((signed char *)&l8)[6] | ga7[6])) : (l8 & ((char)g1)));
    short l11 = (14ull + l8);
    unsigned long l12 = 32767ll;
    long long l13 = l10;
    signed char l14 = 11;
    short la15[((1) - EA + EA)] = {49};
    signed char la16[(!!1 * (2))] = {(-299)};
    struct S s0 = {};
    char *p17 = &ga7[0];
    char **pp18 = &p17;
    short *p19 = &la15[0];
    short **pp20 = &p19;
    struct S *sp21 = &sa[0];
    signed char *mp22 = &s0.m2;
    (*pp20)[(int)((unsigned)(g6) % 1) - 0] = ((signed char *)la15)[1];
    (l9 -= ((&ga7[2] - p17) / (((*((char *)&l11 + 1))) == 0 || ((*((char *)&l11 + 1))) == -1 ? 1 : ((*((char *)&l11 + 1))))));
    g3 = (((int)(la15 + 0 - p19) ^ (-0xb3e3b99aaa487819ull)) / (((((int)l8)) & 0x7f) + 1));
    l8 = (f0(((-0x5uLL) % (((g6) & 0x7f) + 1)), ((*mp22) + (&ga7[2] > &ga7[6])), (g1 ^ la15[((unsigned long)(*(p19 + 0)) % 1)])) * ((((unsigned char *)&g5)[1] + (*((signed char *)&g3 + 0))) + (((unsigned char *)&g2)[0] | g6)));
    g5 = (_Bool)p17;
    p19[(int)0 - 0] = ((((g6 + p19[(int)((unsigned short)(la16[((sizeof(sa[0].m1)) & 1)]) % 1) - 0]) / 16u) != ((sa[((unsigned short)((*mp22)) % 3)].m0 | (*mp22)) % (((((signed char)(p19 - la15))) & 0x7f) + 1))) == l14);
    (*(p17 + 4) += (l12 << 0));
    g6 = (*((signed char *)&g1 + 0));
    (++((*mp22)));
    crc = crc * 31u + (unsigned long long)((l13 + (g2 % 1ull)));
    {
        int i23 = (int)((unsigned)((*((char *)&l11 + 0))) % 5);
        while (i23-- > 0) {
            crc = crc * 31u + (unsigned long long)((((*(short *)((void *)p19 + sizeof(short) * ((long)((unsigned long)(l10) % 1) - 0)) ? (la16[(i23 % 2)] << 1) : ((&la15[1] == &la15[0]) % (((f1((-19932uLL), l14)) & 0x7f) + 1))) >= ((*mp22) / ((((!p17[(int)((unsigned long)(255u) % 8) - 0])) & 0x7f) + 1))) ? (((&la15[0] != &la15[0]) | (131u | 0x649eb4d9uLL)) & (0xffffffffffffffffull * (-((unsigned char *)&l9)[3]))) : (l13 | ((ga7[((sa[((unsigned long)(*(p17 + ((long)((unsigned char)((!p17)) % 8) - 0))) % 3)].m0) & 7)] % ((*(ga7 + ((unsigned short)(la15[((((signed char *)&g5)[1]) & 0)]) % 8))) == 0 || (*(ga7 + ((unsigned short)(la15[((((signed char *)&g5)[1]) & 0)]) % 8))) == -1 ? 1 : (*(ga7 + ((unsigned short)(la15[((((signed char *)&g5)[1]) & 0)]) % 8))))) ? (*(p19 + 0) >> 0) : (*(p19 + 0) ^ i23)))));
        }
    }
    switch ((int)((unsigned)((((*mp22) != g3) - l8)) % 8) - 3) {
    case ((1) * 3 / 3):
        printf("L34: %5d\n", ((char)*(char *)((void *)p17 + sizeof(char) * ((long)((s0.m2) & 7) - 0))));
        printf("L35: %o %ld %+d\n", ((unsigned char)((np == 0 ? p17 - ga7 : -1L)) % 2)[la16], (((*mp22) - (&ga7[1] - p17)) * ((*mp22) - ((char *)&l14)[0])), (_Bool)p19);
        break;
    case 2:
        for (int i24 = 0; i24 < (int)((unsigned)(914ll) % 5); i24++) {
            l12 ^= (l9 - (((++(g4)) & i24) - p19[(int)0 - 0]));
            sa[(i24 % 3)].m1 = ((((unsigned char)*(la15 + ((la15[((unsigned char)(sp21->m2) % 1)]) & 0))) - (((unsigned short)((-0xeull)) % 2)[la16] * (l8 /= 4294967297l))) >> (((*(short *)((void *)p19 + sizeof(short) * ((long)(i24 % 1) - 0)) >= g3)) & 63));
        }
        break;
    default:
        vf(ga7, 0);
        (*mp22) = ((*(p17 + ((long)3 - 0)) - (-0x100000000)) - ((signed char)(*((signed char *)&g6 + 3))));
    }
    crc = crc * 31u + (unsigned long long)((la16[1] || *(la15 + ((unsigned long long)(g2) % 1))));
    l8 = ((-9l) ? 0x10uLL : ((unsigned short)((*mp22)) % 1)[la15]);
    p19 = la15 + 0;
    {
        char *q25 = ga7;
        while (q25 < ga7 + 8) crc = crc * 31u + (unsigned long long)*q25++;
        crc += (unsigned long long)(q25 - ga7);
    }
    *(p19 + 0) -= *(p17 + 2);
    if ((f0((&la15[1] - p19), 0x1fuLL, (*mp22)) < (l13 + ((unsigned long)(p17 - &ga7[0]))))) {
        crc = crc * 31u + (unsigned long long)(((-0xffffffffuLL) / 4294967295ll));
    } else if (((((-0xcul) / (((0u) & 0x7f) + 1)) % ((1000u) == 0 || (1000u) == -1 ? 1 : (1000u))) * ((1000LL == g6) ? ((char *)&g5)[3] : (f1(16ull, ((char *)&la15[1] - (char *)&la15[1])) >> 1)))) {
        crc = crc * 31u + (unsigned long long)(f0(((!p19) * f1((*mp22), l13)), ((((0x40LL * '\377') + (16u % 2147483647ull)) << ((f2((*pp18)[(int)((unsigned long)(g1) % 8) - 0], (p17 == ga7 + 2))) & 63)) - (-65280LL)), (((-15ull) - l14) << (((p19[(int)0 - 0] ? *(char *)((void *)p17 + sizeof(char) * ((long)2 - 0)) : 256uLL)) & 63))));
        g3 = ((f0(l11, l11, 429) * (p17[(int)((p19[(int)((unsigned long)(g5) % 1) - 0]) & 7) - 0] & s0.m1)) > (((unsigned short)l13) ^ (((2 ? '\x80' : 63ul) << 0) ? *(((*mp22) >> 30) ? &ga7[3] : ga7 + 0) : (!p17))));
    } else {
        if (l12) {
            crc = crc * 31u + (unsigned long long)(((((s0.m0 | (!np)) | ((enum E)((char *)&g1)[0])) << 28) ^ (&la15[0] - p19)));
        } else if ((((sizeof(g4) ? 0xc8u : g5) * 552LL) << ((l8) & 63))) {
            printf("L65: %hd\n", g2);
        } else if (((-0x141LL) - 223U)) {
            crc = crc * 31u + (unsigned long long)((g2 % (((p17 - ga7)) == 0 || ((p17 - ga7)) == -1 ? 1 : ((p17 - ga7)))));
            {
                short *q26 = la15 + 1;
                while (q26 > la15) *--q26 *= (((unsigned)l10) - (l9 * l13));
            }
            *(char *)((void *)p17 + sizeof(char) * ((long)((unsigned long)((_Bool)p19) % 8) - 0)) = ((signed char)((*pp20)[(int)0 - 0] - (*pp18)[(int)((unsigned long long)(s0.m2) % 8) - 0]));
            (g3 |= ((unsigned)(*((unsigned char *)&l10 + 0))));
        } else {
            l13 = g6;
            l8 = (l14 & (-4ll));
            (*mp22) = (l13 * (((unsigned char *)&l13)[4] & g4));
        }
        {
            short *q27 = p19;
            *q27++ += (sa[((unsigned)(1000l) % 3)].m2 - (*mp22));
            crc = crc * 31u + (unsigned long long)(*--q27);
            crc = crc * 31u + (unsigned long long)(*q27++);
            crc += (unsigned long long)(q27 - la15) + (q27 > p19) + (q27 <= la15 + 0);
        }
        printf("L86: %lo %5d\n", (3141180605 - p19[(int)((unsigned long)((&ga7[6] - p17)) % 1) - 0]), *(p19 + ((long)0 - 0)));
    }
    crc = crc * 31u + (unsigned long long)((l12 != (l10 * *(ga7 + 1))));
    ((char *)ga7)[2] *= ((unsigned char *)&l8)[2];
    printf("L90: %lo %08x %x\n", ((char *)&la15[0] - (char *)&la15[1]), ((-0xfuLL) != 0x2d4U), p19[(int)((((char *)ga7)[4]) & 0) - 0]);
    {
        short *q28 = la15;
        while (q28 < la15 + 1) crc = crc * 31u + (unsigned long long)*q28++;
        crc += (unsigned long long)(q28 - la15);
    }
    l8 &= (((-(l12 < ((signed char *)ga7)[1])) - *(p17 + ((long)((unsigned char)(l11) % 8) - 0))) + ((_Bool)g1));
    ++(g5);
    if (((-0x1ffu) / ((((-0x2al)) & 0x7f) + 1))) {
        --(sa[((unsigned)(ga7[4]) % 3)].m2);
        l12 = (((ga7[7] ? *(p19 + 0) : (*mp22)) / ((((&la15[1] - p19) == (p17 - ga7))) == 0 || (((&la15[1] - p19) == (p17 - ga7))) == -1 ? 1 : (((&la15[1] - p19) == (p17 - ga7))))) | ((long long)((_Bool)0x14)));
        switch ((int)((unsigned)((((&ga7[1] - p17) + (-0x3f)) > (la15[(((*mp22)) & 0)] / ((((&la15[0] - p19)) & 0x7f) + 1)))) % 8) - 3) {
        case (enum E)(-2):
            printf("L103: %llo\n", (((char *)&g3)[1] + (-0uLL)));
            *(p17 + 1) = ((-0x86d7dd90l) * la16[((unsigned long long)(g5) % 2)]);
            l11 = (sizeof((-(~((char *)&la15[1] - (char *)&la15[0])))) | l14);
            break;
        case 0:
            l11 /= 7u;
            g3 -= f1((*mp22), (-205LL));
            break;
        default:
            ga7[((unsigned)(0x80000000) % 8)] <<= ((18446744073709551615u) & 31);
        }
    } else if ((((g2 / ((l11) == 0 || (l11) == -1 ? 1 : (l11))) << (((sizeof(long) / ((g2) == 0 || (g2) == -1 ? 1 : (g2)))) & 31)) > g6)) {
        l14 <<= ((((p17 == ga7 + 1) - sizeof((s0.m2 % 16ll)))) & 31);
        ((*(la16 + ((f1(g6, la15[((unsigned long)(*(p17 + 1)) % 1)])) & 1)))--);
        crc = crc * 31u + (unsigned long long)((((unsigned short)(*mp22)) || ((g5 << ((0x10000) & 31)) - (GF % ((((sizeof(unsigned char) + 2459548194ull)) & 0x7f) + 1)))));
        crc = crc * 31u + (unsigned long long)((*(p19 + 0) * sizeof(sa[0].m1)));
    } else {
        switch ((int)((unsigned)(f1((p17 != ga7 + 6), (0x53U >> 30))) % 8) - 3) {
        case (int)((-2) * 0x100000000LL >> 32):
            l10 = g3;
            {
                short *q29 = p19;
                *q29++ += (g2 * (np == 0 ? p17 - ga7 : -1L));
                crc = crc * 31u + (unsigned long long)(*--q29);
                crc = crc * 31u + (unsigned long long)(*q29++);
                *--q29 += (s0.m2 * ((char *)&ga7[8] - (char *)&ga7[5]));
                crc = crc * 31u + (unsigned long long)(*q29++);
                crc = crc * 31u + (unsigned long long)(*--q29);
                crc += (unsigned long long)(q29 - la15) + (q29 > p19) + (q29 <= la15 + 0);
            }
        default:
            l12 %= ((((((-0ll) / (((0xaaaaaaaall) & 0x7f) + 1)) % (((l14) & 0x7f) + 1))) & 0x7f) + 1);
            (((*mp22))--);
            (*mp22) = l9;
            ((p17[(int)((unsigned long long)((-0x1ul)) % 8) - 0])++);
        }
        l14 = g4;
        (++(*(p19 + 0)));
    }
    ga7[(((-1ll)) & 7)] = (sizeof(sa[0].m2) && (-0xaaaaaaaal));
    ga7[1] = g6;
    ((la16[((unsigned short)((-0x8000uLL)) % 2)])++);
    p17[(int)(((p17 - ga7)) & 7) - 0] *= ((-(--(s0.m0))) >> (((0x7ull * sa[0].m1)) & 31));
    *(p19 + 0) = f2(((g1 * 0x7fffffffu) - (16 - l12)), (f0(0xcLL, g1, 20LL) || ((int)(ga7 + 1 - p17) && (*pp20)[(int)0 - 0])));
    printf("end g1=%hhx\n", g1);
    printf("end g2=%.3d\n", g2);
    printf("end g3=%hu\n", g3);
    printf("end g4=%ld\n", g4);
    printf("end g5=%hhd\n", g5);
    printf("end g6=%hhu\n", g6);
    printf("end l8=%lu\n", l8);
    printf("end l9=%hhu\n", l9);
    printf("end l10=%hu\n", l10);
    printf("end l11=%hu\n", l11);
    printf("end l12=%lu\n", l12);
    printf("end l13=%lld\n", l13);
    printf("end l14=%hhd\n", l14);
    for (int i = 0; i < 8; i++) printf("ga7[%d]=%hhu\n", i, ga7[i]);
    for (int i = 0; i < 1; i++) printf("la15[%d]=%08x\n", i, la15[i]);
    for (int i = 0; i < 2; i++) printf("la16[%d]=%+d\n", i, la16[i]);
    printf("s0.m0=%hhu\n", s0.m0);
    printf("s0.m1=%i\n", s0.m1);
    printf("s0.m2=%5d\n", s0.m2);
    printf("sa[0].m0=%.3d\n", sa[0].m0);
    printf("sa[0].m1=%d\n", sa[0].m1);
    printf("sa[0].m2=%x\n", sa[0].m2);
    printf("sa[1].m0=%+d\n", sa[1].m0);
    printf("sa[1].m1=%d\n", sa[1].m1);
    printf("sa[1].m2=%hhx\n", sa[1].m2);
    printf("sa[2].m0=%o\n", sa[2].m0);
    printf("sa[2].m1=%hu\n", sa[2].m1);
    printf("sa[2].m2=%hd\n", sa[2].m2);
    printf("p17 off %ld\n", (long)(p17 - ga7));
    printf("p19 off %ld\n", (long)(p19 - la15));
    printf("crc=%llu\n", crc);
    return (int)(crc % 101);
}
