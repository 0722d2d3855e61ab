// A circular singly linked list: the Josephus problem, rotating the list, counting with a do-while
// walk, and freeing a cycle safely.
#include <stdio.h>
#include <stdlib.h>

struct Ring {
    int id;
    struct Ring *next;
};

struct Ring *buildRing(int n) {
    struct Ring *first = NULL, *last = NULL;
    for (int i = 1; i <= n; i++) {
        struct Ring *r = malloc(sizeof(struct Ring));
        r->id = i;
        r->next = NULL;
        if (!first) first = r;
        else last->next = r;
        last = r;
    }
    last->next = first;
    return last;
}

int ringSize(const struct Ring *any) {
    if (!any) return 0;
    int n = 0;
    const struct Ring *p = any;
    do {
        n++;
        p = p->next;
    } while (p != any);
    return n;
}

void printRing(const struct Ring *last) {
    const struct Ring *p = last->next;
    do {
        printf("%d ", p->id);
        p = p->next;
    } while (p != last->next);
    printf("(size %d)\n", ringSize(last));
}

int josephus(int n, int k, int verbose) {
    struct Ring *prev = buildRing(n);
    while (prev->next != prev) {
        for (int i = 1; i < k; i++) prev = prev->next;
        struct Ring *out = prev->next;
        prev->next = out->next;
        if (verbose) printf("out %d\n", out->id);
        free(out);
    }
    int survivor = prev->id;
    free(prev);
    return survivor;
}

int josephusFormula(int n, int k) {
    int r = 0;
    for (int i = 2; i <= n; i++) r = (r + k) % i;
    return r + 1;
}

void freeRing(struct Ring *last) {
    struct Ring *p = last->next;
    last->next = NULL;
    while (p) {
        struct Ring *next = p->next;
        free(p);
        p = next;
    }
}

int main(void) {
    struct Ring *last = buildRing(6);
    printRing(last);
    for (int i = 0; i < 2; i++) last = last->next;
    printRing(last);
    freeRing(last);
    printf("survivor of 7,3: %d\n", josephus(7, 3, 1));
    for (int n = 1; n <= 10; n++) {
        int a = josephus(n, 2, 0), b = josephusFormula(n, 2);
        printf("n=%2d k=2 survivor %2d formula %2d %s\n", n, a, b, a == b ? "ok" : "MISMATCH");
    }
    printf("41,3 -> %d\n", josephus(41, 3, 0));
    return 0;
}
