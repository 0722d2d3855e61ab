// expect: null-dereference line 9 column 5
// sscanf stores through its pointer argument: a NULL pointer is a crash at the call.
#include <stdio.h>

int main(void) {
    int value = 0;
    int *target = NULL;
    sscanf("41", "%d", &value);
    sscanf("42", "%d", target);
    printf("%d\n", value);
    return 0;
}
