// A failing assert ends the process with SIGABRT (exit status 134); stdout so far is kept.
#include <stdio.h>
#include <assert.h>

int divide(int a, int b) {
    assert(b != 0);
    return a / b;
}

int main(void) {
    printf("%d\n", divide(10, 2));
    fflush(stdout);
    printf("%d\n", divide(1, 0));
    return 0;
}
