// Casts between integer and floating types, truncation, sign extension, pointers and integers.
#include <stdio.h>

int main(void) {
    double d = 3.99;
    int i = (int)d;
    printf("%d %d\n", i, (int)-3.99);
    printf("%.2f\n", (double)7 / 2);
    printf("%d\n", 7 / 2);
    float f = 1.0f / 3.0f;
    printf("%.10f\n", f);
    printf("%.10f\n", (double)(1.0 / 3.0));
    long big = 0x123456789L;
    printf("%x\n", (unsigned)big);
    printf("%d\n", (short)0x12345);
    printf("%d\n", (char)0x1ff);
    unsigned char uc = 250;
    int widened = (signed char)uc;
    printf("%d\n", widened);
    int arr[4] = {10, 20, 30, 40};
    long addr = (long)&arr[2] - (long)&arr[0];
    printf("%ld\n", addr);
    int *p = (int *)((char *)arr + 4);
    printf("%d\n", *p);
    unsigned int bits = 0x40490fdb;
    float *pf = (float *)&bits;
    printf("%.5f\n", *pf);
    double neg = -0.5;
    printf("%d %u\n", (int)neg, (unsigned)(int)-1.0);
    printf("%lu\n", (unsigned long)1e19);
    printf("%d\n", (_Bool)0.1);
    printf("%d\n", (_Bool)256);
    return 0;
}
