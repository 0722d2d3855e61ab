// expect: global-buffer-overflow line 11 column 21
// Reading one past the end of a global array.
#include <stdio.h>

int table[4] = {1, 2, 3, 4};
int other = 99;

int main(void) {
    int sum = 0;
    for (int i = 0; i <= 4; i++)
        sum += table[i]; /* HERE */
    printf("%d\n", sum);
    return 0;
}
