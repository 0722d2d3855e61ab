/* A singly linked list: push, reverse, print, free. */
#include <stdio.h>
#include <stdlib.h>

typedef struct Node {
    int value;
    struct Node *next;
} Node;

Node *push(Node *head, int value) {
    Node *n = malloc(sizeof(Node));
    if (n == NULL) exit(EXIT_FAILURE);
    n->value = value;
    n->next = head;
    return n;
}

Node *reverse(Node *head) {
    Node *prev = NULL;
    while (head != NULL) {
        Node *next = head->next;
        head->next = prev;
        prev = head;
        head = next;
    }
    return prev;
}

void print(const Node *n) {
    for (; n; n = n->next) printf("%d%s", n->value, n->next ? " -> " : "\n");
}

void destroy(Node *n) {
    while (n) {
        Node *next = n->next;
        free(n);
        n = next;
    }
}

int main(void) {
    Node *list = NULL;
    for (int i = 1; i <= 5; ++i) list = push(list, i * 10);
    print(list);
    list = reverse(list);
    print(list);
    destroy(list);
    return 0;
}
