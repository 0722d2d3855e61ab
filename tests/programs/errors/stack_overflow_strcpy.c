// expect: stack-buffer-overflow line 8 column 5
// strcpy of a long string into a small local buffer.
#include <string.h>
#include <stdio.h>

void greet(const char *name) {
    char buffer[8];
    strcpy(buffer, name); /* HERE */
    printf("hello %s\n", buffer);
}

int main(void) {
    greet("a name that is far too long");
    return 0;
}
