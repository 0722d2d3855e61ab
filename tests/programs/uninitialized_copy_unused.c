// Copying never-written values around is no error (valgrind tracks their undefinedness and reports only a
// use: a branch, an address, a printed value, the exit status). None of these copies is ever used.
#include <stdio.h>

struct pair { int a; int b; };

static int pass(int v) { return v; }

int main(void) {
    int x;
    int y = x;            /* a copy */
    int z = y * 3 + 1;    /* arithmetic on it */
    long w = (long)z;     /* a conversion */
    int r = pass(w);      /* through a parameter and a return value */
    int saved[2];
    saved[0] = r;         /* into memory and back */
    int back = saved[0];
    struct pair p;
    p.a = 1;
    struct pair q = p;    /* q.b stays undefined */
    (void)back;
    printf("%d\n", q.a);
    return 0;
}
