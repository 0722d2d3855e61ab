// expect: uninitialized-read line 10
// Copying an uninitialized variable is no error yet (valgrind tracks the undefinedness through the copy);
// branching on the copy is: "Conditional jump or move depends on uninitialised value(s)".
#include <stdio.h>

int main(void) {
    int limit;
    int copy = limit;
    int doubled = copy * 2;
    if (doubled > 10) /* HERE */
        printf("big\n");
    else
        printf("small\n");
    return 0;
}
