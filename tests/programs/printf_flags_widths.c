// printf: flags, widths, precisions, length modifiers and return values, checked against glibc.
#include <stdio.h>
#include <limits.h>
#include <stdint.h>
#include <stddef.h>
#include <math.h>

int main(void) {
    int n = 0;
    int count;
    signed char sc = -5;
    short sh = -1234;
    long lg = -1234567890123L;
    unsigned long long ull = 18446744073709551615ULL;
    size_t sz = 4096;
    ptrdiff_t pd = -77;
    intmax_t im = INTMAX_MIN;

    count = printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%+05d]\n", 42, 42, 42, 42, 42, 42, -42);
    printf("count=%d\n", count);
    printf("[%i] [%.3d] [%8.3d] [%-8.3d|] [%.0d] [%.0d]\n", -7, 7, -7, 7, 0, 1);
    printf("[%u] [%o] [%#o] [%x] [%#x] [%X] [%#X] [%#x] [%#o]\n", 3000000000u, 8, 8, 255, 255, 255, 255, 0, 0);
    printf("[%hhd] [%hhu] [%hd] [%hu] [%hhx]\n", 300, -1, 70000, -1, sc);
    printf("[%hd] [%ld] [%lu] [%lld] [%llu] [%llx]\n", sh, lg, (unsigned long)lg, LLONG_MIN, ull, ull);
    printf("[%zu] [%zd] [%td] [%jd] [%#jx]\n", sz, (ptrdiff_t)sz, pd, im, (uintmax_t)im);
    printf("[%d] [%d] [%u] [%x]\n", INT_MAX, INT_MIN, UINT_MAX, -1);
    printf("[%*d] [%-*d] [%*d] [%.*d] [%.*d]\n", 6, 12, 6, 12, -6, 12, 4, 12, -1, 12);

    printf("[%f] [%.2f] [%10.3f] [%-10.1f|] [%+f] [% f] [%010.2f]\n", 3.14159, 3.14159, -2.5, 2.5, 1.0, 1.0, -3.75);
    printf("[%.0f] [%.0f] [%.0f] [%#.0f] [%.10f]\n", 0.5, 1.5, 2.5, 3.0, 1.0 / 3.0);
    printf("[%e] [%.2e] [%E] [%12.4e] [%.0e] [%#.0e]\n", 12345.678, 0.000123, 1e100, -1.5, 5e-324, 2.0);
    printf("[%g] [%g] [%g] [%g] [%.3g] [%#g] [%G] [%g]\n", 100000.0, 1000000.0, 0.0001, 0.00001, 3.14159, 1.0, 1e-10, 0.0);
    printf("[%a] [%A] [%.2a] [%a]\n", 1.0, 255.5, 3.14159, -0.1);
    printf("[%f] [%f] [%e] [%g] [%5.1f] [%-6f|] [%F]\n", INFINITY, -INFINITY, NAN, -NAN, INFINITY, NAN, INFINITY);
    printf("[%f] [%.3f] [%g] [%.20g]\n", -0.0, 1e-4, 123456789.0, 0.1);
    printf("[%f] [%.1f]\n", 1e300, 0.05);
    float f = 1.1f;
    printf("[%f] [%.10f] [%g]\n", f, f, f);

    printf("[%c] [%3c] [%-3c|] [%c%c%c]\n", 'A', 'b', 'c', 72, 105, 33);
    printf("[%s] [%10s] [%-10s|] [%.3s] [%10.2s] [%.*s] [%.0s]\n", "hello", "hi", "left", "abcdef", "xyz", 2, "QRST", "gone");
    const char *none = NULL;
    printf("[%s] [%10s] [%.3s] [%.6s] [%-8s|]\n", none, none, none, none, none);
    printf("[%p] [%10p] [%-10p|]\n", (void *)0, (void *)0, (void *)0);
    printf("100%% sure, %5%|%-5%|\n");
    printf("abc%ndef", &n);
    printf(" n=%d\n", n);
    short hn = 0;
    signed char cn = 0;
    long ln = 0;
    printf("%s%hn%hhn%ln\n", "twelve chars", &hn, &cn, &ln);
    printf("hn=%d cn=%d ln=%ld\n", hn, cn, ln);
    printf("%d %f %d %f\n", 1, 2.5, 3, 4.25);
    printf("%5.3d|%-+6d|%+-6d|% 05d|%#5x|%#-8o|\n", 5, 6, -6, 7, 31, 9);
    printf("%.3d|%.3u|%.0x|%#.0x|%#.0o|\n", -1, 2u, 0u, 0u, 0u);
    count = printf("");
    printf("empty returned %d\n", count);
    count = printf("%s\n", "via puts");
    printf("returned %d\n", count);
    printf("%c", 'X');
    printf("\n");
    printf("unknown: %y %k|\n");
    return 0;
}
