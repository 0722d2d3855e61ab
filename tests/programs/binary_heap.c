// A binary min-heap in a growing array: push with sift-up, pop with sift-down, heap sort, and a
// priority queue of tasks (struct elements compared by priority then name).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int *data;
    int size, cap;
} Heap;

void heapPush(Heap *h, int v) {
    if (h->size == h->cap) {
        h->cap = h->cap ? h->cap * 2 : 2;
        h->data = realloc(h->data, (size_t)h->cap * sizeof(int));
    }
    int i = h->size++;
    h->data[i] = v;
    while (i > 0 && h->data[(i - 1) / 2] > h->data[i]) {
        int p = (i - 1) / 2, t = h->data[p];
        h->data[p] = h->data[i];
        h->data[i] = t;
        i = p;
    }
}

int heapPop(Heap *h) {
    int top = h->data[0];
    h->data[0] = h->data[--h->size];
    int i = 0;
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < h->size && h->data[l] < h->data[m]) m = l;
        if (r < h->size && h->data[r] < h->data[m]) m = r;
        if (m == i) break;
        int t = h->data[m];
        h->data[m] = h->data[i];
        h->data[i] = t;
        i = m;
    }
    return top;
}

typedef struct {
    int priority;
    char name[10];
} Task;

static int before(const Task *a, const Task *b) {
    return a->priority != b->priority ? a->priority < b->priority : strcmp(a->name, b->name) < 0;
}

void taskPush(Task *q, int *n, Task t) {
    int i = (*n)++;
    q[i] = t;
    while (i > 0 && before(&q[i], &q[(i - 1) / 2])) {
        Task tmp = q[i];
        q[i] = q[(i - 1) / 2];
        q[(i - 1) / 2] = tmp;
        i = (i - 1) / 2;
    }
}

Task taskPop(Task *q, int *n) {
    Task top = q[0];
    q[0] = q[--*n];
    for (int i = 0;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < *n && before(&q[l], &q[m])) m = l;
        if (r < *n && before(&q[r], &q[m])) m = r;
        if (m == i) break;
        Task tmp = q[m];
        q[m] = q[i];
        q[i] = tmp;
        i = m;
    }
    return top;
}

int main(void) {
    Heap h = {NULL, 0, 0};
    int input[] = {42, 7, 19, 3, 88, 7, -5, 23, 11, 0, 64};
    for (int i = 0; i < 11; i++) {
        heapPush(&h, input[i]);
        printf("push %3d: min %3d size %2d cap %2d\n", input[i], h.data[0], h.size, h.cap);
    }
    printf("heap array:");
    for (int i = 0; i < h.size; i++) printf(" %d", h.data[i]);
    printf("\nsorted:");
    while (h.size > 0) printf(" %d", heapPop(&h));
    printf("\n");
    free(h.data);

    Task queue[8];
    int n = 0;
    taskPush(&queue[0], &n, (Task){3, "email"});
    taskPush(queue, &n, (Task){1, "deploy"});
    taskPush(queue, &n, (Task){2, "review"});
    taskPush(queue, &n, (Task){1, "build"});
    taskPush(queue, &n, (Task){5, "lunch"});
    taskPush(queue, &n, (Task){2, "docs"});
    while (n > 0) {
        Task t = taskPop(queue, &n);
        printf("%d %s\n", t.priority, t.name);
    }
    return 0;
}
