// expect: stack-buffer-overflow line 10 column 19
// Writing past a local array into the neighbouring local.
#include <stdio.h>

int main(void) {
    int before = 1;
    int values[4];
    int after = 2;
    for (int i = 0; i < 5; i++)
        values[i] = i; /* HERE */
    printf("%d %d\n", before, after);
    return 0;
}
