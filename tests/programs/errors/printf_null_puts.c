// expect: null-dereference line 11 column 5
// printf("%s\n", name) with a NULL name: gcc compiles the call into puts(name), which crashes; printf of
// the same format through a variable would have printed "(null)" instead.
#include <stdio.h>

static const char *lookup(int id) { return id == 1 ? "one" : NULL; }

int main(void) {
    printf("%s\n", lookup(1));
    printf("[%s]\n", lookup(2));
    printf("%s\n", lookup(2));
    return 0;
}
