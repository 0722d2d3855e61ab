// Title: Frames and LIFO order
// Watch main's frame at the top of the stack view, then each call push a new frame below it:
// the stack grows down, toward lower addresses. Each frame holds that call's parameters and locals.
// Watch the frames leave in the opposite order they came: the last one pushed is the first one
// popped (last in, first out). A return value travels back to the caller as its frame disappears.
// expect: clean
#include <stdio.h>

int inner(int z) {
    int doubled = z * 2;
    printf("    inner(%d): the deepest frame, returns %d\n", z, doubled);
    return doubled;
}

int middle(int y) {
    int plusOne = y + 1;
    printf("  middle(%d): calls inner(%d)\n", y, plusOne);
    int result = inner(plusOne);
    printf("  middle: inner's frame is gone, back in middle with %d\n", result);
    return result + 10;
}

int outer(int x) {
    printf("outer(%d): calls middle(%d)\n", x, x);
    int result = middle(x);
    printf("outer: middle's frame is gone, back in outer with %d\n", result);
    return result;
}

int main(void) {
    int start = 3;
    int answer = outer(start);
    printf("main: only main's frame is left; answer = %d\n", answer);
    return 0;
}
