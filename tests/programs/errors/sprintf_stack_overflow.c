// expect: stack-buffer-overflow line 8 column 5
// sprintf writes the whole formatted text plus its NUL: 7 bytes into a 4-byte array.
#include <stdio.h>

int main(void) {
    char small[4];
    int guard = 1;
    sprintf(small, "%d", 123456);
    printf("%s %d\n", small, guard);
    return 0;
}
