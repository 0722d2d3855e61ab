// Title: A double free
// Watch two owners share one heap block: a `Buffer` struct and main both hold its address.
// releaseBuffer frees it, then main frees it again. The second free is a double free: memviz
// stops with double-free. A real allocator may corrupt its free lists, hand the same block out
// twice, or crash much later, far from the bug. Decide who owns a block, and free it once.
// expect: double-free
#include <stdio.h>
#include <stdlib.h>

struct Buffer {
    int *data;
    int size;
};

void releaseBuffer(struct Buffer *b) {
    free(b->data);
    b->size = 0;          /* forgot: b->data = NULL; */
}

int main(void) {
    struct Buffer buf;
    buf.size = 4;
    buf.data = malloc(buf.size * sizeof(int));
    if (buf.data == NULL) return 1;
    int *mine = buf.data;                  /* main keeps its own copy of the address */
    for (int i = 0; i < buf.size; i++)
        mine[i] = i + 1;
    printf("first: %d, last: %d\n", mine[0], mine[3]);
    releaseBuffer(&buf);
    printf("buffer released\n");
    free(mine);                            /* the same block, freed a second time */
    printf("not reached\n");
    return 0;
}
