// statement_plans.c: the statement shapes a block's plan takes apart (memviz's execCompound): else-if chains,
// ifs without else, one-statement branches and loop bodies, empty blocks and statements, declarations of one
// and of several variables (with calls and without), returns from inside branches, and gotos and switches
// that jump into and out of planned blocks and loops.
#include <stdio.h>
#include <stdlib.h>

static int calls = 0;

static int classify(int x) {
    calls++;
    if (x < 0)
        return -1;
    else if (x == 0)
        return 0;
    else if (x < 10)
        return 1;
    else if (x < 100) {
        int tens = x / 10;
        return 10 + tens;
    }
    return 2;
}

static int square(int x) { return x * x; }

static int find(const int *values, int n, int wanted) {
    for (int i = 0; i < n; i++)
        if (values[i] == wanted)
            return i;
    return -1;
}

static int jumps(int n) {
    int total = 0;
    int i = 0;
again:
    if (i < n) {
        total += i;
        i++;
        if (i % 3 == 0)
            goto skip;
        total++;
    skip:
        goto again;
    }
    {
        int k = 0;
        while (1) {
            k++;
            if (k > 4)
                goto out;
        }
    out:
        total += k;
    }
    return total;
}

static int inner(int n) {
    int result = 0;
    int i = n;
    if (n > 2)
        goto middle;
    for (i = 0; i < 3; i++) {
        result += i;
    middle:
        result += 100;
        if (result > 250)
            break;
    }
    return result * 10 + i;
}

static const char *name(int day) {
    const char *text = "?";
    switch (day) {
    case 0:
        text = "sun";
        break;
    case 6:
        text = "sat";
        break;
    default:
        if (day > 0 && day < 6) {
            text = "week";
            break;
        }
        text = "bad";
    }
    return text;
}

int main(void) {
    int values[8];
    int sum = 0, product = 1, odd = 0;
    for (int i = 0; i < 8; i++)
        values[i] = square(i) - 3 * i;
    for (int i = 0; i < 8; i++) {
        int c = classify(values[i]);
        if (c > 0)
            sum += c;
        if (c == 0) {
        }
        ;
        if (values[i] & 1)
            odd++;
        else
            product = product * (values[i] % 7 + 1) % 1000;
    }
    printf("sum %d product %d odd %d calls %d\n", sum, product, odd, calls);
    printf("find %d %d %d\n", find(values, 8, 28), find(values, 8, -2), find(values, 8, 99));
    printf("jumps %d %d inner %d %d\n", jumps(7), jumps(0), inner(1), inner(5));

    int a = 1, b, c = a + 2;
    b = a + c;
    int *p = malloc(sizeof *p), *q = NULL;
    *p = b * 10;
    if (q == NULL)
        q = p;
    printf("a %d b %d c %d *q %d\n", a, b, c, *q);
    free(p);

    int n = 0;
    do
        n += 3;
    while (n < 20);
    while (n > 0) {
        n -= 4;
        if (n % 2)
            continue;
        if (n < 5)
            break;
    }
    printf("n %d\n", n);

    for (int day = -1; day < 8; day++)
        printf("%s%c", name(day), day == 7 ? '\n' : ' ');

    int steps = 0;
    for (int i = 0; i < 5; i++)
        for (int j = 0; j < i; j++)
            steps += i * j;
    for (int i = 0; i < 3; i++) {
    }
    printf("steps %d\n", steps);
    return 0;
}
