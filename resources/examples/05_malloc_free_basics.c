// Title: malloc and free
// Watch each malloc carve a block out of the heap: the heap view shows its size and who points
// at it. calloc gives a block that is already zeroed. free gives the block back: it turns free
// and may merge (coalesce) with free neighbours. After free, set the pointer to NULL so no arrow
// is left pointing at memory you no longer own.
// expect: clean
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int *numbers = malloc(5 * sizeof(int));
    if (numbers == NULL) return 1;
    for (int i = 0; i < 5; i++)
        numbers[i] = (i + 1) * 10;

    int *zeros = calloc(3, sizeof(int));   /* calloc clears the block */
    if (zeros == NULL) return 1;
    char *letters = malloc(4);
    if (letters == NULL) return 1;
    letters[0] = 'a';
    letters[1] = 'b';
    letters[2] = 'c';
    letters[3] = '\0';

    int sum = 0;
    for (int i = 0; i < 5; i++)
        sum += numbers[i];
    printf("sum of numbers: %d\n", sum);
    printf("zeros: %d %d %d\n", zeros[0], zeros[1], zeros[2]);
    printf("letters: %s\n", letters);

    free(zeros);      /* the middle block: a hole between two used blocks */
    zeros = NULL;
    free(numbers);    /* its free neighbour may merge with it */
    numbers = NULL;
    free(letters);
    letters = NULL;
    printf("everything freed\n");
    return 0;
}
