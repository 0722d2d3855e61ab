// A hash table with chaining that grows: the bucket array is resized with realloc and entries are
// rehashed when the load factor passes 3/4; word counting, deletion, and a final report.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Entry {
    char *key;
    int count;
    struct Entry *next;
} Entry;

typedef struct {
    Entry **buckets;
    size_t capacity, size;
    int resizes;
} Table;

static unsigned long hash(const char *s) {
    unsigned long h = 5381;
    while (*s) h = h * 33 + (unsigned char)*s++;
    return h;
}

static void rehash(Table *t) {
    size_t old = t->capacity;
    t->capacity *= 2;
    t->buckets = realloc(t->buckets, t->capacity * sizeof *t->buckets);
    for (size_t i = old; i < t->capacity; i++) t->buckets[i] = NULL;
    for (size_t i = 0; i < old; i++) {
        Entry *e = t->buckets[i], *keep = NULL;
        t->buckets[i] = NULL;
        while (e) {
            Entry *next = e->next;
            size_t b = hash(e->key) % t->capacity;
            if (b == i) {
                e->next = keep;
                keep = e;
            } else {
                e->next = t->buckets[b];
                t->buckets[b] = e;
            }
            e = next;
        }
        t->buckets[i] = keep;
    }
    t->resizes++;
}

void add(Table *t, const char *word) {
    size_t b = hash(word) % t->capacity;
    for (Entry *e = t->buckets[b]; e; e = e->next)
        if (strcmp(e->key, word) == 0) {
            e->count++;
            return;
        }
    Entry *e = malloc(sizeof *e);
    e->key = strdup(word);
    e->count = 1;
    e->next = t->buckets[b];
    t->buckets[b] = e;
    if (++t->size * 4 > t->capacity * 3) rehash(t);
}

int removeKey(Table *t, const char *word) {
    Entry **link = &t->buckets[hash(word) % t->capacity];
    while (*link) {
        if (strcmp((*link)->key, word) == 0) {
            Entry *dead = *link;
            *link = dead->next;
            free(dead->key);
            free(dead);
            t->size--;
            return 1;
        }
        link = &(*link)->next;
    }
    return 0;
}

int countOf(const Table *t, const char *word) {
    for (Entry *e = t->buckets[hash(word) % t->capacity]; e; e = e->next)
        if (!strcmp(e->key, word)) return e->count;
    return 0;
}

int main(void) {
    Table t = {calloc(2, sizeof(Entry *)), 2, 0, 0};
    const char *text = "the quick brown fox jumps over the lazy dog the fox was quick and the dog was lazy "
                       "a b c d e f g h i j k the end";
    char buffer[256];
    strcpy(buffer, text);
    for (char *w = strtok(buffer, " "); w; w = strtok(NULL, " ")) add(&t, w);
    printf("%zu distinct words, capacity %zu after %d resizes\n", t.size, t.capacity, t.resizes);
    const char *probe[] = {"the", "fox", "lazy", "cat", "end", "quick"};
    for (int i = 0; i < 6; i++) printf("%s=%d ", probe[i], countOf(&t, probe[i]));
    printf("\n");
    int removedFox = removeKey(&t, "fox");
    int removedCat = removeKey(&t, "cat");
    printf("remove fox %d, remove cat %d, fox now %d, size %zu\n", removedFox, removedCat, countOf(&t, "fox"), t.size);
    size_t longest = 0, empty = 0;
    for (size_t i = 0; i < t.capacity; i++) {
        size_t len = 0;
        for (Entry *e = t.buckets[i]; e; e = e->next) len++;
        if (len > longest) longest = len;
        if (len == 0) empty++;
    }
    printf("longest chain %zu, empty buckets %zu\n", longest, empty);
    int total = 0;
    for (size_t i = 0; i < t.capacity; i++) {
        Entry *e = t.buckets[i];
        while (e) {
            Entry *next = e->next;
            total += e->count;
            free(e->key);
            free(e);
            e = next;
        }
    }
    free(t.buckets);
    printf("total words counted %d\n", total);
    return 0;
}
