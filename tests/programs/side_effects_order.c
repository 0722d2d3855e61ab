// Expressions with defined side effects: short-circuit && and || skipping calls, the comma operator,
// ternary chains, pre/post increment in separate full expressions, compound assignments, sequencing.
#include <stdio.h>

static int calls = 0;
static char trace[64];

int check(char tag, int result) {
    trace[calls++] = tag;
    trace[calls] = '\0';
    return result;
}

const char *grade(int score) {
    return score >= 90 ? "A" : score >= 80 ? "B" : score >= 70 ? "C" : score >= 60 ? "D" : "F";
}

int sign(int x) { return x > 0 ? 1 : x < 0 ? -1 : 0; }

int main(void) {
    calls = 0;
    if (check('a', 0) && check('b', 1)) printf("never\n");
    printf("&& short-circuit: %s\n", trace);
    calls = 0;
    if (check('a', 1) || check('b', 1)) printf("|| short-circuit: %s\n", trace);
    calls = 0;
    int r = check('a', 1) && (check('b', 0) || check('c', 2)) && check('d', 3);
    printf("mixed: %s -> %d\n", trace, r);
    calls = 0;
    r = (check('x', 0) || check('y', 0)) ? check('t', 5) : check('f', 6);
    printf("ternary: %s -> %d\n", trace, r);

    int i = 0, j = 0;
    int a = i++;
    int b = ++j;
    printf("i=%d a=%d j=%d b=%d\n", i, a, j, b);
    int arr[5] = {10, 20, 30, 40, 50};
    int *p = arr;
    int first = *p++;
    int second = *p;
    int bumped = ++*p;
    int third = (*p)++;
    printf("%d %d %d %d arr[1]=%d\n", first, second, bumped, third, arr[1]);
    int k = (i = 5, j = i * 2, i + j);
    printf("comma: i=%d j=%d k=%d\n", i, j, k);
    int x = 1;
    for (int m = 0, n = 10; m < n; m += 3, n -= 2) x = x * 2 + (m < 3, n);
    printf("for with commas: x=%d\n", x);

    for (int s = 55; s <= 100; s += 9) printf("%d:%s ", s, grade(s));
    printf("\n");
    printf("signs %d %d %d\n", sign(-7), sign(0), sign(12));

    int v = 10;
    v += 5;
    v -= 3;
    v *= 4;
    v /= 5;
    v %= 7;
    v <<= 3;
    v >>= 1;
    v |= 0x40;
    v &= 0x7c;
    v ^= 0x15;
    printf("compound v=%d\n", v);
    int y = 3;
    int z = y++ + 10;
    z += --y;
    printf("y=%d z=%d\n", y, z);
    int countdown = 5, total = 0;
    while (countdown--) total += countdown;
    printf("countdown ended at %d, total %d\n", countdown, total);
    int n = 0;
    n = n++ ? 100 : 200;
    printf("n=%d\n", n);
    unsigned bits = 0;
    bits |= 1u << 3, bits |= 1u << 5;
    printf("bits=%u !bits=%d !!bits=%d ~bits&0xff=%u\n", bits, !bits, !!bits, ~bits & 0xff);
    int nonzero = (0 || 7) + (3 && -1) + !0 + (5 == 5.0);
    printf("logical values %d\n", nonzero);
    return 0;
}
