// A hash table with separate chaining: strdup'd keys, lookups, updates, teardown.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BUCKETS 7

typedef struct Entry {
    char *key;
    int value;
    struct Entry *next;
} Entry;

unsigned hash(const char *s) {
    unsigned h = 5381;
    while (*s) h = h * 33 + (unsigned char)*s++;
    return h % BUCKETS;
}

void put(Entry **table, const char *key, int value) {
    unsigned h = hash(key);
    for (Entry *e = table[h]; e; e = e->next)
        if (strcmp(e->key, key) == 0) { e->value = value; return; }
    Entry *e = malloc(sizeof *e);
    e->key = strdup(key);
    e->value = value;
    e->next = table[h];
    table[h] = e;
}

int get(Entry **table, const char *key, int fallback) {
    for (Entry *e = table[hash(key)]; e; e = e->next)
        if (!strcmp(e->key, key)) return e->value;
    return fallback;
}

int main(void) {
    Entry *table[BUCKETS] = {0};
    const char *words[] = {"the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "the", "fox"};
    for (int i = 0; i < 11; i++) put(table, words[i], get(table, words[i], 0) + 1);
    printf("the=%d fox=%d cat=%d\n", get(table, "the", 0), get(table, "fox", 0), get(table, "cat", -1));
    for (int b = 0; b < BUCKETS; b++) {
        printf("%d:", b);
        Entry *e = table[b];
        while (e) {
            printf(" %s(%d)", e->key, e->value);
            Entry *next = e->next;
            free(e->key);
            free(e);
            e = next;
        }
        printf("\n");
    }
    return 0;
}
