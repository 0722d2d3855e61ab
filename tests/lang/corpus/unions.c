/* Unions, enums and a tagged union; type punning through a union. */
#include <stdint.h>
#include <stdio.h>

enum kind { INT_VALUE, DOUBLE_VALUE, TEXT_VALUE = 10 };

struct value {
    enum kind kind;
    union {
        int i;
        double d;
        const char *text;
    } as;
};

union bits {
    float f;
    uint32_t u;
    unsigned char bytes[4];
};

void show(struct value v) {
    switch (v.kind) {
    case INT_VALUE: printf("int %d\n", v.as.i); break;
    case DOUBLE_VALUE: printf("double %.2f\n", v.as.d); break;
    case TEXT_VALUE: printf("text %s\n", v.as.text); break;
    }
}

int main(void) {
    struct value vs[3] = {{INT_VALUE, {.i = 42}}, {.kind = DOUBLE_VALUE, .as.d = 2.5}, {TEXT_VALUE, {.text = "hi"}}};
    for (int i = 0; i < 3; i++) show(vs[i]);
    union bits b;
    b.f = 1.0f;
    printf("%08x %u %zu %zu\n", b.u, b.bytes[3], sizeof(union bits), sizeof(struct value));
    return 0;
}
