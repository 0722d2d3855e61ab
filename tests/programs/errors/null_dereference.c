// expect: null-dereference line 9 column 16
// Following a NULL pointer: the list is empty, but the code reads head->value anyway.
#include <stdio.h>
#include <stdlib.h>

struct node { int value; struct node *next; };

int first(struct node *head) {
    return head->value; /* HERE */
}

int main(void) {
    struct node *list = NULL;
    printf("%d\n", first(list));
    return 0;
}
