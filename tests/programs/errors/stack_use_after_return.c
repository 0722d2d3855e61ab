// expect: stack-use-after-return line 12 column 5
// Returning the address of a local: the frame is gone when the caller uses it.
#include <stdio.h>

int *makeCounter(void) {
    int counter = 42;
    return &counter;
}

int main(void) {
    int *p = makeCounter();
    printf("%d\n", *p); /* HERE */
    return 0;
}
