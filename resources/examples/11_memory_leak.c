// Title: A memory leak
// Watch makeGreeting malloc a block on every call and main drop it: the pointer is overwritten
// (or its frame popped) without a free, so nothing points at the block any more, yet it stays
// in use in the heap view. That is a leak: memory nobody can free.
// At exit memviz reports memory-leak, naming the malloc line and the bytes lost. In a long-running
// program leaks pile up until memory runs out.
// expect: memory-leak
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *makeGreeting(const char *name) {
    char *text = malloc(strlen(name) + 7);
    if (text == NULL) return NULL;
    strcpy(text, "Hello ");
    strcat(text, name);
    return text;
}

int main(void) {
    const char *names[3] = {"Ada", "Linus", "Grace"};
    char *greeting = NULL;
    for (int i = 0; i < 3; i++) {
        greeting = makeGreeting(names[i]);   /* the previous greeting is lost here */
        if (greeting == NULL) return 1;
        printf("%s\n", greeting);
    }
    free(greeting);                          /* frees only the last one */
    return 0;
}
