// Arrays of pointers to functions, a function returning a function pointer through a typedef,
// callbacks with void * context, a tiny calculator dispatch table.
#include <stdio.h>
#include <string.h>

typedef int (*BinOp)(int, int);
typedef void (*Visitor)(int value, void *ctx);

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static int maxOf(int a, int b) { return a > b ? a : b; }

BinOp lookup(char op) {
    switch (op) {
    case '+': return add;
    case '-': return sub;
    case '*': return mul;
    case 'M': return maxOf;
    default: return NULL;
    }
}

int (*pick(int which))(int, int) {
    static int (*const table[])(int, int) = {add, sub, mul, maxOf};
    return table[which % 4];
}

void forEach(const int *values, int n, Visitor visit, void *ctx) {
    for (int i = 0; i < n; i++) visit(values[i], ctx);
}

struct Stats { int count; long sum; int max; };

void collect(int value, void *ctx) {
    struct Stats *s = ctx;
    s->count++;
    s->sum += value;
    if (s->count == 1 || value > s->max) s->max = value;
}

void printIt(int value, void *ctx) {
    const char *sep = ctx;
    printf("%d%s", value, sep);
}

int fold(const int *v, int n, BinOp op, int init) {
    int acc = init;
    for (int i = 0; i < n; i++) acc = op(acc, v[i]);
    return acc;
}

int main(void) {
    BinOp ops[] = {add, sub, mul, maxOf};
    const char *names[] = {"add", "sub", "mul", "max"};
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) printf("%s(7,3)=%d\n", names[i], ops[i](7, 3));

    const char *program = "3+4*2-5M9";
    int acc = program[0] - '0';
    for (size_t i = 1; i + 1 < strlen(program) + 1; i += 2) {
        BinOp f = lookup(program[i]);
        if (!f) break;
        acc = f(acc, program[i + 1] - '0');
        printf("after %c%c: %d\n", program[i], program[i + 1], acc);
    }
    printf("lookup('/') is %s\n", lookup('/') == NULL ? "NULL" : "set");
    for (int w = 0; w < 6; w++) printf("pick(%d)(10,4)=%d\n", w, pick(w)(10, 4));
    printf("same function: %d %d\n", pick(2) == mul, (*pick(1))(1, 2));

    int values[] = {4, -2, 9, 15, 3};
    struct Stats st = {0, 0, 0};
    forEach(values, 5, collect, &st);
    printf("count %d sum %ld max %d\n", st.count, st.sum, st.max);
    forEach(values, 5, printIt, " ");
    printf("\n");
    forEach(values, 3, printIt, (void *)"|");
    printf("\n");
    printf("fold add %d mul %d max %d\n", fold(values, 5, add, 0), fold(values, 5, mul, 1), fold(values, 5, maxOf, -100));
    void (*vp)(int, void *) = &printIt;
    (*vp)(42, "\n");
    return 0;
}
