// expect: bad-free line 8 column 5
// free() of memory that malloc never returned: a local array.
#include <stdlib.h>

int main(void) {
    int local[4] = {1, 2, 3, 4};
    int *p = local;
    free(p); /* HERE */
    return 0;
}
