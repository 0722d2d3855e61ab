// A stack and a circular queue in arrays, with a struct holding the state.
#include <stdio.h>
#include <stdbool.h>

#define CAP 8

typedef struct { int items[CAP]; int top; } Stack;
typedef struct { int items[CAP]; int head, count; } Queue;

bool push(Stack *s, int v) { if (s->top == CAP) return false; s->items[s->top++] = v; return true; }
bool pop(Stack *s, int *out) { if (s->top == 0) return false; *out = s->items[--s->top]; return true; }
bool enqueue(Queue *q, int v) {
    if (q->count == CAP) return false;
    q->items[(q->head + q->count++) % CAP] = v;
    return true;
}
bool dequeue(Queue *q, int *out) {
    if (q->count == 0) return false;
    *out = q->items[q->head];
    q->head = (q->head + 1) % CAP;
    q->count--;
    return true;
}

int main(void) {
    Stack s = {{0}, 0};
    Queue q = {{0}, 0, 0};
    for (int i = 1; i <= 10; i++) printf("%d", push(&s, i) && enqueue(&q, i * i));
    printf("\n");
    int v;
    while (pop(&s, &v)) printf("%d ", v);
    printf("\n");
    for (int i = 0; i < 3; i++) { dequeue(&q, &v); printf("%d ", v); }
    enqueue(&q, 100);
    enqueue(&q, 200);
    while (dequeue(&q, &v)) printf("%d ", v);
    printf("\n");
    return 0;
}
