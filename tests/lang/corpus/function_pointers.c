/* Function pointers: arrays of them, typedefs, callbacks (qsort), returning them. */
#include <stdio.h>
#include <stdlib.h>

typedef int (*binop)(int, int);

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }

static binop pick(char op) {
    switch (op) {
    case '+': return add;
    case '-': return &sub;
    default: return mul;
    }
}

static int compare(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static void apply(int *values, int n, void (*f)(int *)) {
    for (int i = 0; i < n; i++) f(&values[i]);
}

static void twice(int *p) { *p *= 2; }

int main(void) {
    int (*table[3])(int, int) = {add, sub, mul};
    for (int i = 0; i < 3; i++) printf("%d ", table[i](6, 3));
    printf("%d %d\n", pick('-')(10, 4), (*pick('*'))(10, 4));
    int values[] = {5, 3, 9, 1, 7};
    qsort(values, 5, sizeof(int), compare);
    apply(values, 5, twice);
    for (int i = 0; i < 5; i++) printf("%d ", values[i]);
    printf("\n");
    return 0;
}
