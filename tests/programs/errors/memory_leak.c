// expect: memory-leak line 8
// Each call allocates a buffer that nobody frees.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *shout(const char *s) {
    char *copy = malloc(strlen(s) + 2); /* HERE */
    strcpy(copy, s);
    strcat(copy, "!");
    return copy;
}

int main(void) {
    printf("%s\n", shout("hello"));
    printf("%s\n", shout("bye"));
    return 0;
}
