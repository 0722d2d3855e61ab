// expect: heap-buffer-overflow line 9 column 5
// strcpy into a block one byte too small (the terminating NUL does not fit).
#include <stdlib.h>
#include <string.h>

int main(void) {
    const char *name = "memviz";
    char *copy = malloc(strlen(name));
    strcpy(copy, name); /* HERE */
    free(copy);
    return 0;
}
