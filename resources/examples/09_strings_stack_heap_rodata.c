// Title: Strings on the stack, on the heap and in read-only data
// Watch `onStack`: `char onStack[] = "..."` copies the characters into main's frame, so the
// stack view shows the whole array and you may change it. `inRodata` is only a pointer: its arrow
// leads to the literal in the read-only data segment, shared and not writable (writing to it is
// an error). strdup makes a heap block holding a copy: writable, and yours to free.
// Compare sizeof: the array's size is its characters plus '\0'; a pointer is always 8 bytes.
// expect: clean
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    char onStack[] = "stack";       /* 6 bytes in main's frame */
    const char *inRodata = "rodata"; /* 8-byte pointer to a literal */
    char *onHeap = strdup("heap");  /* 5 bytes on the heap */
    if (onHeap == NULL) return 1;

    printf("sizeof onStack = %zu, strlen = %zu\n", sizeof onStack, strlen(onStack));
    printf("sizeof inRodata = %zu, strlen = %zu\n", sizeof inRodata, strlen(inRodata));
    printf("sizeof onHeap = %zu, strlen = %zu\n", sizeof onHeap, strlen(onHeap));

    onStack[0] = 'S';               /* fine: the array is ours */
    onHeap[0] = 'H';                /* fine: the heap copy is ours */
    /* inRodata[0] = 'R';  would not compile: the literal is read-only */

    char *copy = malloc(strlen(onStack) + strlen(onHeap) + 2);
    if (copy == NULL) return 1;
    strcpy(copy, onStack);
    strcat(copy, "+");
    strcat(copy, onHeap);
    printf("%s, %s, %s, %s\n", onStack, inRodata, onHeap, copy);

    free(copy);
    free(onHeap);
    return 0;
}
