// A trie of lowercase words: insertion, lookup, prefix counting, listing words in alphabetical order
// with a recursive walk and a char buffer, and freeing all nodes.
#include <stdio.h>
#include <stdlib.h>
#include <stdbool.h>

#define ALPHA 26

typedef struct Trie {
    struct Trie *child[ALPHA];
    bool end;
    int passing;
} Trie;

static int nodes = 0;

Trie *newNode(void) {
    nodes++;
    return calloc(1, sizeof(Trie));
}

void insert(Trie *root, const char *w) {
    Trie *t = root;
    for (; *w; w++) {
        int i = *w - 'a';
        if (!t->child[i]) t->child[i] = newNode();
        t = t->child[i];
        t->passing++;
    }
    t->end = true;
}

const Trie *walk(const Trie *t, const char *prefix) {
    while (t && *prefix) t = t->child[*prefix++ - 'a'];
    return t;
}

bool contains(const Trie *root, const char *w) {
    const Trie *t = walk(root, w);
    return t && t->end;
}

void list(const Trie *t, char *buf, int depth) {
    if (t->end) {
        buf[depth] = '\0';
        printf(" %s", buf);
    }
    for (int i = 0; i < ALPHA; i++)
        if (t->child[i]) {
            buf[depth] = (char)('a' + i);
            list(t->child[i], buf, depth + 1);
        }
}

void destroy(Trie *t) {
    for (int i = 0; i < ALPHA; i++)
        if (t->child[i]) destroy(t->child[i]);
    free(t);
}

int main(void) {
    const char *words[] = {"car", "cart", "carbon", "care", "cat", "dog", "do", "dot", "zebra", "car", "a"};
    Trie *root = newNode();
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) insert(root, words[i]);
    printf("%d nodes, sizeof(Trie) = %zu\n", nodes, sizeof(Trie));
    const char *queries[] = {"car", "ca", "cart", "carts", "do", "d", "a", "zebra", "zeb"};
    for (int i = 0; i < 9; i++) {
        const Trie *t = walk(root, queries[i]);
        printf("%-6s word:%d prefix-of:%d\n", queries[i], contains(root, queries[i]), t ? t->passing : 0);
    }
    char buf[32];
    printf("all:");
    list(root, buf, 0);
    printf("\nunder 'car':");
    const Trie *sub = walk(root, "car");
    buf[0] = 'c', buf[1] = 'a', buf[2] = 'r';
    list(sub, buf, 3);
    printf("\n");
    destroy(root);
    return 0;
}
