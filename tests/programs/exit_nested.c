// exit() from deep inside nested calls: a validating recursive-descent expression evaluator that
// stops the program with a specific status when it meets a syntax error; output so far is kept.
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>

static const char *src;
static int depth = 0;

void fail(const char *what, int status) {
    printf("error: %s at '%s' (depth %d)\n", what, *src ? src : "<end>", depth);
    exit(status);
}

long expr(void);

long factor(void) {
    depth++;
    long v;
    while (*src == ' ') src++;
    if (*src == '(') {
        src++;
        v = expr();
        while (*src == ' ') src++;
        if (*src != ')') fail("missing )", 3);
        src++;
    } else if (*src == '-') {
        src++;
        v = -factor();
    } else if (isdigit((unsigned char)*src)) {
        v = 0;
        while (isdigit((unsigned char)*src)) v = v * 10 + (*src++ - '0');
    } else {
        fail("expected a number", 4);
        v = 0;
    }
    depth--;
    return v;
}

long term(void) {
    long v = factor();
    for (;;) {
        while (*src == ' ') src++;
        if (*src == '*') {
            src++;
            v *= factor();
        } else if (*src == '/') {
            src++;
            long d = factor();
            if (d == 0) fail("division by zero", 5);
            v /= d;
        } else {
            return v;
        }
    }
}

long expr(void) {
    long v = term();
    for (;;) {
        while (*src == ' ') src++;
        if (*src == '+') {
            src++;
            v += term();
        } else if (*src == '-') {
            src++;
            v -= term();
        } else {
            return v;
        }
    }
}

long evaluate(const char *text) {
    src = text;
    depth = 0;
    long v = expr();
    if (*src != '\0') fail("trailing input", 6);
    return v;
}

int main(void) {
    const char *good[] = {"1 + 2 * 3", "(1 + 2) * 3", "-(4 - 10) / 2", "2 * (3 + (4 - 1)) * -1", "100 / 7 / 2"};
    for (int i = 0; i < 5; i++) printf("%-24s = %ld\n", good[i], evaluate(good[i]));
    printf("now a broken one\n");
    printf("%ld\n", evaluate("3 * (2 + 8 / (4 - 4))"));
    printf("not reached\n");
    return 0;
}
