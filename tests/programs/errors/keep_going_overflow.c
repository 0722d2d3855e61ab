// expect: stack-buffer-overflow line 9 column 10
// keep-going mode: the overflow is reported, the neighbour really is overwritten, and the program ends.
#include <stdio.h>

int main(void) {
    int a[2] = {0, 0};
    int b = 7;
    int *p = a;
    p[2] = 1; /* HERE */
    printf("%d %d\n", b, a[0]);
    return 0;
}
