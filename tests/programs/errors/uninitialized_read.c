// expect: uninitialized-read line 10
// A sum that was never initialized: adding to it only copies the undefinedness on (as valgrind
// tracks it); printing it is the first use.
#include <stdio.h>

int main(void) {
    int total;
    for (int i = 1; i <= 3; i++)
        total += i;
    printf("%d\n", total); /* HERE */
    return 0;
}
