// Widening integer conversions: a signed narrow value converted to a wider unsigned type is sign-extended
// and then cut to that type (short -1 == 4294967295u), in comparisons, divisions, stores and compound assignments.
#include <stdio.h>
int main(void) { short s = -1; signed char c = -2; unsigned u = 4294967295u; long l = 0;
unsigned long x = (unsigned)c; unsigned short w = c; l += (unsigned)c; unsigned long y = (unsigned long)s;
printf("%d %d %u %lu %u %ld %lu %d\n", s == u, c < 4294967295u, s / 2u, x, w, l, y, (int)(w > 65000));
return 0; }
