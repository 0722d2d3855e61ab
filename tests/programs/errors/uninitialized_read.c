// expect: uninitialized-read line 8
// A sum that was never initialized.
#include <stdio.h>

int main(void) {
    int total;
    for (int i = 1; i <= 3; i++)
        total += i; /* HERE */
    printf("%d\n", total);
    return 0;
}
