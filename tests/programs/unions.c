// Unions: overlapping members, type punning of integers, tagged unions.
#include <stdio.h>

union Word {
    unsigned int u;
    unsigned char bytes[4];
    unsigned short halves[2];
};

enum Kind { INT, REAL, TEXT };

struct Tagged {
    enum Kind kind;
    union {
        int i;
        double d;
        const char *s;
    } as;
};

void show(struct Tagged t) {
    switch (t.kind) {
    case INT: printf("int %d\n", t.as.i); break;
    case REAL: printf("real %.3f\n", t.as.d); break;
    case TEXT: printf("text %s\n", t.as.s); break;
    }
}

int main(void) {
    union Word w;
    w.u = 0x11223344;
    printf("%x %x %x %x\n", w.bytes[0], w.bytes[1], w.bytes[2], w.bytes[3]);
    printf("%x %x\n", w.halves[0], w.halves[1]);
    w.bytes[3] = 0xff;
    printf("%x\n", w.u);
    struct Tagged items[3];
    items[0].kind = INT; items[0].as.i = 42;
    items[1].kind = REAL; items[1].as.d = 2.5;
    items[2].kind = TEXT; items[2].as.s = "hello";
    for (int i = 0; i < 3; i++) show(items[i]);
    printf("%zu\n", sizeof(struct Tagged));
    return 0;
}
