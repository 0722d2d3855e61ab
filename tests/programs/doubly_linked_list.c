// A doubly linked list with head and tail: push at both ends, delete by value from the middle and ends,
// insert after a node, walk forwards and backwards, and free everything.
#include <stdio.h>
#include <stdlib.h>

typedef struct DNode {
    int value;
    struct DNode *prev, *next;
} DNode;

typedef struct {
    DNode *head, *tail;
    int size;
} DList;

DNode *makeNode(int value) {
    DNode *n = malloc(sizeof *n);
    n->value = value;
    n->prev = n->next = NULL;
    return n;
}

void pushBack(DList *l, int v) {
    DNode *n = makeNode(v);
    n->prev = l->tail;
    if (l->tail) l->tail->next = n;
    else l->head = n;
    l->tail = n;
    l->size++;
}

void pushFront(DList *l, int v) {
    DNode *n = makeNode(v);
    n->next = l->head;
    if (l->head) l->head->prev = n;
    else l->tail = n;
    l->head = n;
    l->size++;
}

void insertAfter(DList *l, DNode *at, int v) {
    DNode *n = makeNode(v);
    n->prev = at;
    n->next = at->next;
    if (at->next) at->next->prev = n;
    else l->tail = n;
    at->next = n;
    l->size++;
}

int removeValue(DList *l, int v) {
    for (DNode *n = l->head; n; n = n->next) {
        if (n->value != v) continue;
        if (n->prev) n->prev->next = n->next;
        else l->head = n->next;
        if (n->next) n->next->prev = n->prev;
        else l->tail = n->prev;
        free(n);
        l->size--;
        return 1;
    }
    return 0;
}

void show(const DList *l) {
    printf("[%d] fwd:", l->size);
    for (DNode *n = l->head; n; n = n->next) printf(" %d", n->value);
    printf(" | back:");
    for (DNode *n = l->tail; n; n = n->prev) printf(" %d", n->value);
    printf("\n");
}

void clear(DList *l) {
    DNode *n = l->head;
    while (n) {
        DNode *next = n->next;
        free(n);
        n = next;
    }
    l->head = l->tail = NULL;
    l->size = 0;
}

int main(void) {
    DList list = {NULL, NULL, 0};
    for (int i = 1; i <= 5; i++) pushBack(&list, i * 10);
    pushFront(&list, 5);
    pushFront(&list, 1);
    show(&list);
    insertAfter(&list, list.head->next->next, 15);
    insertAfter(&list, list.tail, 99);
    show(&list);
    int toRemove[] = {1, 99, 30, 77, 15};
    for (int i = 0; i < 5; i++) {
        int ok = removeValue(&list, toRemove[i]);
        printf("remove %d: %s -> ", toRemove[i], ok ? "ok" : "absent");
        show(&list);
    }
    while (list.size > 2) removeValue(&list, list.head->value);
    show(&list);
    clear(&list);
    show(&list);
    pushBack(&list, 42);
    show(&list);
    clear(&list);
    return 0;
}
