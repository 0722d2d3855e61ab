// expect: null-dereference line 9
// Calling through a function pointer that was never set.
#include <stdio.h>

int (*handler)(int);

int main(void) {
    printf("start\n");
    int r = handler(3); /* HERE */
    printf("%d\n", r);
    return 0;
}
