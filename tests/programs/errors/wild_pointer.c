// expect: wild-pointer line 8 column 8
// An integer turned into a pointer points at nothing mapped.
#include <stdio.h>

int main(void) {
    long address = 0x12345678;
    int *p = (int *)address;
    *p = 5; /* HERE */
    printf("%d\n", *p);
    return 0;
}
