// expect: uninitialized-read line 13
// One element of the array is never written: the sum carries its undefinedness, and printing the sum
// is the use valgrind reports.
#include <stdio.h>

int main(void) {
    int values[4];
    values[0] = 1;
    values[1] = 2;
    values[3] = 4;
    int sum = 0;
    for (int i = 0; i < 4; i++) sum += values[i];
    printf("%d\n", sum); /* HERE */
    return 0;
}
