/* Globals with initializers, static locals, const, extern, pointers to globals, string tables. */
#include <stdio.h>

int counter;
static int limit = 3;
const char *names[] = {"zero", "one", "two", NULL};
int table[5] = {1, 2, [4] = 5};
int *first = &table[0];
char message[] = "static";
extern int later;
int later = 7;

int next_id(void) {
    static int id = 100;
    return id++;
}

int main(void) {
    for (int i = 0; i < limit; i++) counter += next_id();
    printf("%d %s %d %d %s %d\n", counter, names[2], table[4], *first, message, later);
    enum { K = 5 };
    int arr[K > 3 ? 4 : 2];
    printf("%zu\n", sizeof arr);
    return 0;
}
