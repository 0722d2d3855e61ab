#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <ctype.h>
struct s0 { int a; long b[1]; char name[2]; double d; struct s0 *next; };
static int f0(int x, int y) { struct s0 v; memset(&v,0,sizeof v); int t = x*0+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 0; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s1 { int a; long b[2]; char name[3]; double d; struct s1 *next; };
static int f1(int x, int y) { struct s1 v; memset(&v,0,sizeof v); int t = x*1+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 1; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s2 { int a; long b[3]; char name[4]; double d; struct s2 *next; };
static int f2(int x, int y) { struct s2 v; memset(&v,0,sizeof v); int t = x*2+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 2; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s3 { int a; long b[4]; char name[5]; double d; struct s3 *next; };
static int f3(int x, int y) { struct s3 v; memset(&v,0,sizeof v); int t = x*3+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 3; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s4 { int a; long b[5]; char name[6]; double d; struct s4 *next; };
static int f4(int x, int y) { struct s4 v; memset(&v,0,sizeof v); int t = x*4+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 4; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s5 { int a; long b[6]; char name[7]; double d; struct s5 *next; };
static int f5(int x, int y) { struct s5 v; memset(&v,0,sizeof v); int t = x*5+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 5; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s6 { int a; long b[7]; char name[8]; double d; struct s6 *next; };
static int f6(int x, int y) { struct s6 v; memset(&v,0,sizeof v); int t = x*6+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 6; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s7 { int a; long b[1]; char name[9]; double d; struct s7 *next; };
static int f7(int x, int y) { struct s7 v; memset(&v,0,sizeof v); int t = x*7+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 7; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s8 { int a; long b[2]; char name[10]; double d; struct s8 *next; };
static int f8(int x, int y) { struct s8 v; memset(&v,0,sizeof v); int t = x*8+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 8; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s9 { int a; long b[3]; char name[11]; double d; struct s9 *next; };
static int f9(int x, int y) { struct s9 v; memset(&v,0,sizeof v); int t = x*9+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 9; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s10 { int a; long b[4]; char name[12]; double d; struct s10 *next; };
static int f10(int x, int y) { struct s10 v; memset(&v,0,sizeof v); int t = x*10+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 10; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s11 { int a; long b[5]; char name[13]; double d; struct s11 *next; };
static int f11(int x, int y) { struct s11 v; memset(&v,0,sizeof v); int t = x*11+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 11; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s12 { int a; long b[6]; char name[14]; double d; struct s12 *next; };
static int f12(int x, int y) { struct s12 v; memset(&v,0,sizeof v); int t = x*12+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 12; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s13 { int a; long b[7]; char name[2]; double d; struct s13 *next; };
static int f13(int x, int y) { struct s13 v; memset(&v,0,sizeof v); int t = x*13+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 13; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s14 { int a; long b[1]; char name[3]; double d; struct s14 *next; };
static int f14(int x, int y) { struct s14 v; memset(&v,0,sizeof v); int t = x*14+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 14; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s15 { int a; long b[2]; char name[4]; double d; struct s15 *next; };
static int f15(int x, int y) { struct s15 v; memset(&v,0,sizeof v); int t = x*15+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 15; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s16 { int a; long b[3]; char name[5]; double d; struct s16 *next; };
static int f16(int x, int y) { struct s16 v; memset(&v,0,sizeof v); int t = x*16+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 16; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s17 { int a; long b[4]; char name[6]; double d; struct s17 *next; };
static int f17(int x, int y) { struct s17 v; memset(&v,0,sizeof v); int t = x*17+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 17; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s18 { int a; long b[5]; char name[7]; double d; struct s18 *next; };
static int f18(int x, int y) { struct s18 v; memset(&v,0,sizeof v); int t = x*18+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 18; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s19 { int a; long b[6]; char name[8]; double d; struct s19 *next; };
static int f19(int x, int y) { struct s19 v; memset(&v,0,sizeof v); int t = x*19+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 19; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s20 { int a; long b[7]; char name[9]; double d; struct s20 *next; };
static int f20(int x, int y) { struct s20 v; memset(&v,0,sizeof v); int t = x*20+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 20; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s21 { int a; long b[1]; char name[10]; double d; struct s21 *next; };
static int f21(int x, int y) { struct s21 v; memset(&v,0,sizeof v); int t = x*21+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 21; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s22 { int a; long b[2]; char name[11]; double d; struct s22 *next; };
static int f22(int x, int y) { struct s22 v; memset(&v,0,sizeof v); int t = x*22+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 22; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s23 { int a; long b[3]; char name[12]; double d; struct s23 *next; };
static int f23(int x, int y) { struct s23 v; memset(&v,0,sizeof v); int t = x*23+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 23; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s24 { int a; long b[4]; char name[13]; double d; struct s24 *next; };
static int f24(int x, int y) { struct s24 v; memset(&v,0,sizeof v); int t = x*24+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 24; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s25 { int a; long b[5]; char name[14]; double d; struct s25 *next; };
static int f25(int x, int y) { struct s25 v; memset(&v,0,sizeof v); int t = x*25+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 25; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s26 { int a; long b[6]; char name[2]; double d; struct s26 *next; };
static int f26(int x, int y) { struct s26 v; memset(&v,0,sizeof v); int t = x*26+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 26; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s27 { int a; long b[7]; char name[3]; double d; struct s27 *next; };
static int f27(int x, int y) { struct s27 v; memset(&v,0,sizeof v); int t = x*27+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 27; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s28 { int a; long b[1]; char name[4]; double d; struct s28 *next; };
static int f28(int x, int y) { struct s28 v; memset(&v,0,sizeof v); int t = x*28+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 28; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s29 { int a; long b[2]; char name[5]; double d; struct s29 *next; };
static int f29(int x, int y) { struct s29 v; memset(&v,0,sizeof v); int t = x*29+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 29; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s30 { int a; long b[3]; char name[6]; double d; struct s30 *next; };
static int f30(int x, int y) { struct s30 v; memset(&v,0,sizeof v); int t = x*30+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 30; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s31 { int a; long b[4]; char name[7]; double d; struct s31 *next; };
static int f31(int x, int y) { struct s31 v; memset(&v,0,sizeof v); int t = x*31+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 31; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s32 { int a; long b[5]; char name[8]; double d; struct s32 *next; };
static int f32(int x, int y) { struct s32 v; memset(&v,0,sizeof v); int t = x*32+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 32; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s33 { int a; long b[6]; char name[9]; double d; struct s33 *next; };
static int f33(int x, int y) { struct s33 v; memset(&v,0,sizeof v); int t = x*33+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 33; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s34 { int a; long b[7]; char name[10]; double d; struct s34 *next; };
static int f34(int x, int y) { struct s34 v; memset(&v,0,sizeof v); int t = x*34+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 34; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s35 { int a; long b[1]; char name[11]; double d; struct s35 *next; };
static int f35(int x, int y) { struct s35 v; memset(&v,0,sizeof v); int t = x*35+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 35; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s36 { int a; long b[2]; char name[12]; double d; struct s36 *next; };
static int f36(int x, int y) { struct s36 v; memset(&v,0,sizeof v); int t = x*36+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 36; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s37 { int a; long b[3]; char name[13]; double d; struct s37 *next; };
static int f37(int x, int y) { struct s37 v; memset(&v,0,sizeof v); int t = x*37+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 37; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s38 { int a; long b[4]; char name[14]; double d; struct s38 *next; };
static int f38(int x, int y) { struct s38 v; memset(&v,0,sizeof v); int t = x*38+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 38; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s39 { int a; long b[5]; char name[2]; double d; struct s39 *next; };
static int f39(int x, int y) { struct s39 v; memset(&v,0,sizeof v); int t = x*39+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 39; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s40 { int a; long b[6]; char name[3]; double d; struct s40 *next; };
static int f40(int x, int y) { struct s40 v; memset(&v,0,sizeof v); int t = x*40+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 40; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s41 { int a; long b[7]; char name[4]; double d; struct s41 *next; };
static int f41(int x, int y) { struct s41 v; memset(&v,0,sizeof v); int t = x*41+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 41; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s42 { int a; long b[1]; char name[5]; double d; struct s42 *next; };
static int f42(int x, int y) { struct s42 v; memset(&v,0,sizeof v); int t = x*42+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 42; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s43 { int a; long b[2]; char name[6]; double d; struct s43 *next; };
static int f43(int x, int y) { struct s43 v; memset(&v,0,sizeof v); int t = x*43+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 43; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s44 { int a; long b[3]; char name[7]; double d; struct s44 *next; };
static int f44(int x, int y) { struct s44 v; memset(&v,0,sizeof v); int t = x*44+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 44; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s45 { int a; long b[4]; char name[8]; double d; struct s45 *next; };
static int f45(int x, int y) { struct s45 v; memset(&v,0,sizeof v); int t = x*45+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 45; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s46 { int a; long b[5]; char name[9]; double d; struct s46 *next; };
static int f46(int x, int y) { struct s46 v; memset(&v,0,sizeof v); int t = x*46+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 46; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s47 { int a; long b[6]; char name[10]; double d; struct s47 *next; };
static int f47(int x, int y) { struct s47 v; memset(&v,0,sizeof v); int t = x*47+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 47; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s48 { int a; long b[7]; char name[11]; double d; struct s48 *next; };
static int f48(int x, int y) { struct s48 v; memset(&v,0,sizeof v); int t = x*48+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 48; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s49 { int a; long b[1]; char name[12]; double d; struct s49 *next; };
static int f49(int x, int y) { struct s49 v; memset(&v,0,sizeof v); int t = x*49+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 49; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s50 { int a; long b[2]; char name[13]; double d; struct s50 *next; };
static int f50(int x, int y) { struct s50 v; memset(&v,0,sizeof v); int t = x*50+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 50; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s51 { int a; long b[3]; char name[14]; double d; struct s51 *next; };
static int f51(int x, int y) { struct s51 v; memset(&v,0,sizeof v); int t = x*51+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 51; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s52 { int a; long b[4]; char name[2]; double d; struct s52 *next; };
static int f52(int x, int y) { struct s52 v; memset(&v,0,sizeof v); int t = x*52+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 52; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s53 { int a; long b[5]; char name[3]; double d; struct s53 *next; };
static int f53(int x, int y) { struct s53 v; memset(&v,0,sizeof v); int t = x*53+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 53; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s54 { int a; long b[6]; char name[4]; double d; struct s54 *next; };
static int f54(int x, int y) { struct s54 v; memset(&v,0,sizeof v); int t = x*54+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 54; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s55 { int a; long b[7]; char name[5]; double d; struct s55 *next; };
static int f55(int x, int y) { struct s55 v; memset(&v,0,sizeof v); int t = x*55+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 55; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s56 { int a; long b[1]; char name[6]; double d; struct s56 *next; };
static int f56(int x, int y) { struct s56 v; memset(&v,0,sizeof v); int t = x*56+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 56; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s57 { int a; long b[2]; char name[7]; double d; struct s57 *next; };
static int f57(int x, int y) { struct s57 v; memset(&v,0,sizeof v); int t = x*57+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 57; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s58 { int a; long b[3]; char name[8]; double d; struct s58 *next; };
static int f58(int x, int y) { struct s58 v; memset(&v,0,sizeof v); int t = x*58+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 58; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s59 { int a; long b[4]; char name[9]; double d; struct s59 *next; };
static int f59(int x, int y) { struct s59 v; memset(&v,0,sizeof v); int t = x*59+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 59; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s60 { int a; long b[5]; char name[10]; double d; struct s60 *next; };
static int f60(int x, int y) { struct s60 v; memset(&v,0,sizeof v); int t = x*60+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 60; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s61 { int a; long b[6]; char name[11]; double d; struct s61 *next; };
static int f61(int x, int y) { struct s61 v; memset(&v,0,sizeof v); int t = x*61+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 61; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s62 { int a; long b[7]; char name[12]; double d; struct s62 *next; };
static int f62(int x, int y) { struct s62 v; memset(&v,0,sizeof v); int t = x*62+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 62; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s63 { int a; long b[1]; char name[13]; double d; struct s63 *next; };
static int f63(int x, int y) { struct s63 v; memset(&v,0,sizeof v); int t = x*63+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 63; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s64 { int a; long b[2]; char name[14]; double d; struct s64 *next; };
static int f64(int x, int y) { struct s64 v; memset(&v,0,sizeof v); int t = x*64+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 64; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s65 { int a; long b[3]; char name[2]; double d; struct s65 *next; };
static int f65(int x, int y) { struct s65 v; memset(&v,0,sizeof v); int t = x*65+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 65; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s66 { int a; long b[4]; char name[3]; double d; struct s66 *next; };
static int f66(int x, int y) { struct s66 v; memset(&v,0,sizeof v); int t = x*66+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 66; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s67 { int a; long b[5]; char name[4]; double d; struct s67 *next; };
static int f67(int x, int y) { struct s67 v; memset(&v,0,sizeof v); int t = x*67+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 67; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s68 { int a; long b[6]; char name[5]; double d; struct s68 *next; };
static int f68(int x, int y) { struct s68 v; memset(&v,0,sizeof v); int t = x*68+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 68; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s69 { int a; long b[7]; char name[6]; double d; struct s69 *next; };
static int f69(int x, int y) { struct s69 v; memset(&v,0,sizeof v); int t = x*69+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 69; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s70 { int a; long b[1]; char name[7]; double d; struct s70 *next; };
static int f70(int x, int y) { struct s70 v; memset(&v,0,sizeof v); int t = x*70+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 70; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s71 { int a; long b[2]; char name[8]; double d; struct s71 *next; };
static int f71(int x, int y) { struct s71 v; memset(&v,0,sizeof v); int t = x*71+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 71; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s72 { int a; long b[3]; char name[9]; double d; struct s72 *next; };
static int f72(int x, int y) { struct s72 v; memset(&v,0,sizeof v); int t = x*72+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 72; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s73 { int a; long b[4]; char name[10]; double d; struct s73 *next; };
static int f73(int x, int y) { struct s73 v; memset(&v,0,sizeof v); int t = x*73+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 73; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s74 { int a; long b[5]; char name[11]; double d; struct s74 *next; };
static int f74(int x, int y) { struct s74 v; memset(&v,0,sizeof v); int t = x*74+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 74; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s75 { int a; long b[6]; char name[12]; double d; struct s75 *next; };
static int f75(int x, int y) { struct s75 v; memset(&v,0,sizeof v); int t = x*75+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 75; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s76 { int a; long b[7]; char name[13]; double d; struct s76 *next; };
static int f76(int x, int y) { struct s76 v; memset(&v,0,sizeof v); int t = x*76+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 76; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s77 { int a; long b[1]; char name[14]; double d; struct s77 *next; };
static int f77(int x, int y) { struct s77 v; memset(&v,0,sizeof v); int t = x*77+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 77; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s78 { int a; long b[2]; char name[2]; double d; struct s78 *next; };
static int f78(int x, int y) { struct s78 v; memset(&v,0,sizeof v); int t = x*78+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 78; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s79 { int a; long b[3]; char name[3]; double d; struct s79 *next; };
static int f79(int x, int y) { struct s79 v; memset(&v,0,sizeof v); int t = x*79+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 79; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s80 { int a; long b[4]; char name[4]; double d; struct s80 *next; };
static int f80(int x, int y) { struct s80 v; memset(&v,0,sizeof v); int t = x*80+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 80; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s81 { int a; long b[5]; char name[5]; double d; struct s81 *next; };
static int f81(int x, int y) { struct s81 v; memset(&v,0,sizeof v); int t = x*81+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 81; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s82 { int a; long b[6]; char name[6]; double d; struct s82 *next; };
static int f82(int x, int y) { struct s82 v; memset(&v,0,sizeof v); int t = x*82+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 82; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s83 { int a; long b[7]; char name[7]; double d; struct s83 *next; };
static int f83(int x, int y) { struct s83 v; memset(&v,0,sizeof v); int t = x*83+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 83; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s84 { int a; long b[1]; char name[8]; double d; struct s84 *next; };
static int f84(int x, int y) { struct s84 v; memset(&v,0,sizeof v); int t = x*84+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 84; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s85 { int a; long b[2]; char name[9]; double d; struct s85 *next; };
static int f85(int x, int y) { struct s85 v; memset(&v,0,sizeof v); int t = x*85+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 85; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s86 { int a; long b[3]; char name[10]; double d; struct s86 *next; };
static int f86(int x, int y) { struct s86 v; memset(&v,0,sizeof v); int t = x*86+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 86; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s87 { int a; long b[4]; char name[11]; double d; struct s87 *next; };
static int f87(int x, int y) { struct s87 v; memset(&v,0,sizeof v); int t = x*87+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 87; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s88 { int a; long b[5]; char name[12]; double d; struct s88 *next; };
static int f88(int x, int y) { struct s88 v; memset(&v,0,sizeof v); int t = x*88+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 88; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s89 { int a; long b[6]; char name[13]; double d; struct s89 *next; };
static int f89(int x, int y) { struct s89 v; memset(&v,0,sizeof v); int t = x*89+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 89; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s90 { int a; long b[7]; char name[14]; double d; struct s90 *next; };
static int f90(int x, int y) { struct s90 v; memset(&v,0,sizeof v); int t = x*90+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 90; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s91 { int a; long b[1]; char name[2]; double d; struct s91 *next; };
static int f91(int x, int y) { struct s91 v; memset(&v,0,sizeof v); int t = x*91+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 91; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s92 { int a; long b[2]; char name[3]; double d; struct s92 *next; };
static int f92(int x, int y) { struct s92 v; memset(&v,0,sizeof v); int t = x*92+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 92; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s93 { int a; long b[3]; char name[4]; double d; struct s93 *next; };
static int f93(int x, int y) { struct s93 v; memset(&v,0,sizeof v); int t = x*93+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 93; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s94 { int a; long b[4]; char name[5]; double d; struct s94 *next; };
static int f94(int x, int y) { struct s94 v; memset(&v,0,sizeof v); int t = x*94+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 94; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s95 { int a; long b[5]; char name[6]; double d; struct s95 *next; };
static int f95(int x, int y) { struct s95 v; memset(&v,0,sizeof v); int t = x*95+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 95; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s96 { int a; long b[6]; char name[7]; double d; struct s96 *next; };
static int f96(int x, int y) { struct s96 v; memset(&v,0,sizeof v); int t = x*96+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 96; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s97 { int a; long b[7]; char name[8]; double d; struct s97 *next; };
static int f97(int x, int y) { struct s97 v; memset(&v,0,sizeof v); int t = x*97+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 97; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s98 { int a; long b[1]; char name[9]; double d; struct s98 *next; };
static int f98(int x, int y) { struct s98 v; memset(&v,0,sizeof v); int t = x*98+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 98; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s99 { int a; long b[2]; char name[10]; double d; struct s99 *next; };
static int f99(int x, int y) { struct s99 v; memset(&v,0,sizeof v); int t = x*99+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 99; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s100 { int a; long b[3]; char name[11]; double d; struct s100 *next; };
static int f100(int x, int y) { struct s100 v; memset(&v,0,sizeof v); int t = x*100+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 100; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s101 { int a; long b[4]; char name[12]; double d; struct s101 *next; };
static int f101(int x, int y) { struct s101 v; memset(&v,0,sizeof v); int t = x*101+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 101; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s102 { int a; long b[5]; char name[13]; double d; struct s102 *next; };
static int f102(int x, int y) { struct s102 v; memset(&v,0,sizeof v); int t = x*102+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 102; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s103 { int a; long b[6]; char name[14]; double d; struct s103 *next; };
static int f103(int x, int y) { struct s103 v; memset(&v,0,sizeof v); int t = x*103+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 103; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s104 { int a; long b[7]; char name[2]; double d; struct s104 *next; };
static int f104(int x, int y) { struct s104 v; memset(&v,0,sizeof v); int t = x*104+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 104; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s105 { int a; long b[1]; char name[3]; double d; struct s105 *next; };
static int f105(int x, int y) { struct s105 v; memset(&v,0,sizeof v); int t = x*105+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 105; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s106 { int a; long b[2]; char name[4]; double d; struct s106 *next; };
static int f106(int x, int y) { struct s106 v; memset(&v,0,sizeof v); int t = x*106+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 106; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s107 { int a; long b[3]; char name[5]; double d; struct s107 *next; };
static int f107(int x, int y) { struct s107 v; memset(&v,0,sizeof v); int t = x*107+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 107; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s108 { int a; long b[4]; char name[6]; double d; struct s108 *next; };
static int f108(int x, int y) { struct s108 v; memset(&v,0,sizeof v); int t = x*108+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 108; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s109 { int a; long b[5]; char name[7]; double d; struct s109 *next; };
static int f109(int x, int y) { struct s109 v; memset(&v,0,sizeof v); int t = x*109+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 109; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s110 { int a; long b[6]; char name[8]; double d; struct s110 *next; };
static int f110(int x, int y) { struct s110 v; memset(&v,0,sizeof v); int t = x*110+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 110; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s111 { int a; long b[7]; char name[9]; double d; struct s111 *next; };
static int f111(int x, int y) { struct s111 v; memset(&v,0,sizeof v); int t = x*111+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 111; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s112 { int a; long b[1]; char name[10]; double d; struct s112 *next; };
static int f112(int x, int y) { struct s112 v; memset(&v,0,sizeof v); int t = x*112+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 112; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s113 { int a; long b[2]; char name[11]; double d; struct s113 *next; };
static int f113(int x, int y) { struct s113 v; memset(&v,0,sizeof v); int t = x*113+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 113; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s114 { int a; long b[3]; char name[12]; double d; struct s114 *next; };
static int f114(int x, int y) { struct s114 v; memset(&v,0,sizeof v); int t = x*114+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 114; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s115 { int a; long b[4]; char name[13]; double d; struct s115 *next; };
static int f115(int x, int y) { struct s115 v; memset(&v,0,sizeof v); int t = x*115+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 115; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s116 { int a; long b[5]; char name[14]; double d; struct s116 *next; };
static int f116(int x, int y) { struct s116 v; memset(&v,0,sizeof v); int t = x*116+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 116; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s117 { int a; long b[6]; char name[2]; double d; struct s117 *next; };
static int f117(int x, int y) { struct s117 v; memset(&v,0,sizeof v); int t = x*117+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 117; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s118 { int a; long b[7]; char name[3]; double d; struct s118 *next; };
static int f118(int x, int y) { struct s118 v; memset(&v,0,sizeof v); int t = x*118+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 118; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s119 { int a; long b[1]; char name[4]; double d; struct s119 *next; };
static int f119(int x, int y) { struct s119 v; memset(&v,0,sizeof v); int t = x*119+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 119; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s120 { int a; long b[2]; char name[5]; double d; struct s120 *next; };
static int f120(int x, int y) { struct s120 v; memset(&v,0,sizeof v); int t = x*120+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 120; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s121 { int a; long b[3]; char name[6]; double d; struct s121 *next; };
static int f121(int x, int y) { struct s121 v; memset(&v,0,sizeof v); int t = x*121+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 121; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s122 { int a; long b[4]; char name[7]; double d; struct s122 *next; };
static int f122(int x, int y) { struct s122 v; memset(&v,0,sizeof v); int t = x*122+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 122; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s123 { int a; long b[5]; char name[8]; double d; struct s123 *next; };
static int f123(int x, int y) { struct s123 v; memset(&v,0,sizeof v); int t = x*123+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 123; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s124 { int a; long b[6]; char name[9]; double d; struct s124 *next; };
static int f124(int x, int y) { struct s124 v; memset(&v,0,sizeof v); int t = x*124+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 124; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s125 { int a; long b[7]; char name[10]; double d; struct s125 *next; };
static int f125(int x, int y) { struct s125 v; memset(&v,0,sizeof v); int t = x*125+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 125; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s126 { int a; long b[1]; char name[11]; double d; struct s126 *next; };
static int f126(int x, int y) { struct s126 v; memset(&v,0,sizeof v); int t = x*126+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 126; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s127 { int a; long b[2]; char name[12]; double d; struct s127 *next; };
static int f127(int x, int y) { struct s127 v; memset(&v,0,sizeof v); int t = x*127+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 127; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s128 { int a; long b[3]; char name[13]; double d; struct s128 *next; };
static int f128(int x, int y) { struct s128 v; memset(&v,0,sizeof v); int t = x*128+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 128; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s129 { int a; long b[4]; char name[14]; double d; struct s129 *next; };
static int f129(int x, int y) { struct s129 v; memset(&v,0,sizeof v); int t = x*129+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 129; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s130 { int a; long b[5]; char name[2]; double d; struct s130 *next; };
static int f130(int x, int y) { struct s130 v; memset(&v,0,sizeof v); int t = x*130+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 130; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s131 { int a; long b[6]; char name[3]; double d; struct s131 *next; };
static int f131(int x, int y) { struct s131 v; memset(&v,0,sizeof v); int t = x*131+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 131; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s132 { int a; long b[7]; char name[4]; double d; struct s132 *next; };
static int f132(int x, int y) { struct s132 v; memset(&v,0,sizeof v); int t = x*132+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 132; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s133 { int a; long b[1]; char name[5]; double d; struct s133 *next; };
static int f133(int x, int y) { struct s133 v; memset(&v,0,sizeof v); int t = x*133+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 133; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s134 { int a; long b[2]; char name[6]; double d; struct s134 *next; };
static int f134(int x, int y) { struct s134 v; memset(&v,0,sizeof v); int t = x*134+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 134; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s135 { int a; long b[3]; char name[7]; double d; struct s135 *next; };
static int f135(int x, int y) { struct s135 v; memset(&v,0,sizeof v); int t = x*135+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 135; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s136 { int a; long b[4]; char name[8]; double d; struct s136 *next; };
static int f136(int x, int y) { struct s136 v; memset(&v,0,sizeof v); int t = x*136+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 136; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s137 { int a; long b[5]; char name[9]; double d; struct s137 *next; };
static int f137(int x, int y) { struct s137 v; memset(&v,0,sizeof v); int t = x*137+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 137; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s138 { int a; long b[6]; char name[10]; double d; struct s138 *next; };
static int f138(int x, int y) { struct s138 v; memset(&v,0,sizeof v); int t = x*138+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 138; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s139 { int a; long b[7]; char name[11]; double d; struct s139 *next; };
static int f139(int x, int y) { struct s139 v; memset(&v,0,sizeof v); int t = x*139+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 139; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s140 { int a; long b[1]; char name[12]; double d; struct s140 *next; };
static int f140(int x, int y) { struct s140 v; memset(&v,0,sizeof v); int t = x*140+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 140; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s141 { int a; long b[2]; char name[13]; double d; struct s141 *next; };
static int f141(int x, int y) { struct s141 v; memset(&v,0,sizeof v); int t = x*141+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 141; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s142 { int a; long b[3]; char name[14]; double d; struct s142 *next; };
static int f142(int x, int y) { struct s142 v; memset(&v,0,sizeof v); int t = x*142+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 142; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s143 { int a; long b[4]; char name[2]; double d; struct s143 *next; };
static int f143(int x, int y) { struct s143 v; memset(&v,0,sizeof v); int t = x*143+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 143; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s144 { int a; long b[5]; char name[3]; double d; struct s144 *next; };
static int f144(int x, int y) { struct s144 v; memset(&v,0,sizeof v); int t = x*144+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 144; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s145 { int a; long b[6]; char name[4]; double d; struct s145 *next; };
static int f145(int x, int y) { struct s145 v; memset(&v,0,sizeof v); int t = x*145+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 145; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s146 { int a; long b[7]; char name[5]; double d; struct s146 *next; };
static int f146(int x, int y) { struct s146 v; memset(&v,0,sizeof v); int t = x*146+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 146; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s147 { int a; long b[1]; char name[6]; double d; struct s147 *next; };
static int f147(int x, int y) { struct s147 v; memset(&v,0,sizeof v); int t = x*147+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 147; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s148 { int a; long b[2]; char name[7]; double d; struct s148 *next; };
static int f148(int x, int y) { struct s148 v; memset(&v,0,sizeof v); int t = x*148+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 148; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s149 { int a; long b[3]; char name[8]; double d; struct s149 *next; };
static int f149(int x, int y) { struct s149 v; memset(&v,0,sizeof v); int t = x*149+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 149; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s150 { int a; long b[4]; char name[9]; double d; struct s150 *next; };
static int f150(int x, int y) { struct s150 v; memset(&v,0,sizeof v); int t = x*150+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 150; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s151 { int a; long b[5]; char name[10]; double d; struct s151 *next; };
static int f151(int x, int y) { struct s151 v; memset(&v,0,sizeof v); int t = x*151+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 151; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s152 { int a; long b[6]; char name[11]; double d; struct s152 *next; };
static int f152(int x, int y) { struct s152 v; memset(&v,0,sizeof v); int t = x*152+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 152; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s153 { int a; long b[7]; char name[12]; double d; struct s153 *next; };
static int f153(int x, int y) { struct s153 v; memset(&v,0,sizeof v); int t = x*153+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 153; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s154 { int a; long b[1]; char name[13]; double d; struct s154 *next; };
static int f154(int x, int y) { struct s154 v; memset(&v,0,sizeof v); int t = x*154+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 154; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s155 { int a; long b[2]; char name[14]; double d; struct s155 *next; };
static int f155(int x, int y) { struct s155 v; memset(&v,0,sizeof v); int t = x*155+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 155; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s156 { int a; long b[3]; char name[2]; double d; struct s156 *next; };
static int f156(int x, int y) { struct s156 v; memset(&v,0,sizeof v); int t = x*156+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 156; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s157 { int a; long b[4]; char name[3]; double d; struct s157 *next; };
static int f157(int x, int y) { struct s157 v; memset(&v,0,sizeof v); int t = x*157+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 157; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s158 { int a; long b[5]; char name[4]; double d; struct s158 *next; };
static int f158(int x, int y) { struct s158 v; memset(&v,0,sizeof v); int t = x*158+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 158; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s159 { int a; long b[6]; char name[5]; double d; struct s159 *next; };
static int f159(int x, int y) { struct s159 v; memset(&v,0,sizeof v); int t = x*159+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 159; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s160 { int a; long b[7]; char name[6]; double d; struct s160 *next; };
static int f160(int x, int y) { struct s160 v; memset(&v,0,sizeof v); int t = x*160+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 160; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s161 { int a; long b[1]; char name[7]; double d; struct s161 *next; };
static int f161(int x, int y) { struct s161 v; memset(&v,0,sizeof v); int t = x*161+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 161; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s162 { int a; long b[2]; char name[8]; double d; struct s162 *next; };
static int f162(int x, int y) { struct s162 v; memset(&v,0,sizeof v); int t = x*162+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 162; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s163 { int a; long b[3]; char name[9]; double d; struct s163 *next; };
static int f163(int x, int y) { struct s163 v; memset(&v,0,sizeof v); int t = x*163+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 163; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s164 { int a; long b[4]; char name[10]; double d; struct s164 *next; };
static int f164(int x, int y) { struct s164 v; memset(&v,0,sizeof v); int t = x*164+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 164; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s165 { int a; long b[5]; char name[11]; double d; struct s165 *next; };
static int f165(int x, int y) { struct s165 v; memset(&v,0,sizeof v); int t = x*165+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 165; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s166 { int a; long b[6]; char name[12]; double d; struct s166 *next; };
static int f166(int x, int y) { struct s166 v; memset(&v,0,sizeof v); int t = x*166+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 166; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s167 { int a; long b[7]; char name[13]; double d; struct s167 *next; };
static int f167(int x, int y) { struct s167 v; memset(&v,0,sizeof v); int t = x*167+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 167; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s168 { int a; long b[1]; char name[14]; double d; struct s168 *next; };
static int f168(int x, int y) { struct s168 v; memset(&v,0,sizeof v); int t = x*168+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 168; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s169 { int a; long b[2]; char name[2]; double d; struct s169 *next; };
static int f169(int x, int y) { struct s169 v; memset(&v,0,sizeof v); int t = x*169+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 169; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s170 { int a; long b[3]; char name[3]; double d; struct s170 *next; };
static int f170(int x, int y) { struct s170 v; memset(&v,0,sizeof v); int t = x*170+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 170; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s171 { int a; long b[4]; char name[4]; double d; struct s171 *next; };
static int f171(int x, int y) { struct s171 v; memset(&v,0,sizeof v); int t = x*171+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 171; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s172 { int a; long b[5]; char name[5]; double d; struct s172 *next; };
static int f172(int x, int y) { struct s172 v; memset(&v,0,sizeof v); int t = x*172+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 172; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s173 { int a; long b[6]; char name[6]; double d; struct s173 *next; };
static int f173(int x, int y) { struct s173 v; memset(&v,0,sizeof v); int t = x*173+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 173; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s174 { int a; long b[7]; char name[7]; double d; struct s174 *next; };
static int f174(int x, int y) { struct s174 v; memset(&v,0,sizeof v); int t = x*174+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 174; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s175 { int a; long b[1]; char name[8]; double d; struct s175 *next; };
static int f175(int x, int y) { struct s175 v; memset(&v,0,sizeof v); int t = x*175+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 175; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s176 { int a; long b[2]; char name[9]; double d; struct s176 *next; };
static int f176(int x, int y) { struct s176 v; memset(&v,0,sizeof v); int t = x*176+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 176; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s177 { int a; long b[3]; char name[10]; double d; struct s177 *next; };
static int f177(int x, int y) { struct s177 v; memset(&v,0,sizeof v); int t = x*177+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 177; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s178 { int a; long b[4]; char name[11]; double d; struct s178 *next; };
static int f178(int x, int y) { struct s178 v; memset(&v,0,sizeof v); int t = x*178+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 178; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s179 { int a; long b[5]; char name[12]; double d; struct s179 *next; };
static int f179(int x, int y) { struct s179 v; memset(&v,0,sizeof v); int t = x*179+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 179; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s180 { int a; long b[6]; char name[13]; double d; struct s180 *next; };
static int f180(int x, int y) { struct s180 v; memset(&v,0,sizeof v); int t = x*180+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 180; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s181 { int a; long b[7]; char name[14]; double d; struct s181 *next; };
static int f181(int x, int y) { struct s181 v; memset(&v,0,sizeof v); int t = x*181+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 181; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s182 { int a; long b[1]; char name[2]; double d; struct s182 *next; };
static int f182(int x, int y) { struct s182 v; memset(&v,0,sizeof v); int t = x*182+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 182; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s183 { int a; long b[2]; char name[3]; double d; struct s183 *next; };
static int f183(int x, int y) { struct s183 v; memset(&v,0,sizeof v); int t = x*183+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 183; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s184 { int a; long b[3]; char name[4]; double d; struct s184 *next; };
static int f184(int x, int y) { struct s184 v; memset(&v,0,sizeof v); int t = x*184+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 184; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s185 { int a; long b[4]; char name[5]; double d; struct s185 *next; };
static int f185(int x, int y) { struct s185 v; memset(&v,0,sizeof v); int t = x*185+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 185; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s186 { int a; long b[5]; char name[6]; double d; struct s186 *next; };
static int f186(int x, int y) { struct s186 v; memset(&v,0,sizeof v); int t = x*186+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 186; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s187 { int a; long b[6]; char name[7]; double d; struct s187 *next; };
static int f187(int x, int y) { struct s187 v; memset(&v,0,sizeof v); int t = x*187+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 187; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s188 { int a; long b[7]; char name[8]; double d; struct s188 *next; };
static int f188(int x, int y) { struct s188 v; memset(&v,0,sizeof v); int t = x*188+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 188; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s189 { int a; long b[1]; char name[9]; double d; struct s189 *next; };
static int f189(int x, int y) { struct s189 v; memset(&v,0,sizeof v); int t = x*189+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 189; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s190 { int a; long b[2]; char name[10]; double d; struct s190 *next; };
static int f190(int x, int y) { struct s190 v; memset(&v,0,sizeof v); int t = x*190+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 190; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s191 { int a; long b[3]; char name[11]; double d; struct s191 *next; };
static int f191(int x, int y) { struct s191 v; memset(&v,0,sizeof v); int t = x*191+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 191; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s192 { int a; long b[4]; char name[12]; double d; struct s192 *next; };
static int f192(int x, int y) { struct s192 v; memset(&v,0,sizeof v); int t = x*192+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 192; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s193 { int a; long b[5]; char name[13]; double d; struct s193 *next; };
static int f193(int x, int y) { struct s193 v; memset(&v,0,sizeof v); int t = x*193+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 193; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s194 { int a; long b[6]; char name[14]; double d; struct s194 *next; };
static int f194(int x, int y) { struct s194 v; memset(&v,0,sizeof v); int t = x*194+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 194; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s195 { int a; long b[7]; char name[2]; double d; struct s195 *next; };
static int f195(int x, int y) { struct s195 v; memset(&v,0,sizeof v); int t = x*195+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 195; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s196 { int a; long b[1]; char name[3]; double d; struct s196 *next; };
static int f196(int x, int y) { struct s196 v; memset(&v,0,sizeof v); int t = x*196+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 196; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s197 { int a; long b[2]; char name[4]; double d; struct s197 *next; };
static int f197(int x, int y) { struct s197 v; memset(&v,0,sizeof v); int t = x*197+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 197; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s198 { int a; long b[3]; char name[5]; double d; struct s198 *next; };
static int f198(int x, int y) { struct s198 v; memset(&v,0,sizeof v); int t = x*198+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 198; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s199 { int a; long b[4]; char name[6]; double d; struct s199 *next; };
static int f199(int x, int y) { struct s199 v; memset(&v,0,sizeof v); int t = x*199+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 199; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s200 { int a; long b[5]; char name[7]; double d; struct s200 *next; };
static int f200(int x, int y) { struct s200 v; memset(&v,0,sizeof v); int t = x*200+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 200; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s201 { int a; long b[6]; char name[8]; double d; struct s201 *next; };
static int f201(int x, int y) { struct s201 v; memset(&v,0,sizeof v); int t = x*201+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 201; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s202 { int a; long b[7]; char name[9]; double d; struct s202 *next; };
static int f202(int x, int y) { struct s202 v; memset(&v,0,sizeof v); int t = x*202+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 202; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s203 { int a; long b[1]; char name[10]; double d; struct s203 *next; };
static int f203(int x, int y) { struct s203 v; memset(&v,0,sizeof v); int t = x*203+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 203; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s204 { int a; long b[2]; char name[11]; double d; struct s204 *next; };
static int f204(int x, int y) { struct s204 v; memset(&v,0,sizeof v); int t = x*204+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 204; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s205 { int a; long b[3]; char name[12]; double d; struct s205 *next; };
static int f205(int x, int y) { struct s205 v; memset(&v,0,sizeof v); int t = x*205+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 205; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s206 { int a; long b[4]; char name[13]; double d; struct s206 *next; };
static int f206(int x, int y) { struct s206 v; memset(&v,0,sizeof v); int t = x*206+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 206; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s207 { int a; long b[5]; char name[14]; double d; struct s207 *next; };
static int f207(int x, int y) { struct s207 v; memset(&v,0,sizeof v); int t = x*207+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 207; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s208 { int a; long b[6]; char name[2]; double d; struct s208 *next; };
static int f208(int x, int y) { struct s208 v; memset(&v,0,sizeof v); int t = x*208+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 208; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s209 { int a; long b[7]; char name[3]; double d; struct s209 *next; };
static int f209(int x, int y) { struct s209 v; memset(&v,0,sizeof v); int t = x*209+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 209; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s210 { int a; long b[1]; char name[4]; double d; struct s210 *next; };
static int f210(int x, int y) { struct s210 v; memset(&v,0,sizeof v); int t = x*210+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 210; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s211 { int a; long b[2]; char name[5]; double d; struct s211 *next; };
static int f211(int x, int y) { struct s211 v; memset(&v,0,sizeof v); int t = x*211+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 211; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s212 { int a; long b[3]; char name[6]; double d; struct s212 *next; };
static int f212(int x, int y) { struct s212 v; memset(&v,0,sizeof v); int t = x*212+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 212; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s213 { int a; long b[4]; char name[7]; double d; struct s213 *next; };
static int f213(int x, int y) { struct s213 v; memset(&v,0,sizeof v); int t = x*213+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 213; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s214 { int a; long b[5]; char name[8]; double d; struct s214 *next; };
static int f214(int x, int y) { struct s214 v; memset(&v,0,sizeof v); int t = x*214+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 214; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s215 { int a; long b[6]; char name[9]; double d; struct s215 *next; };
static int f215(int x, int y) { struct s215 v; memset(&v,0,sizeof v); int t = x*215+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 215; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s216 { int a; long b[7]; char name[10]; double d; struct s216 *next; };
static int f216(int x, int y) { struct s216 v; memset(&v,0,sizeof v); int t = x*216+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 216; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s217 { int a; long b[1]; char name[11]; double d; struct s217 *next; };
static int f217(int x, int y) { struct s217 v; memset(&v,0,sizeof v); int t = x*217+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 217; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s218 { int a; long b[2]; char name[12]; double d; struct s218 *next; };
static int f218(int x, int y) { struct s218 v; memset(&v,0,sizeof v); int t = x*218+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 218; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s219 { int a; long b[3]; char name[13]; double d; struct s219 *next; };
static int f219(int x, int y) { struct s219 v; memset(&v,0,sizeof v); int t = x*219+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 219; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s220 { int a; long b[4]; char name[14]; double d; struct s220 *next; };
static int f220(int x, int y) { struct s220 v; memset(&v,0,sizeof v); int t = x*220+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 220; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s221 { int a; long b[5]; char name[2]; double d; struct s221 *next; };
static int f221(int x, int y) { struct s221 v; memset(&v,0,sizeof v); int t = x*221+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 221; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s222 { int a; long b[6]; char name[3]; double d; struct s222 *next; };
static int f222(int x, int y) { struct s222 v; memset(&v,0,sizeof v); int t = x*222+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 222; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s223 { int a; long b[7]; char name[4]; double d; struct s223 *next; };
static int f223(int x, int y) { struct s223 v; memset(&v,0,sizeof v); int t = x*223+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 223; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s224 { int a; long b[1]; char name[5]; double d; struct s224 *next; };
static int f224(int x, int y) { struct s224 v; memset(&v,0,sizeof v); int t = x*224+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 224; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s225 { int a; long b[2]; char name[6]; double d; struct s225 *next; };
static int f225(int x, int y) { struct s225 v; memset(&v,0,sizeof v); int t = x*225+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 225; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s226 { int a; long b[3]; char name[7]; double d; struct s226 *next; };
static int f226(int x, int y) { struct s226 v; memset(&v,0,sizeof v); int t = x*226+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 226; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s227 { int a; long b[4]; char name[8]; double d; struct s227 *next; };
static int f227(int x, int y) { struct s227 v; memset(&v,0,sizeof v); int t = x*227+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 227; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s228 { int a; long b[5]; char name[9]; double d; struct s228 *next; };
static int f228(int x, int y) { struct s228 v; memset(&v,0,sizeof v); int t = x*228+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 228; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s229 { int a; long b[6]; char name[10]; double d; struct s229 *next; };
static int f229(int x, int y) { struct s229 v; memset(&v,0,sizeof v); int t = x*229+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 229; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s230 { int a; long b[7]; char name[11]; double d; struct s230 *next; };
static int f230(int x, int y) { struct s230 v; memset(&v,0,sizeof v); int t = x*230+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 230; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s231 { int a; long b[1]; char name[12]; double d; struct s231 *next; };
static int f231(int x, int y) { struct s231 v; memset(&v,0,sizeof v); int t = x*231+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 231; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s232 { int a; long b[2]; char name[13]; double d; struct s232 *next; };
static int f232(int x, int y) { struct s232 v; memset(&v,0,sizeof v); int t = x*232+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 232; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s233 { int a; long b[3]; char name[14]; double d; struct s233 *next; };
static int f233(int x, int y) { struct s233 v; memset(&v,0,sizeof v); int t = x*233+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 233; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s234 { int a; long b[4]; char name[2]; double d; struct s234 *next; };
static int f234(int x, int y) { struct s234 v; memset(&v,0,sizeof v); int t = x*234+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 234; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s235 { int a; long b[5]; char name[3]; double d; struct s235 *next; };
static int f235(int x, int y) { struct s235 v; memset(&v,0,sizeof v); int t = x*235+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 235; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s236 { int a; long b[6]; char name[4]; double d; struct s236 *next; };
static int f236(int x, int y) { struct s236 v; memset(&v,0,sizeof v); int t = x*236+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 236; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s237 { int a; long b[7]; char name[5]; double d; struct s237 *next; };
static int f237(int x, int y) { struct s237 v; memset(&v,0,sizeof v); int t = x*237+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 237; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s238 { int a; long b[1]; char name[6]; double d; struct s238 *next; };
static int f238(int x, int y) { struct s238 v; memset(&v,0,sizeof v); int t = x*238+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 238; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s239 { int a; long b[2]; char name[7]; double d; struct s239 *next; };
static int f239(int x, int y) { struct s239 v; memset(&v,0,sizeof v); int t = x*239+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 239; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s240 { int a; long b[3]; char name[8]; double d; struct s240 *next; };
static int f240(int x, int y) { struct s240 v; memset(&v,0,sizeof v); int t = x*240+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 240; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s241 { int a; long b[4]; char name[9]; double d; struct s241 *next; };
static int f241(int x, int y) { struct s241 v; memset(&v,0,sizeof v); int t = x*241+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 241; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s242 { int a; long b[5]; char name[10]; double d; struct s242 *next; };
static int f242(int x, int y) { struct s242 v; memset(&v,0,sizeof v); int t = x*242+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 242; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s243 { int a; long b[6]; char name[11]; double d; struct s243 *next; };
static int f243(int x, int y) { struct s243 v; memset(&v,0,sizeof v); int t = x*243+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 243; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s244 { int a; long b[7]; char name[12]; double d; struct s244 *next; };
static int f244(int x, int y) { struct s244 v; memset(&v,0,sizeof v); int t = x*244+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 244; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s245 { int a; long b[1]; char name[13]; double d; struct s245 *next; };
static int f245(int x, int y) { struct s245 v; memset(&v,0,sizeof v); int t = x*245+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 245; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s246 { int a; long b[2]; char name[14]; double d; struct s246 *next; };
static int f246(int x, int y) { struct s246 v; memset(&v,0,sizeof v); int t = x*246+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 246; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s247 { int a; long b[3]; char name[2]; double d; struct s247 *next; };
static int f247(int x, int y) { struct s247 v; memset(&v,0,sizeof v); int t = x*247+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 247; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s248 { int a; long b[4]; char name[3]; double d; struct s248 *next; };
static int f248(int x, int y) { struct s248 v; memset(&v,0,sizeof v); int t = x*248+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 248; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s249 { int a; long b[5]; char name[4]; double d; struct s249 *next; };
static int f249(int x, int y) { struct s249 v; memset(&v,0,sizeof v); int t = x*249+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 249; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s250 { int a; long b[6]; char name[5]; double d; struct s250 *next; };
static int f250(int x, int y) { struct s250 v; memset(&v,0,sizeof v); int t = x*250+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 250; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s251 { int a; long b[7]; char name[6]; double d; struct s251 *next; };
static int f251(int x, int y) { struct s251 v; memset(&v,0,sizeof v); int t = x*251+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 251; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s252 { int a; long b[1]; char name[7]; double d; struct s252 *next; };
static int f252(int x, int y) { struct s252 v; memset(&v,0,sizeof v); int t = x*252+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 252; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s253 { int a; long b[2]; char name[8]; double d; struct s253 *next; };
static int f253(int x, int y) { struct s253 v; memset(&v,0,sizeof v); int t = x*253+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 253; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s254 { int a; long b[3]; char name[9]; double d; struct s254 *next; };
static int f254(int x, int y) { struct s254 v; memset(&v,0,sizeof v); int t = x*254+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 254; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s255 { int a; long b[4]; char name[10]; double d; struct s255 *next; };
static int f255(int x, int y) { struct s255 v; memset(&v,0,sizeof v); int t = x*255+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 255; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s256 { int a; long b[5]; char name[11]; double d; struct s256 *next; };
static int f256(int x, int y) { struct s256 v; memset(&v,0,sizeof v); int t = x*256+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 256; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s257 { int a; long b[6]; char name[12]; double d; struct s257 *next; };
static int f257(int x, int y) { struct s257 v; memset(&v,0,sizeof v); int t = x*257+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 257; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s258 { int a; long b[7]; char name[13]; double d; struct s258 *next; };
static int f258(int x, int y) { struct s258 v; memset(&v,0,sizeof v); int t = x*258+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 258; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s259 { int a; long b[1]; char name[14]; double d; struct s259 *next; };
static int f259(int x, int y) { struct s259 v; memset(&v,0,sizeof v); int t = x*259+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 259; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s260 { int a; long b[2]; char name[2]; double d; struct s260 *next; };
static int f260(int x, int y) { struct s260 v; memset(&v,0,sizeof v); int t = x*260+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 260; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s261 { int a; long b[3]; char name[3]; double d; struct s261 *next; };
static int f261(int x, int y) { struct s261 v; memset(&v,0,sizeof v); int t = x*261+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 261; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s262 { int a; long b[4]; char name[4]; double d; struct s262 *next; };
static int f262(int x, int y) { struct s262 v; memset(&v,0,sizeof v); int t = x*262+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 262; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s263 { int a; long b[5]; char name[5]; double d; struct s263 *next; };
static int f263(int x, int y) { struct s263 v; memset(&v,0,sizeof v); int t = x*263+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 263; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s264 { int a; long b[6]; char name[6]; double d; struct s264 *next; };
static int f264(int x, int y) { struct s264 v; memset(&v,0,sizeof v); int t = x*264+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 264; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s265 { int a; long b[7]; char name[7]; double d; struct s265 *next; };
static int f265(int x, int y) { struct s265 v; memset(&v,0,sizeof v); int t = x*265+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 265; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s266 { int a; long b[1]; char name[8]; double d; struct s266 *next; };
static int f266(int x, int y) { struct s266 v; memset(&v,0,sizeof v); int t = x*266+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 266; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s267 { int a; long b[2]; char name[9]; double d; struct s267 *next; };
static int f267(int x, int y) { struct s267 v; memset(&v,0,sizeof v); int t = x*267+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 267; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s268 { int a; long b[3]; char name[10]; double d; struct s268 *next; };
static int f268(int x, int y) { struct s268 v; memset(&v,0,sizeof v); int t = x*268+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 268; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s269 { int a; long b[4]; char name[11]; double d; struct s269 *next; };
static int f269(int x, int y) { struct s269 v; memset(&v,0,sizeof v); int t = x*269+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 269; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s270 { int a; long b[5]; char name[12]; double d; struct s270 *next; };
static int f270(int x, int y) { struct s270 v; memset(&v,0,sizeof v); int t = x*270+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 270; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s271 { int a; long b[6]; char name[13]; double d; struct s271 *next; };
static int f271(int x, int y) { struct s271 v; memset(&v,0,sizeof v); int t = x*271+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 271; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s272 { int a; long b[7]; char name[14]; double d; struct s272 *next; };
static int f272(int x, int y) { struct s272 v; memset(&v,0,sizeof v); int t = x*272+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 272; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s273 { int a; long b[1]; char name[2]; double d; struct s273 *next; };
static int f273(int x, int y) { struct s273 v; memset(&v,0,sizeof v); int t = x*273+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 273; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s274 { int a; long b[2]; char name[3]; double d; struct s274 *next; };
static int f274(int x, int y) { struct s274 v; memset(&v,0,sizeof v); int t = x*274+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 274; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s275 { int a; long b[3]; char name[4]; double d; struct s275 *next; };
static int f275(int x, int y) { struct s275 v; memset(&v,0,sizeof v); int t = x*275+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 275; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s276 { int a; long b[4]; char name[5]; double d; struct s276 *next; };
static int f276(int x, int y) { struct s276 v; memset(&v,0,sizeof v); int t = x*276+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 276; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s277 { int a; long b[5]; char name[6]; double d; struct s277 *next; };
static int f277(int x, int y) { struct s277 v; memset(&v,0,sizeof v); int t = x*277+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 277; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s278 { int a; long b[6]; char name[7]; double d; struct s278 *next; };
static int f278(int x, int y) { struct s278 v; memset(&v,0,sizeof v); int t = x*278+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 278; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s279 { int a; long b[7]; char name[8]; double d; struct s279 *next; };
static int f279(int x, int y) { struct s279 v; memset(&v,0,sizeof v); int t = x*279+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 279; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s280 { int a; long b[1]; char name[9]; double d; struct s280 *next; };
static int f280(int x, int y) { struct s280 v; memset(&v,0,sizeof v); int t = x*280+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 280; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s281 { int a; long b[2]; char name[10]; double d; struct s281 *next; };
static int f281(int x, int y) { struct s281 v; memset(&v,0,sizeof v); int t = x*281+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 281; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s282 { int a; long b[3]; char name[11]; double d; struct s282 *next; };
static int f282(int x, int y) { struct s282 v; memset(&v,0,sizeof v); int t = x*282+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 282; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s283 { int a; long b[4]; char name[12]; double d; struct s283 *next; };
static int f283(int x, int y) { struct s283 v; memset(&v,0,sizeof v); int t = x*283+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 283; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s284 { int a; long b[5]; char name[13]; double d; struct s284 *next; };
static int f284(int x, int y) { struct s284 v; memset(&v,0,sizeof v); int t = x*284+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 284; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s285 { int a; long b[6]; char name[14]; double d; struct s285 *next; };
static int f285(int x, int y) { struct s285 v; memset(&v,0,sizeof v); int t = x*285+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 285; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s286 { int a; long b[7]; char name[2]; double d; struct s286 *next; };
static int f286(int x, int y) { struct s286 v; memset(&v,0,sizeof v); int t = x*286+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 286; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s287 { int a; long b[1]; char name[3]; double d; struct s287 *next; };
static int f287(int x, int y) { struct s287 v; memset(&v,0,sizeof v); int t = x*287+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 287; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s288 { int a; long b[2]; char name[4]; double d; struct s288 *next; };
static int f288(int x, int y) { struct s288 v; memset(&v,0,sizeof v); int t = x*288+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 288; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s289 { int a; long b[3]; char name[5]; double d; struct s289 *next; };
static int f289(int x, int y) { struct s289 v; memset(&v,0,sizeof v); int t = x*289+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 289; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s290 { int a; long b[4]; char name[6]; double d; struct s290 *next; };
static int f290(int x, int y) { struct s290 v; memset(&v,0,sizeof v); int t = x*290+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 290; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s291 { int a; long b[5]; char name[7]; double d; struct s291 *next; };
static int f291(int x, int y) { struct s291 v; memset(&v,0,sizeof v); int t = x*291+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 291; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s292 { int a; long b[6]; char name[8]; double d; struct s292 *next; };
static int f292(int x, int y) { struct s292 v; memset(&v,0,sizeof v); int t = x*292+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 292; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s293 { int a; long b[7]; char name[9]; double d; struct s293 *next; };
static int f293(int x, int y) { struct s293 v; memset(&v,0,sizeof v); int t = x*293+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 293; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s294 { int a; long b[1]; char name[10]; double d; struct s294 *next; };
static int f294(int x, int y) { struct s294 v; memset(&v,0,sizeof v); int t = x*294+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 294; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s295 { int a; long b[2]; char name[11]; double d; struct s295 *next; };
static int f295(int x, int y) { struct s295 v; memset(&v,0,sizeof v); int t = x*295+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 295; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s296 { int a; long b[3]; char name[12]; double d; struct s296 *next; };
static int f296(int x, int y) { struct s296 v; memset(&v,0,sizeof v); int t = x*296+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 296; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s297 { int a; long b[4]; char name[13]; double d; struct s297 *next; };
static int f297(int x, int y) { struct s297 v; memset(&v,0,sizeof v); int t = x*297+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 297; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s298 { int a; long b[5]; char name[14]; double d; struct s298 *next; };
static int f298(int x, int y) { struct s298 v; memset(&v,0,sizeof v); int t = x*298+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 298; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s299 { int a; long b[6]; char name[2]; double d; struct s299 *next; };
static int f299(int x, int y) { struct s299 v; memset(&v,0,sizeof v); int t = x*299+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 299; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s300 { int a; long b[7]; char name[3]; double d; struct s300 *next; };
static int f300(int x, int y) { struct s300 v; memset(&v,0,sizeof v); int t = x*300+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 300; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s301 { int a; long b[1]; char name[4]; double d; struct s301 *next; };
static int f301(int x, int y) { struct s301 v; memset(&v,0,sizeof v); int t = x*301+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 301; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s302 { int a; long b[2]; char name[5]; double d; struct s302 *next; };
static int f302(int x, int y) { struct s302 v; memset(&v,0,sizeof v); int t = x*302+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 302; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s303 { int a; long b[3]; char name[6]; double d; struct s303 *next; };
static int f303(int x, int y) { struct s303 v; memset(&v,0,sizeof v); int t = x*303+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 303; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s304 { int a; long b[4]; char name[7]; double d; struct s304 *next; };
static int f304(int x, int y) { struct s304 v; memset(&v,0,sizeof v); int t = x*304+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 304; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s305 { int a; long b[5]; char name[8]; double d; struct s305 *next; };
static int f305(int x, int y) { struct s305 v; memset(&v,0,sizeof v); int t = x*305+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 305; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s306 { int a; long b[6]; char name[9]; double d; struct s306 *next; };
static int f306(int x, int y) { struct s306 v; memset(&v,0,sizeof v); int t = x*306+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 306; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s307 { int a; long b[7]; char name[10]; double d; struct s307 *next; };
static int f307(int x, int y) { struct s307 v; memset(&v,0,sizeof v); int t = x*307+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 307; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s308 { int a; long b[1]; char name[11]; double d; struct s308 *next; };
static int f308(int x, int y) { struct s308 v; memset(&v,0,sizeof v); int t = x*308+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 308; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s309 { int a; long b[2]; char name[12]; double d; struct s309 *next; };
static int f309(int x, int y) { struct s309 v; memset(&v,0,sizeof v); int t = x*309+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 309; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s310 { int a; long b[3]; char name[13]; double d; struct s310 *next; };
static int f310(int x, int y) { struct s310 v; memset(&v,0,sizeof v); int t = x*310+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 310; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s311 { int a; long b[4]; char name[14]; double d; struct s311 *next; };
static int f311(int x, int y) { struct s311 v; memset(&v,0,sizeof v); int t = x*311+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 311; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s312 { int a; long b[5]; char name[2]; double d; struct s312 *next; };
static int f312(int x, int y) { struct s312 v; memset(&v,0,sizeof v); int t = x*312+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 312; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s313 { int a; long b[6]; char name[3]; double d; struct s313 *next; };
static int f313(int x, int y) { struct s313 v; memset(&v,0,sizeof v); int t = x*313+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 313; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s314 { int a; long b[7]; char name[4]; double d; struct s314 *next; };
static int f314(int x, int y) { struct s314 v; memset(&v,0,sizeof v); int t = x*314+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 314; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s315 { int a; long b[1]; char name[5]; double d; struct s315 *next; };
static int f315(int x, int y) { struct s315 v; memset(&v,0,sizeof v); int t = x*315+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 315; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s316 { int a; long b[2]; char name[6]; double d; struct s316 *next; };
static int f316(int x, int y) { struct s316 v; memset(&v,0,sizeof v); int t = x*316+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 316; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s317 { int a; long b[3]; char name[7]; double d; struct s317 *next; };
static int f317(int x, int y) { struct s317 v; memset(&v,0,sizeof v); int t = x*317+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 317; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s318 { int a; long b[4]; char name[8]; double d; struct s318 *next; };
static int f318(int x, int y) { struct s318 v; memset(&v,0,sizeof v); int t = x*318+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 318; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s319 { int a; long b[5]; char name[9]; double d; struct s319 *next; };
static int f319(int x, int y) { struct s319 v; memset(&v,0,sizeof v); int t = x*319+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 319; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s320 { int a; long b[6]; char name[10]; double d; struct s320 *next; };
static int f320(int x, int y) { struct s320 v; memset(&v,0,sizeof v); int t = x*320+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 320; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s321 { int a; long b[7]; char name[11]; double d; struct s321 *next; };
static int f321(int x, int y) { struct s321 v; memset(&v,0,sizeof v); int t = x*321+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 321; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s322 { int a; long b[1]; char name[12]; double d; struct s322 *next; };
static int f322(int x, int y) { struct s322 v; memset(&v,0,sizeof v); int t = x*322+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 322; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s323 { int a; long b[2]; char name[13]; double d; struct s323 *next; };
static int f323(int x, int y) { struct s323 v; memset(&v,0,sizeof v); int t = x*323+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 323; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s324 { int a; long b[3]; char name[14]; double d; struct s324 *next; };
static int f324(int x, int y) { struct s324 v; memset(&v,0,sizeof v); int t = x*324+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 324; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s325 { int a; long b[4]; char name[2]; double d; struct s325 *next; };
static int f325(int x, int y) { struct s325 v; memset(&v,0,sizeof v); int t = x*325+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 325; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s326 { int a; long b[5]; char name[3]; double d; struct s326 *next; };
static int f326(int x, int y) { struct s326 v; memset(&v,0,sizeof v); int t = x*326+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 326; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s327 { int a; long b[6]; char name[4]; double d; struct s327 *next; };
static int f327(int x, int y) { struct s327 v; memset(&v,0,sizeof v); int t = x*327+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 327; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s328 { int a; long b[7]; char name[5]; double d; struct s328 *next; };
static int f328(int x, int y) { struct s328 v; memset(&v,0,sizeof v); int t = x*328+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 328; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s329 { int a; long b[1]; char name[6]; double d; struct s329 *next; };
static int f329(int x, int y) { struct s329 v; memset(&v,0,sizeof v); int t = x*329+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 329; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s330 { int a; long b[2]; char name[7]; double d; struct s330 *next; };
static int f330(int x, int y) { struct s330 v; memset(&v,0,sizeof v); int t = x*330+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 330; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s331 { int a; long b[3]; char name[8]; double d; struct s331 *next; };
static int f331(int x, int y) { struct s331 v; memset(&v,0,sizeof v); int t = x*331+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 331; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s332 { int a; long b[4]; char name[9]; double d; struct s332 *next; };
static int f332(int x, int y) { struct s332 v; memset(&v,0,sizeof v); int t = x*332+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 332; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s333 { int a; long b[5]; char name[10]; double d; struct s333 *next; };
static int f333(int x, int y) { struct s333 v; memset(&v,0,sizeof v); int t = x*333+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 333; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s334 { int a; long b[6]; char name[11]; double d; struct s334 *next; };
static int f334(int x, int y) { struct s334 v; memset(&v,0,sizeof v); int t = x*334+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 334; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s335 { int a; long b[7]; char name[12]; double d; struct s335 *next; };
static int f335(int x, int y) { struct s335 v; memset(&v,0,sizeof v); int t = x*335+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 335; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s336 { int a; long b[1]; char name[13]; double d; struct s336 *next; };
static int f336(int x, int y) { struct s336 v; memset(&v,0,sizeof v); int t = x*336+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 336; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s337 { int a; long b[2]; char name[14]; double d; struct s337 *next; };
static int f337(int x, int y) { struct s337 v; memset(&v,0,sizeof v); int t = x*337+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 337; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s338 { int a; long b[3]; char name[2]; double d; struct s338 *next; };
static int f338(int x, int y) { struct s338 v; memset(&v,0,sizeof v); int t = x*338+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 338; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s339 { int a; long b[4]; char name[3]; double d; struct s339 *next; };
static int f339(int x, int y) { struct s339 v; memset(&v,0,sizeof v); int t = x*339+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 339; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s340 { int a; long b[5]; char name[4]; double d; struct s340 *next; };
static int f340(int x, int y) { struct s340 v; memset(&v,0,sizeof v); int t = x*340+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 340; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s341 { int a; long b[6]; char name[5]; double d; struct s341 *next; };
static int f341(int x, int y) { struct s341 v; memset(&v,0,sizeof v); int t = x*341+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 341; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s342 { int a; long b[7]; char name[6]; double d; struct s342 *next; };
static int f342(int x, int y) { struct s342 v; memset(&v,0,sizeof v); int t = x*342+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 342; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s343 { int a; long b[1]; char name[7]; double d; struct s343 *next; };
static int f343(int x, int y) { struct s343 v; memset(&v,0,sizeof v); int t = x*343+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 343; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s344 { int a; long b[2]; char name[8]; double d; struct s344 *next; };
static int f344(int x, int y) { struct s344 v; memset(&v,0,sizeof v); int t = x*344+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 344; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s345 { int a; long b[3]; char name[9]; double d; struct s345 *next; };
static int f345(int x, int y) { struct s345 v; memset(&v,0,sizeof v); int t = x*345+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 345; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s346 { int a; long b[4]; char name[10]; double d; struct s346 *next; };
static int f346(int x, int y) { struct s346 v; memset(&v,0,sizeof v); int t = x*346+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 346; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s347 { int a; long b[5]; char name[11]; double d; struct s347 *next; };
static int f347(int x, int y) { struct s347 v; memset(&v,0,sizeof v); int t = x*347+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 347; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s348 { int a; long b[6]; char name[12]; double d; struct s348 *next; };
static int f348(int x, int y) { struct s348 v; memset(&v,0,sizeof v); int t = x*348+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 348; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s349 { int a; long b[7]; char name[13]; double d; struct s349 *next; };
static int f349(int x, int y) { struct s349 v; memset(&v,0,sizeof v); int t = x*349+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 349; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s350 { int a; long b[1]; char name[14]; double d; struct s350 *next; };
static int f350(int x, int y) { struct s350 v; memset(&v,0,sizeof v); int t = x*350+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 350; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s351 { int a; long b[2]; char name[2]; double d; struct s351 *next; };
static int f351(int x, int y) { struct s351 v; memset(&v,0,sizeof v); int t = x*351+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 351; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s352 { int a; long b[3]; char name[3]; double d; struct s352 *next; };
static int f352(int x, int y) { struct s352 v; memset(&v,0,sizeof v); int t = x*352+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 352; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s353 { int a; long b[4]; char name[4]; double d; struct s353 *next; };
static int f353(int x, int y) { struct s353 v; memset(&v,0,sizeof v); int t = x*353+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 353; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s354 { int a; long b[5]; char name[5]; double d; struct s354 *next; };
static int f354(int x, int y) { struct s354 v; memset(&v,0,sizeof v); int t = x*354+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 354; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s355 { int a; long b[6]; char name[6]; double d; struct s355 *next; };
static int f355(int x, int y) { struct s355 v; memset(&v,0,sizeof v); int t = x*355+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 355; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s356 { int a; long b[7]; char name[7]; double d; struct s356 *next; };
static int f356(int x, int y) { struct s356 v; memset(&v,0,sizeof v); int t = x*356+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 356; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s357 { int a; long b[1]; char name[8]; double d; struct s357 *next; };
static int f357(int x, int y) { struct s357 v; memset(&v,0,sizeof v); int t = x*357+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 357; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s358 { int a; long b[2]; char name[9]; double d; struct s358 *next; };
static int f358(int x, int y) { struct s358 v; memset(&v,0,sizeof v); int t = x*358+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 358; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s359 { int a; long b[3]; char name[10]; double d; struct s359 *next; };
static int f359(int x, int y) { struct s359 v; memset(&v,0,sizeof v); int t = x*359+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 359; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s360 { int a; long b[4]; char name[11]; double d; struct s360 *next; };
static int f360(int x, int y) { struct s360 v; memset(&v,0,sizeof v); int t = x*360+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 360; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s361 { int a; long b[5]; char name[12]; double d; struct s361 *next; };
static int f361(int x, int y) { struct s361 v; memset(&v,0,sizeof v); int t = x*361+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 361; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s362 { int a; long b[6]; char name[13]; double d; struct s362 *next; };
static int f362(int x, int y) { struct s362 v; memset(&v,0,sizeof v); int t = x*362+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 362; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s363 { int a; long b[7]; char name[14]; double d; struct s363 *next; };
static int f363(int x, int y) { struct s363 v; memset(&v,0,sizeof v); int t = x*363+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 363; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s364 { int a; long b[1]; char name[2]; double d; struct s364 *next; };
static int f364(int x, int y) { struct s364 v; memset(&v,0,sizeof v); int t = x*364+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 364; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s365 { int a; long b[2]; char name[3]; double d; struct s365 *next; };
static int f365(int x, int y) { struct s365 v; memset(&v,0,sizeof v); int t = x*365+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 365; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s366 { int a; long b[3]; char name[4]; double d; struct s366 *next; };
static int f366(int x, int y) { struct s366 v; memset(&v,0,sizeof v); int t = x*366+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 366; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s367 { int a; long b[4]; char name[5]; double d; struct s367 *next; };
static int f367(int x, int y) { struct s367 v; memset(&v,0,sizeof v); int t = x*367+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 367; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s368 { int a; long b[5]; char name[6]; double d; struct s368 *next; };
static int f368(int x, int y) { struct s368 v; memset(&v,0,sizeof v); int t = x*368+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 368; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s369 { int a; long b[6]; char name[7]; double d; struct s369 *next; };
static int f369(int x, int y) { struct s369 v; memset(&v,0,sizeof v); int t = x*369+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 369; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s370 { int a; long b[7]; char name[8]; double d; struct s370 *next; };
static int f370(int x, int y) { struct s370 v; memset(&v,0,sizeof v); int t = x*370+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 370; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s371 { int a; long b[1]; char name[9]; double d; struct s371 *next; };
static int f371(int x, int y) { struct s371 v; memset(&v,0,sizeof v); int t = x*371+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 371; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s372 { int a; long b[2]; char name[10]; double d; struct s372 *next; };
static int f372(int x, int y) { struct s372 v; memset(&v,0,sizeof v); int t = x*372+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 372; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s373 { int a; long b[3]; char name[11]; double d; struct s373 *next; };
static int f373(int x, int y) { struct s373 v; memset(&v,0,sizeof v); int t = x*373+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 373; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s374 { int a; long b[4]; char name[12]; double d; struct s374 *next; };
static int f374(int x, int y) { struct s374 v; memset(&v,0,sizeof v); int t = x*374+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 374; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s375 { int a; long b[5]; char name[13]; double d; struct s375 *next; };
static int f375(int x, int y) { struct s375 v; memset(&v,0,sizeof v); int t = x*375+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 375; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s376 { int a; long b[6]; char name[14]; double d; struct s376 *next; };
static int f376(int x, int y) { struct s376 v; memset(&v,0,sizeof v); int t = x*376+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 376; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s377 { int a; long b[7]; char name[2]; double d; struct s377 *next; };
static int f377(int x, int y) { struct s377 v; memset(&v,0,sizeof v); int t = x*377+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 377; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s378 { int a; long b[1]; char name[3]; double d; struct s378 *next; };
static int f378(int x, int y) { struct s378 v; memset(&v,0,sizeof v); int t = x*378+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 378; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s379 { int a; long b[2]; char name[4]; double d; struct s379 *next; };
static int f379(int x, int y) { struct s379 v; memset(&v,0,sizeof v); int t = x*379+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 379; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s380 { int a; long b[3]; char name[5]; double d; struct s380 *next; };
static int f380(int x, int y) { struct s380 v; memset(&v,0,sizeof v); int t = x*380+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 380; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s381 { int a; long b[4]; char name[6]; double d; struct s381 *next; };
static int f381(int x, int y) { struct s381 v; memset(&v,0,sizeof v); int t = x*381+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 381; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s382 { int a; long b[5]; char name[7]; double d; struct s382 *next; };
static int f382(int x, int y) { struct s382 v; memset(&v,0,sizeof v); int t = x*382+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 382; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s383 { int a; long b[6]; char name[8]; double d; struct s383 *next; };
static int f383(int x, int y) { struct s383 v; memset(&v,0,sizeof v); int t = x*383+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 383; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s384 { int a; long b[7]; char name[9]; double d; struct s384 *next; };
static int f384(int x, int y) { struct s384 v; memset(&v,0,sizeof v); int t = x*384+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 384; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s385 { int a; long b[1]; char name[10]; double d; struct s385 *next; };
static int f385(int x, int y) { struct s385 v; memset(&v,0,sizeof v); int t = x*385+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 385; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s386 { int a; long b[2]; char name[11]; double d; struct s386 *next; };
static int f386(int x, int y) { struct s386 v; memset(&v,0,sizeof v); int t = x*386+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 386; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s387 { int a; long b[3]; char name[12]; double d; struct s387 *next; };
static int f387(int x, int y) { struct s387 v; memset(&v,0,sizeof v); int t = x*387+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 387; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s388 { int a; long b[4]; char name[13]; double d; struct s388 *next; };
static int f388(int x, int y) { struct s388 v; memset(&v,0,sizeof v); int t = x*388+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 388; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s389 { int a; long b[5]; char name[14]; double d; struct s389 *next; };
static int f389(int x, int y) { struct s389 v; memset(&v,0,sizeof v); int t = x*389+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 389; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s390 { int a; long b[6]; char name[2]; double d; struct s390 *next; };
static int f390(int x, int y) { struct s390 v; memset(&v,0,sizeof v); int t = x*390+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 390; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s391 { int a; long b[7]; char name[3]; double d; struct s391 *next; };
static int f391(int x, int y) { struct s391 v; memset(&v,0,sizeof v); int t = x*391+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 391; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s392 { int a; long b[1]; char name[4]; double d; struct s392 *next; };
static int f392(int x, int y) { struct s392 v; memset(&v,0,sizeof v); int t = x*392+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 392; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s393 { int a; long b[2]; char name[5]; double d; struct s393 *next; };
static int f393(int x, int y) { struct s393 v; memset(&v,0,sizeof v); int t = x*393+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 393; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s394 { int a; long b[3]; char name[6]; double d; struct s394 *next; };
static int f394(int x, int y) { struct s394 v; memset(&v,0,sizeof v); int t = x*394+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 394; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s395 { int a; long b[4]; char name[7]; double d; struct s395 *next; };
static int f395(int x, int y) { struct s395 v; memset(&v,0,sizeof v); int t = x*395+y; for (int k=0;k<x;k++) { t += k*0 - (t>>2); if (t%3==0) t ^= 395; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s396 { int a; long b[5]; char name[8]; double d; struct s396 *next; };
static int f396(int x, int y) { struct s396 v; memset(&v,0,sizeof v); int t = x*396+y; for (int k=0;k<x;k++) { t += k*1 - (t>>2); if (t%3==0) t ^= 396; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s397 { int a; long b[6]; char name[9]; double d; struct s397 *next; };
static int f397(int x, int y) { struct s397 v; memset(&v,0,sizeof v); int t = x*397+y; for (int k=0;k<x;k++) { t += k*2 - (t>>2); if (t%3==0) t ^= 397; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s398 { int a; long b[7]; char name[10]; double d; struct s398 *next; };
static int f398(int x, int y) { struct s398 v; memset(&v,0,sizeof v); int t = x*398+y; for (int k=0;k<x;k++) { t += k*3 - (t>>2); if (t%3==0) t ^= 398; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
struct s399 { int a; long b[1]; char name[11]; double d; struct s399 *next; };
static int f399(int x, int y) { struct s399 v; memset(&v,0,sizeof v); int t = x*399+y; for (int k=0;k<x;k++) { t += k*4 - (t>>2); if (t%3==0) t ^= 399; else v.d += sqrt((double)k); } v.a=t; snprintf(v.name, sizeof v.name, "n%d", t); printf("%d %s %f\n", v.a, v.name, v.d); return t + (int)sizeof(v) + toupper(v.name[0]); }
int main(void){ int s=0;
 s += f0(0,0);
 s += f1(1,1);
 s += f2(2,2);
 s += f3(3,3);
 s += f4(4,4);
 s += f5(5,5);
 s += f6(6,6);
 s += f7(7,7);
 s += f8(8,8);
 s += f9(9,9);
 s += f10(0,10);
 s += f11(1,11);
 s += f12(2,12);
 s += f13(3,13);
 s += f14(4,14);
 s += f15(5,15);
 s += f16(6,16);
 s += f17(7,17);
 s += f18(8,18);
 s += f19(9,19);
 s += f20(0,20);
 s += f21(1,21);
 s += f22(2,22);
 s += f23(3,23);
 s += f24(4,24);
 s += f25(5,25);
 s += f26(6,26);
 s += f27(7,27);
 s += f28(8,28);
 s += f29(9,29);
 s += f30(0,30);
 s += f31(1,31);
 s += f32(2,32);
 s += f33(3,33);
 s += f34(4,34);
 s += f35(5,35);
 s += f36(6,36);
 s += f37(7,37);
 s += f38(8,38);
 s += f39(9,39);
 s += f40(0,40);
 s += f41(1,41);
 s += f42(2,42);
 s += f43(3,43);
 s += f44(4,44);
 s += f45(5,45);
 s += f46(6,46);
 s += f47(7,47);
 s += f48(8,48);
 s += f49(9,49);
 s += f50(0,50);
 s += f51(1,51);
 s += f52(2,52);
 s += f53(3,53);
 s += f54(4,54);
 s += f55(5,55);
 s += f56(6,56);
 s += f57(7,57);
 s += f58(8,58);
 s += f59(9,59);
 s += f60(0,60);
 s += f61(1,61);
 s += f62(2,62);
 s += f63(3,63);
 s += f64(4,64);
 s += f65(5,65);
 s += f66(6,66);
 s += f67(7,67);
 s += f68(8,68);
 s += f69(9,69);
 s += f70(0,70);
 s += f71(1,71);
 s += f72(2,72);
 s += f73(3,73);
 s += f74(4,74);
 s += f75(5,75);
 s += f76(6,76);
 s += f77(7,77);
 s += f78(8,78);
 s += f79(9,79);
 s += f80(0,80);
 s += f81(1,81);
 s += f82(2,82);
 s += f83(3,83);
 s += f84(4,84);
 s += f85(5,85);
 s += f86(6,86);
 s += f87(7,87);
 s += f88(8,88);
 s += f89(9,89);
 s += f90(0,90);
 s += f91(1,91);
 s += f92(2,92);
 s += f93(3,93);
 s += f94(4,94);
 s += f95(5,95);
 s += f96(6,96);
 s += f97(7,97);
 s += f98(8,98);
 s += f99(9,99);
 s += f100(0,100);
 s += f101(1,101);
 s += f102(2,102);
 s += f103(3,103);
 s += f104(4,104);
 s += f105(5,105);
 s += f106(6,106);
 s += f107(7,107);
 s += f108(8,108);
 s += f109(9,109);
 s += f110(0,110);
 s += f111(1,111);
 s += f112(2,112);
 s += f113(3,113);
 s += f114(4,114);
 s += f115(5,115);
 s += f116(6,116);
 s += f117(7,117);
 s += f118(8,118);
 s += f119(9,119);
 s += f120(0,120);
 s += f121(1,121);
 s += f122(2,122);
 s += f123(3,123);
 s += f124(4,124);
 s += f125(5,125);
 s += f126(6,126);
 s += f127(7,127);
 s += f128(8,128);
 s += f129(9,129);
 s += f130(0,130);
 s += f131(1,131);
 s += f132(2,132);
 s += f133(3,133);
 s += f134(4,134);
 s += f135(5,135);
 s += f136(6,136);
 s += f137(7,137);
 s += f138(8,138);
 s += f139(9,139);
 s += f140(0,140);
 s += f141(1,141);
 s += f142(2,142);
 s += f143(3,143);
 s += f144(4,144);
 s += f145(5,145);
 s += f146(6,146);
 s += f147(7,147);
 s += f148(8,148);
 s += f149(9,149);
 s += f150(0,150);
 s += f151(1,151);
 s += f152(2,152);
 s += f153(3,153);
 s += f154(4,154);
 s += f155(5,155);
 s += f156(6,156);
 s += f157(7,157);
 s += f158(8,158);
 s += f159(9,159);
 s += f160(0,160);
 s += f161(1,161);
 s += f162(2,162);
 s += f163(3,163);
 s += f164(4,164);
 s += f165(5,165);
 s += f166(6,166);
 s += f167(7,167);
 s += f168(8,168);
 s += f169(9,169);
 s += f170(0,170);
 s += f171(1,171);
 s += f172(2,172);
 s += f173(3,173);
 s += f174(4,174);
 s += f175(5,175);
 s += f176(6,176);
 s += f177(7,177);
 s += f178(8,178);
 s += f179(9,179);
 s += f180(0,180);
 s += f181(1,181);
 s += f182(2,182);
 s += f183(3,183);
 s += f184(4,184);
 s += f185(5,185);
 s += f186(6,186);
 s += f187(7,187);
 s += f188(8,188);
 s += f189(9,189);
 s += f190(0,190);
 s += f191(1,191);
 s += f192(2,192);
 s += f193(3,193);
 s += f194(4,194);
 s += f195(5,195);
 s += f196(6,196);
 s += f197(7,197);
 s += f198(8,198);
 s += f199(9,199);
 s += f200(0,200);
 s += f201(1,201);
 s += f202(2,202);
 s += f203(3,203);
 s += f204(4,204);
 s += f205(5,205);
 s += f206(6,206);
 s += f207(7,207);
 s += f208(8,208);
 s += f209(9,209);
 s += f210(0,210);
 s += f211(1,211);
 s += f212(2,212);
 s += f213(3,213);
 s += f214(4,214);
 s += f215(5,215);
 s += f216(6,216);
 s += f217(7,217);
 s += f218(8,218);
 s += f219(9,219);
 s += f220(0,220);
 s += f221(1,221);
 s += f222(2,222);
 s += f223(3,223);
 s += f224(4,224);
 s += f225(5,225);
 s += f226(6,226);
 s += f227(7,227);
 s += f228(8,228);
 s += f229(9,229);
 s += f230(0,230);
 s += f231(1,231);
 s += f232(2,232);
 s += f233(3,233);
 s += f234(4,234);
 s += f235(5,235);
 s += f236(6,236);
 s += f237(7,237);
 s += f238(8,238);
 s += f239(9,239);
 s += f240(0,240);
 s += f241(1,241);
 s += f242(2,242);
 s += f243(3,243);
 s += f244(4,244);
 s += f245(5,245);
 s += f246(6,246);
 s += f247(7,247);
 s += f248(8,248);
 s += f249(9,249);
 s += f250(0,250);
 s += f251(1,251);
 s += f252(2,252);
 s += f253(3,253);
 s += f254(4,254);
 s += f255(5,255);
 s += f256(6,256);
 s += f257(7,257);
 s += f258(8,258);
 s += f259(9,259);
 s += f260(0,260);
 s += f261(1,261);
 s += f262(2,262);
 s += f263(3,263);
 s += f264(4,264);
 s += f265(5,265);
 s += f266(6,266);
 s += f267(7,267);
 s += f268(8,268);
 s += f269(9,269);
 s += f270(0,270);
 s += f271(1,271);
 s += f272(2,272);
 s += f273(3,273);
 s += f274(4,274);
 s += f275(5,275);
 s += f276(6,276);
 s += f277(7,277);
 s += f278(8,278);
 s += f279(9,279);
 s += f280(0,280);
 s += f281(1,281);
 s += f282(2,282);
 s += f283(3,283);
 s += f284(4,284);
 s += f285(5,285);
 s += f286(6,286);
 s += f287(7,287);
 s += f288(8,288);
 s += f289(9,289);
 s += f290(0,290);
 s += f291(1,291);
 s += f292(2,292);
 s += f293(3,293);
 s += f294(4,294);
 s += f295(5,295);
 s += f296(6,296);
 s += f297(7,297);
 s += f298(8,298);
 s += f299(9,299);
 s += f300(0,300);
 s += f301(1,301);
 s += f302(2,302);
 s += f303(3,303);
 s += f304(4,304);
 s += f305(5,305);
 s += f306(6,306);
 s += f307(7,307);
 s += f308(8,308);
 s += f309(9,309);
 s += f310(0,310);
 s += f311(1,311);
 s += f312(2,312);
 s += f313(3,313);
 s += f314(4,314);
 s += f315(5,315);
 s += f316(6,316);
 s += f317(7,317);
 s += f318(8,318);
 s += f319(9,319);
 s += f320(0,320);
 s += f321(1,321);
 s += f322(2,322);
 s += f323(3,323);
 s += f324(4,324);
 s += f325(5,325);
 s += f326(6,326);
 s += f327(7,327);
 s += f328(8,328);
 s += f329(9,329);
 s += f330(0,330);
 s += f331(1,331);
 s += f332(2,332);
 s += f333(3,333);
 s += f334(4,334);
 s += f335(5,335);
 s += f336(6,336);
 s += f337(7,337);
 s += f338(8,338);
 s += f339(9,339);
 s += f340(0,340);
 s += f341(1,341);
 s += f342(2,342);
 s += f343(3,343);
 s += f344(4,344);
 s += f345(5,345);
 s += f346(6,346);
 s += f347(7,347);
 s += f348(8,348);
 s += f349(9,349);
 s += f350(0,350);
 s += f351(1,351);
 s += f352(2,352);
 s += f353(3,353);
 s += f354(4,354);
 s += f355(5,355);
 s += f356(6,356);
 s += f357(7,357);
 s += f358(8,358);
 s += f359(9,359);
 s += f360(0,360);
 s += f361(1,361);
 s += f362(2,362);
 s += f363(3,363);
 s += f364(4,364);
 s += f365(5,365);
 s += f366(6,366);
 s += f367(7,367);
 s += f368(8,368);
 s += f369(9,369);
 s += f370(0,370);
 s += f371(1,371);
 s += f372(2,372);
 s += f373(3,373);
 s += f374(4,374);
 s += f375(5,375);
 s += f376(6,376);
 s += f377(7,377);
 s += f378(8,378);
 s += f379(9,379);
 s += f380(0,380);
 s += f381(1,381);
 s += f382(2,382);
 s += f383(3,383);
 s += f384(4,384);
 s += f385(5,385);
 s += f386(6,386);
 s += f387(7,387);
 s += f388(8,388);
 s += f389(9,389);
 s += f390(0,390);
 s += f391(1,391);
 s += f392(2,392);
 s += f393(3,393);
 s += f394(4,394);
 s += f395(5,395);
 s += f396(6,396);
 s += f397(7,397);
 s += f398(8,398);
 s += f399(9,399);
 return s & 1; }