// expect: double-free line 9 column 5
// Freeing the same block twice through two pointers to it.
#include <stdlib.h>

int main(void) {
    char *buffer = malloc(32);
    char *alias = buffer;
    free(buffer);
    free(alias); /* HERE */
    return 0;
}
