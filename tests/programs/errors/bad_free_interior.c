// expect: bad-free line 8 column 5
// free() of a pointer into the middle of a block.
#include <stdlib.h>

int main(void) {
    char *text = malloc(64);
    text += 8;
    free(text); /* HERE */
    return 0;
}
