// heap_churn.c: the heap-churn memviz-bench program: 4,000 slots of 8..519-byte blocks that are
// malloc'd, realloc'd to other sizes and freed at random (a fixed-seed LCG), next to a linked list used as
// a queue of small nodes, about 3 million steps. Prints checksums of the bytes written, never addresses.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS 4000
#define ROUNDS 120000
#define QUEUE_MAX 600

struct node {
    struct node *next;
    unsigned value;
};

static unsigned long long seed = 20261123;

static unsigned nextRandom(void) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return (unsigned)(seed >> 33);
}

int main(void) {
    unsigned char **slots = calloc(SLOTS, sizeof *slots);
    unsigned *sizes = calloc(SLOTS, sizeof *sizes);
    struct node *head = NULL;
    struct node *tail = NULL;
    int queued = 0;
    unsigned long checksum = 0;
    long live = 0;
    long peakLive = 0;

    for (int round = 0; round < ROUNDS; round++) {
        unsigned r = nextRandom();
        unsigned k = r % SLOTS;
        unsigned size = 8 + (r >> 13) % 512;
        if (slots[k] == NULL) {
            slots[k] = malloc(size);
            memset(slots[k], (int)(r & 0xff), size);
            sizes[k] = size;
            live += size;
        } else if (r & 0x1000) {
            checksum = checksum * 33 + slots[k][sizes[k] - 1] + sizes[k];
            live -= sizes[k];
            free(slots[k]);
            slots[k] = NULL;
        } else {
            unsigned char *grown = realloc(slots[k], size);
            if (size > sizes[k])
                memset(grown + sizes[k], round & 0xff, size - sizes[k]);
            live += (long)size - (long)sizes[k];
            slots[k] = grown;
            sizes[k] = size;
            checksum += grown[0];
        }
        if (live > peakLive)
            peakLive = live;

        if ((r & 3) != 0 && queued < QUEUE_MAX) {
            struct node *n = malloc(sizeof *n);
            n->next = NULL;
            n->value = r;
            if (tail)
                tail->next = n;
            else
                head = n;
            tail = n;
            queued++;
        } else if (head) {
            struct node *n = head;
            head = n->next;
            if (!head)
                tail = NULL;
            checksum ^= n->value;
            free(n);
            queued--;
        }
    }

    int remaining = 0;
    for (int k = 0; k < SLOTS; k++) {
        if (slots[k]) {
            checksum += slots[k][0];
            free(slots[k]);
            remaining++;
        }
    }
    while (head) {
        struct node *n = head;
        head = n->next;
        free(n);
    }
    free(slots);
    free(sizes);
    printf("checksum %lu, peak live %ld bytes, %d blocks left at the end, queue %d\n", checksum, peakLive,
           remaining, queued);
    return 0;
}
