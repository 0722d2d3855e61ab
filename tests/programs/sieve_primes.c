// The sieve of Eratosthenes with a bool array; break and continue.
#include <stdio.h>
#include <stdbool.h>
#include <string.h>

#define LIMIT 200

int main(void) {
    bool composite[LIMIT + 1];
    memset(composite, 0, sizeof composite);
    for (int i = 2; i * i <= LIMIT; i++) {
        if (composite[i]) continue;
        for (int j = i * i; j <= LIMIT; j += i) composite[j] = true;
    }
    int count = 0;
    for (int i = 2; i <= LIMIT; i++) {
        if (composite[i]) continue;
        printf("%d ", i);
        if (++count == 30) break;
    }
    printf("\n%d primes shown\n", count);
    return 0;
}
