// expect: heap-use-after-free line 12 column 5
// %s reads the string through the pointer: after free, that is a use after free at the printf.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    char *name = malloc(8);
    strcpy(name, "memviz");
    printf("%s!\n", name);
    free(name);
    printf("%s!\n", name);
    return 0;
}
