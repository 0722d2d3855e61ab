// Struct layout as gcc does it on x86-64: sizeof, alignment padding, offsetof, nested structs.
#include <stdio.h>
#include <stddef.h>

struct A { char c; int i; char d; };
struct B { char c; double d; short s; };
struct C { int i; char tag[5]; struct A inner; long l; };
struct D { char a, b; short s; int i; long long ll; };
union U { char c; int i; double d; char bytes[12]; };

int main(void) {
    printf("A %zu %zu %zu %zu\n", sizeof(struct A), offsetof(struct A, c), offsetof(struct A, i), offsetof(struct A, d));
    printf("B %zu %zu %zu\n", sizeof(struct B), offsetof(struct B, d), offsetof(struct B, s));
    printf("C %zu %zu %zu %zu\n", sizeof(struct C), offsetof(struct C, tag), offsetof(struct C, inner), offsetof(struct C, l));
    printf("D %zu %zu\n", sizeof(struct D), offsetof(struct D, ll));
    printf("U %zu\n", sizeof(union U));
    printf("basic %zu %zu %zu %zu %zu %zu %zu\n", sizeof(char), sizeof(short), sizeof(int), sizeof(long),
           sizeof(long long), sizeof(float), sizeof(double));
    printf("pointers %zu %zu\n", sizeof(void *), sizeof(int (*)(int)));
    struct C c = {1, "abcd", {'x', 2, 'y'}, 3};
    printf("%d %s %c %d %c %ld\n", c.i, c.tag, c.inner.c, c.inner.i, c.inner.d, c.l);
    struct C copy = c;
    copy.inner.i = 20;
    printf("%d %d\n", c.inner.i, copy.inner.i);
    return 0;
}
