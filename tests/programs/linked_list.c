// A singly linked list: push, append, reverse, remove, free.
#include <stdio.h>
#include <stdlib.h>

struct node {
    int value;
    struct node *next;
};

struct node *push(struct node *head, int value) {
    struct node *n = malloc(sizeof *n);
    n->value = value;
    n->next = head;
    return n;
}

struct node *append(struct node *head, int value) {
    struct node *n = malloc(sizeof(struct node));
    n->value = value;
    n->next = NULL;
    if (head == NULL) return n;
    struct node *p = head;
    while (p->next) p = p->next;
    p->next = n;
    return head;
}

struct node *reverse(struct node *head) {
    struct node *prev = NULL;
    while (head) {
        struct node *next = head->next;
        head->next = prev;
        prev = head;
        head = next;
    }
    return prev;
}

struct node *removeValue(struct node *head, int value) {
    struct node **link = &head;
    while (*link) {
        if ((*link)->value == value) {
            struct node *dead = *link;
            *link = dead->next;
            free(dead);
        } else {
            link = &(*link)->next;
        }
    }
    return head;
}

void print(const struct node *head) {
    for (; head != NULL; head = head->next) printf("%d -> ", head->value);
    printf("NULL\n");
}

int main(void) {
    struct node *list = NULL;
    for (int i = 1; i <= 5; i++) list = push(list, i * 10);
    list = append(list, 99);
    print(list);
    list = reverse(list);
    print(list);
    list = removeValue(list, 30);
    list = removeValue(list, 99);
    print(list);
    while (list) {
        struct node *next = list->next;
        free(list);
        list = next;
    }
    return 0;
}
