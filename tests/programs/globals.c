// Globals: initialized (data) and zero (bss), arrays, pointers to globals, extern-style use across functions.
#include <stdio.h>

int counter;
int table[5] = {1, 2, 3};
const char *greeting = "hello";
double ratio = 0.75;
struct Point { int x, y; } origin = {3, 4};
int *alias = &table[1];
char message[] = "global text";

void bump(void) { counter += 2; table[4] = counter; }

int main(void) {
    bump();
    bump();
    printf("%d\n", counter);
    for (int i = 0; i < 5; i++) printf("%d ", table[i]);
    printf("\n%s %.2f %d %d\n", greeting, ratio, origin.x, origin.y);
    *alias = 20;
    printf("%d %zu %s\n", table[1], sizeof message, message);
    origin.y = -origin.y;
    printf("%d\n", origin.y);
    return 0;
}
