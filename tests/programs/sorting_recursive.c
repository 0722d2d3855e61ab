// Recursive sorting: merge sort with a temporary buffer, quicksort with Lomuto partition and a
// comparison counter, binary search recursively, checking results against each other.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long comparisons = 0;

void mergeSort(int *a, int *tmp, int lo, int hi) {
    if (hi - lo < 2) return;
    int mid = lo + (hi - lo) / 2;
    mergeSort(a, tmp, lo, mid);
    mergeSort(a, tmp, mid, hi);
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        comparisons++;
        tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    }
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    memcpy(a + lo, tmp + lo, (size_t)(hi - lo) * sizeof *a);
}

void swap(int *x, int *y) {
    int t = *x;
    *x = *y;
    *y = t;
}

int partition(int *a, int lo, int hi) {
    int pivot = a[hi];
    int i = lo;
    for (int j = lo; j < hi; j++) {
        comparisons++;
        if (a[j] < pivot) swap(&a[i++], &a[j]);
    }
    swap(&a[i], &a[hi]);
    return i;
}

void quickSort(int *a, int lo, int hi) {
    if (lo >= hi) return;
    int p = partition(a, lo, hi);
    quickSort(a, lo, p - 1);
    quickSort(a, p + 1, hi);
}

int find(const int *a, int lo, int hi, int key) {
    if (lo > hi) return -1;
    int mid = (lo + hi) / 2;
    if (a[mid] == key) return mid;
    return a[mid] < key ? find(a, mid + 1, hi, key) : find(a, lo, mid - 1, key);
}

void print(const char *label, const int *a, int n) {
    printf("%-7s", label);
    for (int i = 0; i < n; i++) printf(" %d", a[i]);
    printf("\n");
}

int main(void) {
    enum { COUNT = 20 };
    int data[COUNT];
    unsigned seed = 12345;
    for (int i = 0; i < COUNT; i++) {
        seed = seed * 1103515245u + 12345u;
        data[i] = (int)((seed >> 16) % 100) - 30;
    }
    print("input", data, COUNT);
    int *a = malloc(sizeof data), *b = malloc(sizeof data), *tmp = malloc(sizeof data);
    memcpy(a, data, sizeof data);
    memcpy(b, data, sizeof data);
    comparisons = 0;
    mergeSort(a, tmp, 0, COUNT);
    printf("merge sort: %ld comparisons\n", comparisons);
    comparisons = 0;
    quickSort(b, 0, COUNT - 1);
    printf("quicksort: %ld comparisons\n", comparisons);
    print("sorted", a, COUNT);
    printf("same result: %s\n", memcmp(a, b, sizeof data) == 0 ? "yes" : "no");
    int keys[] = {a[0], a[COUNT - 1], a[7], 1000, -31};
    for (int i = 0; i < 5; i++) {
        int at = find(a, 0, COUNT - 1, keys[i]);
        printf("find %d -> %s\n", keys[i], at >= 0 && a[at] == keys[i] ? "found" : "missing");
    }
    int sortedAlready[] = {1, 2, 3, 4, 5, 6, 7, 8};
    comparisons = 0;
    quickSort(sortedAlready, 0, 7);
    printf("quicksort on sorted input: %ld comparisons\n", comparisons);
    free(a);
    free(b);
    free(tmp);
    return 0;
}
