// Title: A buffer overflow on the stack
// Watch `name`, an 8-byte array in greet's frame, next to the other locals. copyName copies
// characters until it sees '\0', but never checks the array's size: "Bartholomew" needs 12 bytes.
// memviz stops with stack-buffer-overflow at the first byte past the array. On a real machine
// the copy would run over the frame's other data, even the saved return address: the classic
// way attackers take over a program.
// expect: stack-buffer-overflow
#include <stdio.h>

void copyName(char *dest, const char *src) {
    int i = 0;
    while (src[i] != '\0') {     /* no check against the size of dest */
        dest[i] = src[i];
        i++;
    }
    dest[i] = '\0';
}

void greet(const char *who) {
    int visits = 1;
    char name[8];
    copyName(name, who);
    printf("hello %s, visit %d\n", name, visits);
}

int main(void) {
    greet("Ada");                /* fits: 4 bytes */
    greet("Bartholomew");        /* does not fit */
    return 0;
}
