// expect: uninitialized-read line 11
// malloc does not zero memory: testing a field nobody wrote.
#include <stdio.h>
#include <stdlib.h>

struct item { int id; int used; };

int main(void) {
    struct item *it = malloc(sizeof *it);
    it->id = 1;
    if (it->used) /* HERE */
        printf("used\n");
    free(it);
    return 0;
}
