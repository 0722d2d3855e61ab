// Function pointers: tables of operations, callbacks, qsort and bsearch with comparators.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int add(int a, int b) { return a + b; }
int sub(int a, int b) { return a - b; }
int mul(int a, int b) { return a * b; }

int cmpInt(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}
int cmpDesc(const void *a, const void *b) { return cmpInt(b, a); }

struct Person { const char *name; int age; };
int byAge(const void *a, const void *b) {
    const struct Person *p = a, *q = b;
    return p->age - q->age;
}
int byName(const void *a, const void *b) {
    return strcmp(((const struct Person *)a)->name, ((const struct Person *)b)->name);
}

int apply(int (*op)(int, int), int x, int y) { return op(x, y); }

int main(void) {
    int (*ops[3])(int, int) = {add, sub, mul};
    const char *names[] = {"add", "sub", "mul"};
    for (int i = 0; i < 3; i++) printf("%s(7, 3) = %d\n", names[i], ops[i](7, 3));
    printf("apply: %d\n", apply(&mul, 6, 7));
    int v[] = {5, 3, 9, 1, 7, 3, 8, 2, 6, 4};
    int n = sizeof v / sizeof *v;
    qsort(v, n, sizeof(int), cmpInt);
    for (int i = 0; i < n; i++) printf("%d ", v[i]);
    printf("\n");
    int key = 7;
    int *found = bsearch(&key, v, n, sizeof(int), cmpInt);
    printf("found 7 at %ld\n", found ? (long)(found - v) : -1L);
    qsort(v, n, sizeof v[0], cmpDesc);
    for (int i = 0; i < n; i++) printf("%d ", v[i]);
    printf("\n");
    struct Person people[] = {{"Carol", 35}, {"Alice", 30}, {"Bob", 35}, {"Dave", 25}, {"Eve", 30}};
    qsort(people, 5, sizeof people[0], byAge);
    for (int i = 0; i < 5; i++) printf("%s %d\n", people[i].name, people[i].age);
    qsort(people, 5, sizeof people[0], byName);
    for (int i = 0; i < 5; i++) printf("%s ", people[i].name);
    printf("\n");
    return 0;
}
