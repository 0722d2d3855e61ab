// expect: wild-pointer line 7 column 10
// Writing into a string literal: it lives in read-only memory.
#include <stdio.h>

int main(void) {
    char *s = "hello";
    s[0] = 'j'; /* HERE */
    puts(s);
    return 0;
}
