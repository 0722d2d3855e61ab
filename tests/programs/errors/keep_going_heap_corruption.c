// expect: heap-buffer-overflow line 12 column 39
// expect-last: heap-buffer-overflow line 14 column 5 "free(): invalid size"
// keep-going: the loop writes 32 bytes into a 16-byte block: past its padding it really overwrites the
// next block's header. Freeing that neighbour finds the damage, as glibc does ("free(): invalid size"),
// and the run stops there even in keep-going mode.
// keep-going
#include <stdlib.h>

int main(void) {
    char *a = malloc(16);
    char *b = malloc(16);
    for (int i = 0; i < 32; i++) a[i] = 'x'; /* HERE */
    b[0] = 'b';
    free(b); /* HERE: the allocator notices */
    free(a);
    return 0;
}
