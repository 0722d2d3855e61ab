// expect: uninitialized-read line 13 column 5
// A struct whose second field is never set: copying the struct is fine, printing the field is not.
#include <stdio.h>

struct point { int x; int y; };

int main(void) {
    struct point p;
    p.x = 3;
    struct point q = p;
    int x = q.x;
    printf("x = %d\n", x);
    printf("y = %d\n", q.y); /* HERE */
    return 0;
}
