// Sorting algorithms: bubble, insertion, merge sort with a malloc'd buffer, selection.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void bubble(int *a, int n) {
    for (int i = 0; i < n - 1; i++)
        for (int j = 0; j < n - 1 - i; j++)
            if (a[j] > a[j + 1]) { int t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; }
}

void insertion(int *a, int n) {
    for (int i = 1; i < n; i++) {
        int key = a[i], j = i - 1;
        while (j >= 0 && a[j] > key) { a[j + 1] = a[j]; j--; }
        a[j + 1] = key;
    }
}

void mergeSort(int *a, int n, int *tmp) {
    if (n < 2) return;
    int mid = n / 2;
    mergeSort(a, mid, tmp);
    mergeSort(a + mid, n - mid, tmp);
    int i = 0, j = mid, k = 0;
    while (i < mid && j < n) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    while (i < mid) tmp[k++] = a[i++];
    while (j < n) tmp[k++] = a[j++];
    memcpy(a, tmp, n * sizeof *a);
}

void print(const char *name, const int *a, int n) {
    printf("%-10s", name);
    for (int i = 0; i < n; i++) printf(" %d", a[i]);
    printf("\n");
}

int main(void) {
    int data[12] = {29, 3, 71, 8, 15, -4, 42, 0, 8, 99, 23, 1};
    int a[12];
    memcpy(a, data, sizeof a); bubble(a, 12); print("bubble", a, 12);
    memcpy(a, data, sizeof a); insertion(a, 12); print("insertion", a, 12);
    memcpy(a, data, sizeof a);
    int *tmp = malloc(sizeof a);
    mergeSort(a, 12, tmp);
    free(tmp);
    print("merge", a, 12);
    return memcmp(a, data, sizeof a) == 0;
}
