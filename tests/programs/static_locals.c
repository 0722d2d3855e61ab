// Static locals keep their value between calls; each function has its own.
#include <stdio.h>

int counter(void) {
    static int count = 0;
    return ++count;
}

int other(void) {
    static int count = 100;
    count += 10;
    return count;
}

const char *label(int i) {
    static char buf[16];
    sprintf(buf, "item-%d", i);
    return buf;
}

int main(void) {
    for (int i = 0; i < 3; i++) printf("%d %d\n", counter(), other());
    printf("%s\n", label(4));
    printf("%s\n", label(12));
    return 0;
}
