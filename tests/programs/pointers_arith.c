// Pointer arithmetic: walking arrays, differences, pointers to pointers, swap through pointers.
#include <stdio.h>

void swap(int *a, int *b) {
    int t = *a;
    *a = *b;
    *b = t;
}

void setTo(int **pp, int *target) { *pp = target; }

int main(void) {
    int a[6] = {1, 2, 3, 4, 5, 6};
    int *p = a, *end = a + 6;
    int sum = 0;
    while (p < end) sum += *p++;
    printf("sum %d diff %ld\n", sum, (long)(end - a));
    int x = 1, y = 2;
    swap(&x, &y);
    printf("%d %d\n", x, y);
    int *q = NULL;
    setTo(&q, &a[3]);
    printf("%d %d %d\n", *q, q[-1], *(q + 2));
    for (int i = 0; i < 3; i++) swap(&a[i], &a[5 - i]);
    for (int i = 0; i < 6; i++) printf("%d ", a[i]);
    printf("\n");
    char s[] = "pointer";
    char *c = s + 3;
    printf("%c %s %ld\n", *c, c, (long)(c - s));
    int m[2][3] = {{1, 2, 3}, {4, 5, 6}};
    int *flat = &m[0][0];
    for (int i = 0; i < 6; i++) printf("%d", flat[i]);
    printf("\n");
    void *v = a;
    printf("%d\n", *((int *)v + 1));
    return 0;
}
