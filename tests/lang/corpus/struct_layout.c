/* Struct padding, nested structs, arrays of structs, struct assignment, offsetof. */
#include <stddef.h>
#include <stdio.h>

struct point { int x, y; };
struct mixed { char c; double d; short s; };
struct outer { char tag; struct point p; struct mixed m[2]; };
struct flex { int n; int data[]; };

struct point make(int x, int y) {
    struct point p = {x, y};
    return p;
}

int main(void) {
    struct point a = make(1, 2), b;
    b = a;
    b.y += 10;
    struct outer o = {'t', {3, 4}, {{'a', 1.5, 2}, {'b', 2.5, 3}}};
    printf("%zu %zu %zu %zu\n", sizeof(struct point), sizeof(struct mixed), sizeof(struct outer), sizeof(struct flex));
    printf("%zu %zu %zu\n", offsetof(struct mixed, d), offsetof(struct outer, m), offsetof(struct outer, m[1].s));
    printf("%d %d %c %.1f\n", b.x, b.y, o.m[1].c, o.m[0].d);
    struct point *pp = &o.p;
    pp->x = 99;
    printf("%d\n", o.p.x);
    return 0;
}
