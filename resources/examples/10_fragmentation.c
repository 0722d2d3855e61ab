// Title: Fragmentation: the allocator's choice matters
// Watch the heap view and the fragmentation chart: ten blocks of different sizes, then every other
// one freed. The small blocks still in use keep the five holes apart, so they cannot merge.
// Then requests of 40, 60, 100 and 180 bytes arrive. Best-fit puts each in the tightest hole;
// first-fit splits the first hole big enough, so the 180 no longer fits in any hole; worst-fit
// takes the biggest free space; buddy rounds every size up to a power of two.
// Change the allocator in Settings, run again, and compare where each request lands.
// expect: clean
#include <stdio.h>
#include <stdlib.h>

#define COUNT 10

int main(void) {
    size_t sizes[COUNT] = {100, 16, 60, 16, 200, 16, 40, 16, 120, 16};
    char *blocks[COUNT];
    for (int i = 0; i < COUNT; i++) {
        blocks[i] = malloc(sizes[i]);
        if (blocks[i] == NULL) return 1;
    }
    printf("allocated %d blocks\n", COUNT);

    for (int i = 0; i < COUNT; i += 2) {   /* free 100, 60, 200, 40 and 120: five holes */
        free(blocks[i]);
        blocks[i] = NULL;
    }
    printf("freed every other block\n");

    size_t requests[4] = {40, 60, 100, 180};
    char *served[4];
    for (int i = 0; i < 4; i++) {
        served[i] = malloc(requests[i]);   /* which hole does it land in? */
        if (served[i] == NULL) return 1;
        printf("request %d: %zu bytes served\n", i + 1, requests[i]);
    }

    for (int i = 0; i < 4; i++)
        free(served[i]);
    for (int i = 1; i < COUNT; i += 2)
        free(blocks[i]);
    printf("all freed\n");
    return 0;
}
