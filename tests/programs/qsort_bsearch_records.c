// qsort of structs with multiple keys (descending score, then name, then id), bsearch over a
// sorted array of ints and of structs by key, a stable order check.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int id;
    char name[12];
    int score;
} Student;

int byScoreThenName(const void *a, const void *b) {
    const Student *x = a, *y = b;
    if (x->score != y->score) return y->score - x->score;
    int c = strcmp(x->name, y->name);
    if (c != 0) return c;
    return (x->id > y->id) - (x->id < y->id);
}

int byId(const void *a, const void *b) {
    const Student *x = a, *y = b;
    return (x->id > y->id) - (x->id < y->id);
}

int cmpInt(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

int keyToStudent(const void *key, const void *elem) {
    int id = *(const int *)key;
    const Student *s = elem;
    return (id > s->id) - (id < s->id);
}

void show(const Student *s, int n) {
    for (int i = 0; i < n; i++) printf("  %3d %-8s %3d\n", s[i].id, s[i].name, s[i].score);
}

int main(void) {
    Student st[] = {
        {17, "maria", 88}, {3, "li", 92}, {42, "omar", 88}, {8, "ana", 75},
        {23, "li", 88}, {11, "zoe", 92}, {5, "maria", 88}, {30, "ben", 60},
    };
    int n = sizeof st / sizeof st[0];
    qsort(st, n, sizeof st[0], byScoreThenName);
    printf("by score desc, name, id:\n");
    show(st, n);
    qsort(st, n, sizeof(Student), byId);
    printf("by id:\n");
    show(st, n);
    int keys[] = {23, 4, 30, 3, 100};
    for (int i = 0; i < 5; i++) {
        Student *found = bsearch(&keys[i], st, n, sizeof st[0], keyToStudent);
        if (found) printf("id %d -> %s (index %td)\n", keys[i], found->name, found - st);
        else printf("id %d -> not found\n", keys[i]);
    }

    int nums[] = {42, -7, 19, 0, 3, 3, -100, 77, 8, 12};
    int m = sizeof nums / sizeof *nums;
    qsort(nums, m, sizeof *nums, cmpInt);
    for (int i = 0; i < m; i++) printf("%d ", nums[i]);
    printf("\n");
    for (int k = -100; k <= 100; k += 37) {
        int *hit = bsearch(&k, nums, m, sizeof(int), cmpInt);
        printf("%d:%s ", k, hit ? "yes" : "no");
    }
    printf("\n");
    int three = 3;
    int *h = bsearch(&three, nums, m, sizeof(int), cmpInt);
    printf("3 found: %d\n", h != NULL && *h == 3);
    qsort(nums, 0, sizeof(int), cmpInt);
    qsort(nums, 1, sizeof(int), cmpInt);
    printf("first %d\n", nums[0]);
    return 0;
}
