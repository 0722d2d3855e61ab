// Title: A linked list
// Watch each new node appear as its own block in the heap view, with an arrow from `next` to
// the node after it and one from `head` (in main's frame) to the first node. Nodes are not side
// by side like an array: the arrows are the only thing holding the list together.
// Watch the traversal pointer `cur` hop from node to node, and freeing walk the same way: save
// `next` before free, because the node's memory is gone afterwards.
// expect: clean
#include <stdio.h>
#include <stdlib.h>

struct Node {
    int value;
    struct Node *next;
};

struct Node *pushFront(struct Node *head, int value) {
    struct Node *node = malloc(sizeof *node);
    node->value = value;
    node->next = head;
    return node;
}

void printList(const struct Node *head) {
    for (const struct Node *cur = head; cur != NULL; cur = cur->next)
        printf("%d -> ", cur->value);
    printf("NULL\n");
}

void freeList(struct Node *head) {
    while (head != NULL) {
        struct Node *next = head->next;   /* read it before the node is freed */
        free(head);
        head = next;
    }
}

int main(void) {
    struct Node *head = NULL;
    for (int i = 1; i <= 4; i++)
        head = pushFront(head, i * 10);
    printList(head);
    freeList(head);
    head = NULL;
    printf("list freed\n");
    return 0;
}
