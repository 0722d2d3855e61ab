// Random integer and pointer program (seed 9106 of a csmith-like generator used to fuzz the evaluator against
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
    enum F m0;
    unsigned char m1;
    char m2;
    enum E m3;
    unsigned long m4;
    long m5;
    unsigned m6;
};

unsigned long long crc = 0;
char g1 = (16ull ^ 64LL);
unsigned char g2 = 0x10000l;
char g3 = 7u;
long g4 = (282 + '\x80');
long long g5 = (-6ull);
_Bool g6 = 899LL;
_Bool ga7[8] = {0x2bbull};
struct S sa[3] = {};
int *np = 0;

static unsigned f0(_Bool a0, signed char a1) {
    unsigned short t = ((a1 >> 0) * ((-0x5uLL) ? a0 : GA));
    ((signed char *)&t)[1] %= 13l;
    t /= (((a0 / (((1000l) & 0x7f) + 1))) == 0 || ((a0 / (((1000l) & 0x7f) + 1))) == -1 ? 1 : ((a0 / (((1000l) & 0x7f) + 1))));
    return (~((unsigned long)a1));
}
static void vf(_Bool *p, int n) {
    for (int k = 0; k < n; k++) {
        p[k] *= ((int)((-0x8) + n));
    }
}
static struct S sf(struct S s, long x) {
    (s.m0)++;
    (x = (s.m5 - s.m4));
    x = (((f0(s.m1, x) * '\x80') * ((long long)x)) + ((113 - sizeof(struct S)) * x));
    return s;
}

