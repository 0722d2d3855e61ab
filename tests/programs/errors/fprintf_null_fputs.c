// expect: null-dereference line 9 column 5
// fprintf(stream, "%s", s) becomes fputs(s, stream) in gcc's binary: a NULL s crashes there.
#include <stdio.h>

int main(void) {
    char *message = NULL;
    fprintf(stdout, "%s\n", message);
    fprintf(stdout, "%d\n", 1);
    fprintf(stdout, "%s", message);
    return 0;
}
