// exit() with a status from a nested call; the output so far is kept.
#include <stdio.h>
#include <stdlib.h>

void check(int value) {
    if (value > 3) {
        printf("value %d too big\n", value);
        exit(3);
    }
    printf("value %d ok\n", value);
}

int main(void) {
    for (int i = 0; i < 10; i++) check(i);
    return 0;
}