int main(void) {
    unsigned long l8 = (-15U);
    int l9 = 17LL;
    enum F l10 = 12255LL;
    enum F l11 = 0x9a80e1d2;
    short l12 = 0xff;
    unsigned long l13 = (-0xfLL);
    unsigned char la14[((6) & -1)] = {(-1000000007u), 2};
    unsigned long long la15[(signed char)(5 + 256)] = {200l, 720, 0x329ll};
    struct S s0 = {9223372036854775807LL, 923ull, 0xb8LL, 1311768467463790320, 971ull, 113l};
    unsigned char *p16 = &la14[3];
    unsigned char **pp17 = &p16;
    struct S *sp18 = &sa[1];
    struct S *sp19 = &sa[0];
    enum E *mp20 = &s0.m3;
    {
        unsigned char *q21 = la14;
        while (q21 < la14 + 6) crc = crc * 31u + (unsigned long long)*q21++;
        crc += (unsigned long long)(q21 - la14);
    }
    (*mp20) /= (((((&la14[2] <= &la14[3]) / ((((p16 < la14 + 5)) & 0x7f) + 1))) & 0x7f) + 1);
    ((g4)++);
    g1 = ((sizeof(((la15[3] + 0u) + ((!p16) + 29970ull))) + *((((signed char *)la14)[3] >> ((l11) & 31)) ? &la14[2] : la14 + 4)) + ((p16 == la14 + 6) + f0(l9, la15[((unsigned short)(*(la15 + ((unsigned)(g1) % 5))) % 5)])));
    {
        unsigned char *q22 = p16;
        *q22-- += (32l ^ g4);
        crc = crc * 31u + (unsigned long long)(*q22--);
        *++q22 += ((unsigned char)l13);
        *q22-- += (sp18->m2 + *(la15 + ((unsigned long)(((unsigned char *)&l9)[2]) % 5)));
        crc += (unsigned long long)(q22 - la14) + (q22 > p16) + (q22 <= la14 + 3);
    }
    g4 = (-46518);
    ((unsigned long)((-0x3LL)) % 6)[la14] = (5[ga7] < 0xb6);
    l10 = (((l8 / 13ull) - (f0(l8, (-0x7fll)) || l13)) ^ (g1 % (((la15[((unsigned char)(sizeof(int)) % 5)] / (((*(unsigned char *)((void *)p16 + sizeof(unsigned char) * ((long)((unsigned)(*(p16 + ((long)((unsigned short)(18) % 6) - 3))) % 6) - 3))) & 0x7f) + 1))) == 0 || ((la15[((unsigned char)(sizeof(int)) % 5)] / (((*(unsigned char *)((void *)p16 + sizeof(unsigned char) * ((long)((unsigned)(*(p16 + ((long)((unsigned short)(18) % 6) - 3))) % 6) - 3))) & 0x7f) + 1))) == -1 ? 1 : ((la15[((unsigned char)(sizeof(int)) % 5)] / (((*(unsigned char *)((void *)p16 + sizeof(unsigned char) * ((long)((unsigned)(*(p16 + ((long)((unsigned short)(18) % 6) - 3))) % 6) - 3))) & 0x7f) + 1))))));
    (*mp20) = la14[((unsigned short)((!np)) % 6)];
    crc = crc * 31u + (unsigned long long)((((_Bool)((unsigned long long)(p16 == la14 + 5))) > la14[((unsigned char)((_Bool)p16) % 6)]));
    if ((((unsigned long long)(+0x7U)) <= (((*((signed char *)&l11 + 2)) & GF) * (3735928559 < (&la14[2] - p16))))) {
        if (((*mp20) ? g3 : *(la14 + ((unsigned char)(f0((((19u ^ (-0x9)) ? (0x3fLL || (-28158ll)) : ((-0x10) & (-9l))) << (((GA + 0x3ful)) & 63)), (*mp20))) % 6)))) {
            l9 = (-((sizeof(g4) - l10), ((((long)(-40ul)) | (GC + (-0x80))) < sizeof(unsigned short))));
            g1 /= 4294967297l;
            (g4 = (((char *)&la14[6] - (char *)&la14[1]) - (-25ll)));
        } else if ((g1 + (*(p16 + 1), ((char *)&la14[6] - (char *)&la14[0])))) {
            printf("L41: %x\n", p16[(int)((unsigned)(506l) % 6) - 3]);
        } else if (((*pp17)[(int)4 - 3] - 0x2a7u)) {
            g2 = ((((*mp20))--) | (p16 - la14));
            ((unsigned)((!np)) % 5)[la15] = p16[(int)((unsigned short)(l12) % 6) - 3];
            la14[1] = f0((((long)(g4 - f0(sizeof(((!p16) / (((&la14[6] == &la14[3])) == 0 || ((&la14[6] == &la14[3])) == -1 ? 1 : ((&la14[6] == &la14[3]))))), (-0x0u)))) ^ ((unsigned char)(4u ? (*((unsigned char *)&l12 + 1)) : (p16 - la14)))), ((((*sp18).m2 >> ((*(p16 + ((long)((unsigned long)(3735928559U) % 6) - 3))) & 31)) - (sp19->m5 * 0x5ll)) / ((((p16 - la14) <= la14[((unsigned short)(l12) % 6)])) == 0 || (((p16 - la14) <= la14[((unsigned short)(l12) % 6)])) == -1 ? 1 : (((p16 - la14) <= la14[((unsigned short)(l12) % 6)])))));
        } else {
            printf("L47: %ld %llx %ld\n", ((!0x0uLL) ? (0xc8U | *(p16 - 1)) : (p16 - la14)), (f0(g5, ga7[((unsigned long long)(la15[((unsigned short)(la15[2]) % 5)]) % 8)]) ^ (0x850a % ((256ll) == 0 || (256ll) == -1 ? 1 : (256ll)))), (&la14[4] - p16));
        }
    } else if (((long long)(g5 % ((((-9223372036854775807uLL)) & 0x7f) + 1)))) {
        {
            unsigned char *q23 = p16;
            crc = crc * 31u + (unsigned long long)(*q23++);
            *++q23 += 65280ull;
            crc += (unsigned long long)(q23 - la14) + (q23 > p16) + (q23 <= la14 + 3);
        }
    } else if (((unsigned char)((0x100ul | 7) % ((((-0x13U)) & 0x7f) + 1)))) {
        {
            unsigned char *q24 = p16;
            crc = crc * 31u + (unsigned long long)(*--q24);
            crc = crc * 31u + (unsigned long long)(*q24++);
            *q24++ += (g5 > (-3395060193u));
            *++q24 += (5u - g1);
            *q24-- += (la15[((unsigned short)(s0.m0) % 5)], g5);
            *++q24 += ((-14U) ^ l12);
            crc += (unsigned long long)(q24 - la14) + (q24 > p16) + (q24 <= la14 + 3);
        }
        crc = crc * 31u + (unsigned long long)(((((~(-1000000007)) / 255u) * (((unsigned long long)p16[(int)((unsigned short)(2315420588266825166ull) % 6) - 3]) - (sizeof(sa[((unsigned)((1000000007 && GC)) % 3)].m1) + p16[(int)((unsigned)('\377') % 6) - 3]))) - (f0(l12, (sp18 + (0))->m2) + ((-(&la14[0] - p16)) / (((((*mp20) / (((p16[(int)0 - 3]) & 0x7f) + 1))) & 0x7f) + 1)))));
        (*sp19).m1 = (((l12)++) < la14[((unsigned char)(*(la15 + ((unsigned long)(l9) % 5))) % 6)]);
    }
    l9 = ((signed char)63);
    switch ((int)((unsigned)((&la14[4] - p16)) % 8) - 3) {
    case (short)(-3 + 65536):
        ga7[((unsigned long long)(sizeof(((567ull == ga7[6]) && ((-1ll) | l13)))) % 8)] -= (((sa[((unsigned)(la14[((unsigned short)(5u) % 6)]) % 3)].m2 - (&la14[0] - p16)) ? (l9 << 0) : ((490LL + ((0x7full - 8LL) >> 62)) <= l9)) >> 0);
        g3 = (((unsigned char)g4) ? (*((unsigned char *)&g3 + 0)) : (~(l11 = ((enum F)g6))));
        break;
    case ((-1) % 1000):
        *(p16 - 2) += ((19 ? (0x365l + 863U) : la14[((unsigned short)(ga7[((unsigned)((*mp20)) % 8)]) % 6)]) & (f0((p16 != la14 + 4), (p16 >= la14 + 3)) >> (((int)(la14 + 3 - p16)) & 31)));
        (*mp20) = ((*(ga7 + ((unsigned char)(g2) % 8)) + l9) >> (((*(ga7 + ((unsigned)(0xf) % 8)) >> 31)) & 31));
        (((unsigned)(la15[((unsigned short)(la15[((unsigned char)((688ull % 10ul)) % 5)]) % 5)]) % 6)[la14] = ('\x7f' << 2));
    case (int)(long)(unsigned)(0):
        (*mp20) &= ((enum E)(((g4 * (*mp20)) < ((np == 0 ? p16 - la14 : -1L) - (p16 - la14))) >> (((sizeof(struct S) - (int)(la14 + 2 - p16))) & 31)));
        break;
    default:
        l9 -= ga7[0];
    }
    if (((g4 << 44) + (l10 ? *(p16 - 1) : (p16 - la14)))) {
        *(p16 + ((long)((unsigned)(729U) % 6) - 3)) = (+(!FC));
        *(la15 + ((unsigned long)((-65536uLL)) % 5)) >>= 46;
    } else if ((sa[((unsigned)((*((signed char *)&l9 + 0))) % 3)].m1 ^ g1)) {
        ga7[((unsigned long long)(sizeof(((p16 - la14) == l11))) % 8)] = ((((--(l13)) | s0.m2) ^ (g1 / ((g5) == 0 || (g5) == -1 ? 1 : (g5)))) + ((((unsigned char *)&l12)[1], f0(l10, s0.m4)) >> (((np == 0 ? p16 - la14 : -1L)) & 31)));
        crc = crc * 31u + (unsigned long long)(((long)(l13 * (*mp20))));
        (p16[(int)((unsigned short)(la15[((unsigned char)(sizeof(((9520LL ^ (&la14[2] < &la14[2])) / 4294967295ll))) % 5)]) % 6) - 3])++;
        (++(g2));
    } else if (l9) {
        crc = crc * 31u + (unsigned long long)(((*mp20) + *(((*mp20) % 3u) ? &la14[((unsigned char)(g5) % 6)] : la14 + ((unsigned)(la15[((unsigned long)(ga7[((unsigned short)(0xfd032f8a57cb273full) % 8)]) % 5)]) % 6))));
    } else {
        l9 -= 583;
        ga7[5] |= (l9 + (l10 = (9223372036854775807uLL >> ((g1) & 63))));
        sp19->m6 = (~GC);
    }
    la15[((unsigned long long)(g1) % 5)] = (((s0.m5 + g6) * ((l13 &= (l8 ^ l8)) - 0x0ul)) - ((int)((unsigned char)s0.m3)));
    p16 = la14 + 3;
    printf("L103: %llx %i %#x\n", ((unsigned long)((65536l != 64ull)) % 5)[la15], g6, (l11 % (((17) & 0x7f) + 1)));
    g1 = (l11 < ((((l12 %= 1000000007l) * g2) + ((_Bool)p16 - (sp19 + (0))->m6)) + ((g2 ? (*mp20) : l10) == (l13 * (*((signed char *)&g5 + 2))))));
    --(g3);
    {
        unsigned char *q25 = la14;
        while (q25 < la14 + 6) crc = crc * 31u + (unsigned long long)*q25++;
        crc += (unsigned long long)(q25 - la14);
    }
    p16 = la14 + 3;
    g2 = (g6 | *(p16 + ((long)((unsigned long)((*mp20)) % 6) - 3)));
    (sp19->m5 &= (*(unsigned char *)((void *)p16 + sizeof(unsigned char) * ((long)((unsigned)(*(p16 + 1)) % 6) - 3)) > g1));
    (*mp20) *= ((&la14[5] - p16) / (((3LL) & 0x7f) + 1));
    sa[1].m1 %= (((l10) & 0x7f) + 1);
    (--((*mp20)));
    if (((-291) > (+(p16 >= la14 + 6)))) {
        vf(ga7, 3);
        crc = crc * 31u + (unsigned long long)(((l12 && 0x8a3bll) ^ ((!np) != p16[(int)((unsigned char)((p16 - la14)) % 6) - 3])));
    } else if ((g6 | g3)) {
        if ((g5 / (((f0(204u, l8)) & 0x7f) + 1))) {
            --(g4);
            (++(l13));
        } else if ((g5 * (p16 >= la14 + 1))) {
            {
                unsigned char *q26 = p16;
                crc = crc * 31u + (unsigned long long)(*q26--);
                crc = crc * 31u + (unsigned long long)(*q26++);
                *--q26 += (*(ga7 + ((unsigned)(s0.m6) % 8)) >> ((ga7[((5) & 7)]) & 31));
                crc = crc * 31u + (unsigned long long)(*--q26);
                crc += (unsigned long long)(q26 - la14) + (q26 > p16) + (q26 <= la14 + 3);
            }
        } else if (((*((f0(0x4714acbcul, (p16 > la14 + 2)) - EB) ? &la14[((unsigned short)((-14uLL)) % 6)] : la14 + ((unsigned long)((*((char *)&g2 + 0))) % 6)), *(p16 - 2)) || (sa[((unsigned char)((-0x2LL)) % 3)].m4 ^ 0x3e9b2e270ea3ee45U))) {
            ((signed char *)&g5)[6] >>= ((((((-32613l) | 247ll) < (0x7U | (-0x8u))) | (_Bool)p16)) & 31);
            *((sizeof(enum E) * 128LL) ? &la14[((unsigned char)(l12) % 6)] : la14 + ((unsigned)(g1) % 6)) = (-13);
            g5 >>= ((((unsigned long)(p16 - &la14[0]))) & 63);
        } else {
            (l8)++;
            ((unsigned short)(1) % 5)[la15] &= ((long long)(-0x12));
        }
        la15[((unsigned)((p16 == la14 + 4)) % 5)] = ((((g5)--) << ((*(la15 + ((unsigned long long)((&la14[0] - p16)) % 5))) & 63)) / ((((_Bool)p16 - (p16 != la14 + 1))) == 0 || (((_Bool)p16 - (p16 != la14 + 1))) == -1 ? 1 : (((_Bool)p16 - (p16 != la14 + 1)))));
        *(p16 + 1) *= (sa[((unsigned long)(l10) % 3)].m0 - 47076LL);
        (s0.m6 &= (g3 / 256u));
    }
    (*mp20) |= ((_Bool)sizeof((((*mp20) == l11) == (l9 + ga7[4]))));
    g4 &= ((&la14[5] - p16) - 0x7fffffff);
    crc = crc * 31u + (unsigned long long)((((-8) ? 1311768467463790320 : (!p16)) / ((((-((unsigned short)(l11) % 6)[la14])) & 0x7f) + 1)));
    {
        unsigned char *q27 = la14;
        while (q27 < la14 + 6) crc = crc * 31u + (unsigned long long)*q27++;
        crc += (unsigned long long)(q27 - la14);
    }
    {
        unsigned i28 = 3;
        do {
            p16[(int)((unsigned long)(0x4556LL) % 6) - 3] += ((*((char *)&g4 + 2)) * (((sp18 + (0))->m1)++));
            vf(ga7, 1);
        } while (--i28);
    }
    la15[((unsigned long)((sp18 + (1))->m1) % 5)] = ((long)(l8 >> (((!np)) & 63)));
    s0.m2 += ((!(((char *)&l8)[1] + (!((-0xbaul) / ((((0xfuLL + 2147483647)) & 0x7f) + 1))))) != ((!(-(*mp20))) * ((enum F)(0xffll < p16[(int)3 - 3]))));
    {
        unsigned char *q29 = la14 + 6;
        while (q29 > la14) *--q29 -= ((-830l) << 1);
    }
    switch ((int)((unsigned)(((s0.m6 > 0x10000) % 4294967295u)) % 8) - 3) {
    case (int)((-3) + 0u - 0u):
        printf("L168: %hhx %hhu %+ld\n", (f0(1, (GB + l13)) == (((!p16) % ((((-0x8d21460e53a63a47)) & 0x7f) + 1)) && (((unsigned)(g2) % 5)[la15] != g2))), g3, (-((&la14[4] - p16) % ((((p16 < la14 + 2) << ((l10) & 31))) == 0 || (((p16 < la14 + 2) << ((l10) & 31))) == -1 ? 1 : (((p16 < la14 + 2) << ((l10) & 31)))))));
        la14[((unsigned)(l9) % 6)] -= ((signed char)l8);
        g3 += (((_Bool)la15[((unsigned long)(ga7[((unsigned char)(s0.m5) % 8)]) % 5)]) * (!p16));
        break;
    case (enum E)(-2):
        g1 = (s0.m3 <= ((sizeof(unsigned) ^ 64ull) * ((-26543) | (-0x10000ull))));
        s0 = sf(s0, ((sa[((unsigned char)((p16 - la14)) % 3)].m1 | l9) % (((((-0x5529u) - (-13ll))) & 0x7f) + 1)));
        {
            unsigned char *q30 = p16;
            *q30++ += (ga7[((unsigned long)(la15[1]) % 8)] / ((ga7[((s0.m1) & 7)]) == 0 || (ga7[((s0.m1) & 7)]) == -1 ? 1 : (ga7[((s0.m1) & 7)])));
            *q30-- += (340l | (-127));
            *++q30 += la15[((unsigned long)(ga7[7]) % 5)];
            crc = crc * 31u + (unsigned long long)(*--q30);
            crc = crc * 31u + (unsigned long long)(*q30++);
            *++q30 += (la15[((unsigned)(16l) % 5)] / ((((-0x3b9aca07l)) & 0x7f) + 1));
            crc += (unsigned long long)(q30 - la14) + (q30 > p16) + (q30 <= la14 + 3);
        }
    case (1 ? (0) : 7):
        ga7[5] = g2;
        (s0.m5 <<= (((*(la14 + 2), *((g2 + f0(g2, 14LL)) ? &la14[((unsigned long)(*(ga7 + ((unsigned)(l11) % 8))) % 6)] : la14 + ((unsigned)(sa[2].m2) % 6)))) & 63));
        if ((('0' >> 31) | 200LL)) {
            crc = crc * 31u + (unsigned long long)(((enum E)(((unsigned char)((!np) & la14[((unsigned long)(*(p16 - 1)) % 6)])) * (((-0x10u) ^ ((signed char *)la14)[2]) - (0x8000u & (np == 0 ? p16 - la14 : -1L))))));
            la15[((unsigned char)((p16 - la14)) % 5)] /= ((((-2uLL)) & 0x7f) + 1);
            l11 -= (g6 + s0.m2);
        } else if ((((((~(-0u)) >> ((EA) & 31)) >> (((GD >> ((0xfLL) & 31))) & 31)) % ((((_Bool)p16) & 0x7f) + 1)) | (((unsigned char *)&l9)[1] ^ 0x0l))) {
            {
                unsigned char *q31 = la14 + 6;
                while (q31 > la14) *--q31 ^= ((l11 / ((sa[((unsigned long long)((-0x5)) % 3)].m3) == 0 || (sa[((unsigned long long)((-0x5)) % 3)].m3) == -1 ? 1 : (sa[((unsigned long long)((-0x5)) % 3)].m3))) ^ (l9 & 205l));
            }
        }
        if ((p16[(int)((unsigned long long)(g1) % 6) - 3] | l8)) {
            printf("L199: %+d %lo\n", s0.m1, (l11 - l8));
        } else if ((g5 * s0.m1)) {
            (*(p16 - 3))--;
            g2 -= (((*(p16 + 1) + l8) * (sp19 + (0))->m1) << ((l12) & 63));
            (++(g4));
        } else {
            ga7[0] = (l9 >> 22);
            (--(((unsigned long)(2ull) % 6)[la14]));
        }
        break;
    case (int)(long)(unsigned)(4):
        l9 /= (-13ll);
        break;
    default:
        for (signed char i32 = -118; i32 != -114; i32++) {
            ga7[((l10) & 7)] /= 2ull;
        }
        g2 = (((l12 &= ((long long)l10)) + l8) >> 12);
        g1 = ((*mp20), (*((signed char *)&l8 + 1)));
    }
    for (int i33 = 0; i33 < (int)((unsigned)(g4) % 3); i33++) {
        g6 -= (g2 >= g2);
        (--(p16[(int)((unsigned long long)((-6ul)) % 6) - 3]));
        *((la15[1] | *(p16 + ((long)5 - 3))) ? &la14[(i33 % 6)] : la14 + ((unsigned long long)(l10) % 6)) = ((sizeof(((((enum E)g4) - (l11 && (-200))) && (-(sizeof((((-0xeLL) >= l12) - (2 & g5))) || i33)))) + (g3 = ((int)(-1000LL)))) || (np == 0 ? p16 - la14 : -1L));
        *(p16 + ((long)(i33 % 6) - 3)) = *((FB + 100ul) ? &la14[((unsigned)(l8) % 6)] : la14 + ((unsigned long)(sizeof(((~f0(i33, 2u)) > ((p16 > la14 + 3) || p16[(int)((unsigned)(*(la15 + ((unsigned short)(sa[((unsigned long)(l9) % 3)].m6) % 5))) % 6) - 3])))) % 6));
        if (((g1 / ((g4) == 0 || (g4) == -1 ? 1 : (g4))) * ((_Bool)p16 ? l8 : l10))) break;
    }
    if (*(la15 + ((unsigned short)((!np)) % 5))) {
        {
            unsigned i34 = 1;
            do {
                *(p16 + ((long)((unsigned)i34 % 6) - 3)) <<= 13;
                crc = crc * 31u + (unsigned long long)((((248U >> ((f0(i34, i34)) & 31)) | ((i34 - 8) + f0(g1, *(p16 + 2)))) <= (la14[1] - f0(f0(l12, (*((unsigned char *)&l10 + 2))), (100 * (-0x7))))));
            } while (--i34);
        }
    } else if ((g5 ^ (*((unsigned char *)&l12 + 0)))) {
        g2 %= ((((((unsigned short)(*((s0.m0 % ((((-1000000007ul)) & 0x7f) + 1)) ? &la14[((unsigned long long)(4[la15]) % 6)] : la14 + ((unsigned short)(((char *)&l8)[7]) % 6))) % 6)[la14] < p16[(int)((unsigned long)(la14[((unsigned long)(la15[((unsigned)(3ll) % 5)]) % 6)]) % 6) - 3])) & 0x7f) + 1);
        (++(l10));
    }
    *(p16 - 3) &= (((unsigned char *)la14)[2] >> 30);
    printf("L239: %d %hd %lli\n", g1, *(unsigned char *)((void *)p16 + sizeof(unsigned char) * ((long)((unsigned long long)(l13) % 6) - 3)), ((~(l11 - la14[((unsigned long long)((p16 > la14 + 3)) % 6)])) / (((((-16) ^ 4294967296ll)) & 0x7f) + 1)));
    la15[((unsigned long)(0x13) % 5)] = ((-32ll) || *(p16 - 1));
    printf("end g1=%d\n", g1);
    printf("end g2=%o\n", g2);
    printf("end g3=%hd\n", g3);
    printf("end g4=%lx\n", g4);
    printf("end g5=%lli\n", g5);
    printf("end g6=%x\n", g6);
    printf("end l8=%#lx\n", l8);
    printf("end l9=%hhd\n", l9);
    printf("end l10=%X\n", l10);
    printf("end l11=%x\n", l11);
    printf("end l12=%-6d|\n", l12);
    printf("end l13=%lo\n", l13);
    for (int i = 0; i < 8; i++) printf("ga7[%d]=%+d\n", i, ga7[i]);
    for (int i = 0; i < 6; i++) printf("la14[%d]=%x\n", i, la14[i]);
    for (int i = 0; i < 5; i++) printf("la15[%d]=%-21llu|\n", i, la15[i]);
    printf("s0.m0=%#x\n", s0.m0);
    printf("s0.m1=%hhu\n", s0.m1);
    printf("s0.m2=%hhx\n", s0.m2);
    printf("s0.m3=%-6d|\n", s0.m3);
    printf("s0.m4=%lo\n", s0.m4);
    printf("s0.m5=%lx\n", s0.m5);
    printf("s0.m6=%u\n", s0.m6);
    printf("sa[0].m0=%#x\n", sa[0].m0);
    printf("sa[0].m1=%-6d|\n", sa[0].m1);
    printf("sa[0].m2=%hu\n", sa[0].m2);
    printf("sa[0].m3=%+d\n", sa[0].m3);
    printf("sa[0].m4=%zu\n", sa[0].m4);
    printf("sa[0].m5=%li\n", sa[0].m5);
    printf("sa[0].m6=%o\n", sa[0].m6);
    printf("sa[1].m0=%hhu\n", sa[1].m0);
    printf("sa[1].m1=%o\n", sa[1].m1);
    printf("sa[1].m2=%d\n", sa[1].m2);
    printf("sa[1].m3=%+d\n", sa[1].m3);
    printf("sa[1].m4=%lx\n", sa[1].m4);
    printf("sa[1].m5=%ld\n", sa[1].m5);
    printf("sa[1].m6=%u\n", sa[1].m6);
    printf("sa[2].m0=%#x\n", sa[2].m0);
    printf("sa[2].m1=%d\n", sa[2].m1);
    printf("sa[2].m2=%.3d\n", sa[2].m2);
    printf("sa[2].m3=%+d\n", sa[2].m3);
    printf("sa[2].m4=%lu\n", sa[2].m4);
    printf("sa[2].m5=%lo\n", sa[2].m5);
    printf("sa[2].m6=%#x\n", sa[2].m6);
    printf("p16 off %ld\n", (long)(p16 - la14));
    printf("crc=%llu\n", crc);
    return (int)(crc % 101);
}
