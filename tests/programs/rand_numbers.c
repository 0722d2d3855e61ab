// rand and srand: the same sequence as glibc's, default seed and chosen seeds.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    for (int i = 0; i < 5; i++) printf("%d\n", rand());
    srand(42);
    for (int i = 0; i < 5; i++) printf("%d ", rand() % 100);
    printf("\n");
    srand(0);
    printf("%d\n", rand());
    srand(123456789);
    int hist[6] = {0};
    for (int i = 0; i < 600; i++) hist[rand() % 6]++;
    for (int i = 0; i < 6; i++) printf("%d ", hist[i]);
    printf("\n");
    return 0;
}
