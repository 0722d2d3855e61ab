// expect: heap-buffer-overflow line 9
// Writing far past a block lands in the next block's bytes: caught by the pointer's provenance.
#include <stdlib.h>

int main(void) {
    char *a = malloc(16);
    char *b = malloc(16);
    b[0] = 'b';
    a[40] = 'x'; /* HERE */
    free(a);
    free(b);
    return 0;
}
