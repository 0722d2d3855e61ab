// printf conversions: widths, precisions, flags, lengths, %c %s %x %o %e %g %%.
#include <stdio.h>

int main(void) {
    printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d]\n", 42, 42, 42, 42, 42, 42);
    printf("[%x] [%X] [%#x] [%o] [%#o] [%08x]\n", 255, 255, 255, 8, 8, 0xbeef);
    printf("[%u] [%lu] [%lld] [%hd] [%hhd]\n", 4000000000u, 123456789012UL, -9000000000LL, (short)-2, (char)65);
    printf("[%f] [%.2f] [%10.3f] [%-10.1f] [%+.0f]\n", 3.14159, 3.14159, 3.14159, 2.5, 2.5);
    printf("[%e] [%.3E] [%g] [%g] [%g] [%G]\n", 12345.678, 0.000123, 100000.0, 1000000.0, 0.0001, 1e-10);
    printf("[%c] [%3c] [%-3c]\n", 'x', 'y', 'z');
    printf("[%s] [%10s] [%-10s] [%.3s] [%*d] [%-*d] [%.*f]\n", "hi", "right", "left", "truncate", 6, 7, 4, 8, 2, 1.23456);
    printf("100%%\n");
    printf("[%5.1f%%]\n", 99.5);
    printf("[%ld] [%li]\n", -1L, 2147483648L);
    printf("[%10.4e]\n", -0.0031415);
    printf("[%g] [%g]\n", 1.0 / 3, 2.0);
    printf("[%#.3g] [%.0e]\n", 1.0, 15000.0);
    int n = printf("abc\n");
    printf("%d\n", n);
    char buf[32];
    int len = sprintf(buf, "%d-%s-%.1f", 7, "x", 0.25);
    printf("%s %d\n", buf, len);
    len = snprintf(buf, 5, "%s", "abcdefgh");
    printf("%s %d\n", buf, len);
    return 0;
}
