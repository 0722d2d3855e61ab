// typedef, const, pointers to const, arrays of strings, string literals shared.
#include <stdio.h>
#include <string.h>

typedef unsigned long ulong;
typedef int (*BinOp)(int, int);
typedef const char *Name;

static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }

int main(void) {
    const int limit = 5;
    ulong total = 0;
    for (int i = 1; i <= limit; i++) total += (ulong)i * i;
    printf("%lu\n", total);
    BinOp op = gcd;
    printf("%d %d\n", op(84, 36), op(17, 5));
    Name names[] = {"ada", "grace", "linus", "dennis"};
    size_t longest = 0;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strlen(names[i]) > strlen(names[longest])) longest = i;
    printf("%s\n", names[longest]);
    const char *const msg = "constant";
    printf("%s %c\n", msg, msg[3]);
    int values[] = {3, 1, 4, 1, 5, 9, 2, 6};
    const int *ro = values;
    int best = *ro;
    for (int i = 1; i < 8; i++) if (ro[i] > best) best = ro[i];
    printf("%d\n", best);
    return 0;
}
