// Title: A dangling pointer (use after free)
// Watch `first` and `alias` both point at the same heap block. free(first) gives the block back,
// but `alias` still has its arrow to it: a dangling pointer. Reading through it is a bug:
// memviz stops with heap-use-after-free. In a real program the read might "work", print garbage,
// or read data that a later malloc put there, so these bugs are hard to find.
// expect: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>

struct Account {
    int id;
    int balance;
};

struct Account *openAccount(int id, int balance) {
    struct Account *a = malloc(sizeof *a);
    if (a == NULL) exit(1);
    a->id = id;
    a->balance = balance;
    return a;
}

int main(void) {
    struct Account *first = openAccount(1, 100);
    struct Account *alias = first;          /* two pointers, one block */
    printf("account %d has %d\n", alias->id, alias->balance);
    free(first);                            /* the block is gone... */
    first = NULL;                           /* ...and this pointer knows it */
    printf("after free: %d\n", alias->balance);   /* ...but alias does not */
    return 0;
}
