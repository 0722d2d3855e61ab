// Title: A binary search tree
// Watch insert recurse down the tree: one frame per level, each frame holding a pointer to the
// node it is looking at, until it finds an empty spot and mallocs a new node there.
// Watch the heap view fill with nodes linked by `left` and `right` arrows. The in-order walk
// prints the keys sorted; freeTree frees the children before their parent (post-order).
// expect: clean
#include <stdio.h>
#include <stdlib.h>

struct Tree {
    int key;
    struct Tree *left;
    struct Tree *right;
};

struct Tree *insert(struct Tree *node, int key) {
    if (node == NULL) {
        struct Tree *fresh = malloc(sizeof *fresh);
        fresh->key = key;
        fresh->left = NULL;
        fresh->right = NULL;
        return fresh;
    }
    if (key < node->key) node->left = insert(node->left, key);
    else node->right = insert(node->right, key);
    return node;
}

void printInOrder(const struct Tree *node) {
    if (node == NULL) return;
    printInOrder(node->left);
    printf("%d ", node->key);
    printInOrder(node->right);
}

int height(const struct Tree *node) {
    if (node == NULL) return 0;
    int l = height(node->left);
    int r = height(node->right);
    return 1 + (l > r ? l : r);
}

void freeTree(struct Tree *node) {
    if (node == NULL) return;
    freeTree(node->left);
    freeTree(node->right);
    free(node);
}

int main(void) {
    int keys[] = {50, 30, 70, 20, 40, 60, 80};
    struct Tree *root = NULL;
    for (int i = 0; i < 7; i++)
        root = insert(root, keys[i]);
    printf("sorted: ");
    printInOrder(root);
    printf("\nheight: %d\n", height(root));
    freeTree(root);
    return 0;
}
