// Static locals as counters and memo tables, a static global id generator, const pointers and pointers
// to const, const struct parameters, and a function keeping its running statistics between calls.
#include <stdio.h>

static int nextId(void) {
    static int id = 100;
    return id++;
}

long fibMemo(int n) {
    static long memo[60];
    static int hits = 0, misses = 0;
    if (n < 0) {
        printf("memo hits %d misses %d\n", hits, misses);
        return 0;
    }
    if (n < 2) return n;
    if (memo[n]) {
        hits++;
        return memo[n];
    }
    misses++;
    return memo[n] = fibMemo(n - 1) + fibMemo(n - 2);
}

double runningAverage(double sample) {
    static double sum = 0;
    static int count = 0;
    sum += sample;
    return sum / ++count;
}

const char *ordinal(int n) {
    static const char *const suffix[] = {"th", "st", "nd", "rd"};
    int last = n % 10;
    if (n % 100 >= 11 && n % 100 <= 13) return suffix[0];
    return last <= 3 ? suffix[last] : suffix[0];
}

typedef struct {
    const char *name;
    int stock;
} Item;

int total(const Item *items, int n) {
    int t = 0;
    for (const Item *p = items; p < items + n; p++) t += p->stock;
    return t;
}

void restock(Item *const item, int amount) { item->stock += amount; }

int main(void) {
    for (int i = 0; i < 4; i++) printf("id %d\n", nextId());
    long f50 = fibMemo(50);
    long f55 = fibMemo(55);
    printf("fib(50)=%ld fib(55)=%ld\n", f50, f55);
    fibMemo(-1);
    double samples[] = {4, 8, 15, 16, 23, 42};
    for (int i = 0; i < 6; i++) printf("avg after %g: %.4f\n", samples[i], runningAverage(samples[i]));
    int nums[] = {1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112};
    for (int i = 0; i < 13; i++) printf("%d%s ", nums[i], ordinal(nums[i]));
    printf("\n");
    Item shop[] = {{"bolts", 40}, {"nuts", 25}, {"gears", 3}};
    restock(&shop[2], 10);
    printf("total stock %d\n", total(shop, 3));
    const int limit = 10;
    const int *pc = &limit;
    int value = 5;
    int *const cp = &value;
    *cp += *pc;
    pc = &value;
    printf("value %d via pc %d limit %d\n", value, *pc, limit);
    const char *const greeting = "hello";
    printf("%s has %zu chars, first %c\n", greeting, sizeof("hello") - 1, *greeting);
    static int calls;
    calls++;
    printf("main's static %d, next id %d\n", calls, nextId());
    return 0;
}
