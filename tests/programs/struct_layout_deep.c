// sizeof, _Alignof and offsetof of many structs: nested, with arrays, unions inside structs,
// char/double ordering, trailing padding, arrays of structs and bit-free packing by reordering.
#include <stdio.h>
#include <stddef.h>
#include <stdint.h>

struct Bad { char a; double b; char c; };
struct Good { double b; char a; char c; };
struct Trail { int i; char c; };
struct WithArr { char name[3]; int scores[3]; short tag; };
struct Inner { short s; char c; };
struct Outer { char x; struct Inner in; int y; struct Inner arr[2]; };
union Num { int i; float f; double d; char raw[10]; };
struct Tagged { char kind; union Num value; char flag; };
struct Ptrs { char c; void *p; char d; int (*fn)(int); };
struct Deep { struct Tagged t; struct Trail tr[3]; long long z; };
struct Small { char a, b, c; };
struct Mixed { uint8_t u8; uint16_t u16; uint32_t u32; uint64_t u64; };

#define SHOW(T) printf("%-16s size %2zu align %zu\n", #T, sizeof(T), _Alignof(T))

int main(void) {
    SHOW(struct Bad);
    SHOW(struct Good);
    SHOW(struct Trail);
    SHOW(struct WithArr);
    SHOW(struct Inner);
    SHOW(struct Outer);
    SHOW(union Num);
    SHOW(struct Tagged);
    SHOW(struct Ptrs);
    SHOW(struct Deep);
    SHOW(struct Small);
    SHOW(struct Mixed);
    printf("Bad: a %zu b %zu c %zu\n", offsetof(struct Bad, a), offsetof(struct Bad, b), offsetof(struct Bad, c));
    printf("Good: b %zu a %zu c %zu\n", offsetof(struct Good, b), offsetof(struct Good, a), offsetof(struct Good, c));
    printf("WithArr: name %zu scores %zu tag %zu\n", offsetof(struct WithArr, name), offsetof(struct WithArr, scores),
           offsetof(struct WithArr, tag));
    printf("Outer: x %zu in %zu in.c %zu y %zu arr %zu arr[1] %zu\n", offsetof(struct Outer, x),
           offsetof(struct Outer, in), offsetof(struct Outer, in.c), offsetof(struct Outer, y),
           offsetof(struct Outer, arr), offsetof(struct Outer, arr[1]));
    printf("Tagged: kind %zu value %zu flag %zu\n", offsetof(struct Tagged, kind), offsetof(struct Tagged, value),
           offsetof(struct Tagged, flag));
    printf("Ptrs: p %zu d %zu fn %zu\n", offsetof(struct Ptrs, p), offsetof(struct Ptrs, d), offsetof(struct Ptrs, fn));
    printf("Deep: tr %zu z %zu\n", offsetof(struct Deep, tr), offsetof(struct Deep, z));
    printf("Mixed: %zu %zu %zu %zu\n", offsetof(struct Mixed, u8), offsetof(struct Mixed, u16),
           offsetof(struct Mixed, u32), offsetof(struct Mixed, u64));

    struct Trail arr[4];
    printf("array of Trail: %zu bytes, stride %td\n", sizeof arr, (char *)&arr[1] - (char *)&arr[0]);
    struct Outer o = {'q', {7, 'c'}, 42, {{1, 'a'}, {2, 'b'}}};
    printf("o: %c %d %c %d %d%c %d%c\n", o.x, o.in.s, o.in.c, o.y, o.arr[0].s, o.arr[0].c, o.arr[1].s, o.arr[1].c);
    unsigned char *bytes = (unsigned char *)&o.in;
    printf("inner bytes: %d %d %d\n", bytes[0], bytes[1], bytes[2]);
    struct Tagged t;
    t.kind = 'd';
    t.value.d = 2.5;
    t.flag = 1;
    printf("tagged %c %.2f %d\n", t.kind, t.value.d, t.flag);
    t.value.i = 65;
    printf("raw[0]=%c\n", t.value.raw[0]);
    printf("sizes saved by reordering: %zu\n", sizeof(struct Bad) - sizeof(struct Good));
    return 0;
}
