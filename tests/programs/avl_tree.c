// An AVL tree: insertion with the four rotations, deletion with rebalancing, height checks, in-order
// and level-order printing (with an array queue), and freeing by post-order.
#include <stdio.h>
#include <stdlib.h>

typedef struct Node {
    int key, height;
    struct Node *left, *right;
} Node;

static int rotations = 0;

int height(const Node *n) { return n ? n->height : 0; }
int max(int a, int b) { return a > b ? a : b; }
void update(Node *n) { n->height = 1 + max(height(n->left), height(n->right)); }
int balanceOf(const Node *n) { return n ? height(n->left) - height(n->right) : 0; }

Node *rotateRight(Node *y) {
    Node *x = y->left;
    y->left = x->right;
    x->right = y;
    update(y);
    update(x);
    rotations++;
    return x;
}

Node *rotateLeft(Node *x) {
    Node *y = x->right;
    x->right = y->left;
    y->left = x;
    update(x);
    update(y);
    rotations++;
    return y;
}

Node *rebalance(Node *n) {
    update(n);
    int b = balanceOf(n);
    if (b > 1) {
        if (balanceOf(n->left) < 0) n->left = rotateLeft(n->left);
        return rotateRight(n);
    }
    if (b < -1) {
        if (balanceOf(n->right) > 0) n->right = rotateRight(n->right);
        return rotateLeft(n);
    }
    return n;
}

Node *insert(Node *n, int key) {
    if (!n) {
        n = calloc(1, sizeof *n);
        n->key = key;
        n->height = 1;
        return n;
    }
    if (key < n->key) n->left = insert(n->left, key);
    else if (key > n->key) n->right = insert(n->right, key);
    else return n;
    return rebalance(n);
}

Node *removeKey(Node *n, int key) {
    if (!n) return NULL;
    if (key < n->key) n->left = removeKey(n->left, key);
    else if (key > n->key) n->right = removeKey(n->right, key);
    else {
        if (!n->left || !n->right) {
            Node *child = n->left ? n->left : n->right;
            free(n);
            return child;
        }
        Node *m = n->right;
        while (m->left) m = m->left;
        n->key = m->key;
        n->right = removeKey(n->right, m->key);
    }
    return rebalance(n);
}

void inorder(const Node *n) {
    if (!n) return;
    inorder(n->left);
    printf(" %d", n->key);
    inorder(n->right);
}

void levels(Node *root) {
    Node *queue[64];
    int head = 0, tail = 0;
    if (root) queue[tail++] = root;
    while (head < tail) {
        Node *n = queue[head++];
        printf(" %d(h%d,b%+d)", n->key, n->height, balanceOf(n));
        if (n->left) queue[tail++] = n->left;
        if (n->right) queue[tail++] = n->right;
    }
    printf("\n");
}

void destroy(Node *n) {
    if (!n) return;
    destroy(n->left);
    destroy(n->right);
    free(n);
}

int main(void) {
    Node *root = NULL;
    for (int k = 1; k <= 15; k++) root = insert(root, k);
    printf("ascending 1..15: height %d, rotations %d\n", height(root), rotations);
    levels(root);
    int more[] = {40, 30, 35, 50, 45, 20, 25, 0};
    for (int i = 0; i < 8; i++) root = insert(root, more[i]);
    printf("in-order:");
    inorder(root);
    printf("\nheight %d rotations %d\n", height(root), rotations);
    int gone[] = {8, 1, 2, 3, 35, 99, 4};
    for (int i = 0; i < 7; i++) {
        root = removeKey(root, gone[i]);
        printf("after removing %d:", gone[i]);
        levels(root);
    }
    destroy(root);
    return 0;
}
