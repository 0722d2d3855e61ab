// An adjacency-list graph built from an edge list with malloc'd nodes: BFS distances with an array
// queue, recursive DFS order, iterative DFS with an explicit stack, connected components, and a
// topological sort of a DAG by Kahn's algorithm.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Edge {
    int to;
    struct Edge *next;
} Edge;

typedef struct {
    int n;
    Edge **adj;
} Graph;

Graph *newGraph(int n) {
    Graph *g = malloc(sizeof *g);
    g->n = n;
    g->adj = calloc((size_t)n, sizeof(Edge *));
    return g;
}

void addArc(Graph *g, int from, int to) {
    Edge *e = malloc(sizeof *e);
    e->to = to;
    e->next = NULL;
    Edge **tail = &g->adj[from];
    while (*tail) tail = &(*tail)->next;
    *tail = e;
}

void freeGraph(Graph *g) {
    for (int i = 0; i < g->n; i++) {
        Edge *e = g->adj[i];
        while (e) {
            Edge *next = e->next;
            free(e);
            e = next;
        }
    }
    free(g->adj);
    free(g);
}

void bfs(const Graph *g, int start) {
    int *dist = malloc((size_t)g->n * sizeof(int)), *queue = malloc((size_t)g->n * sizeof(int));
    for (int i = 0; i < g->n; i++) dist[i] = -1;
    int head = 0, tail = 0;
    dist[start] = 0;
    queue[tail++] = start;
    while (head < tail) {
        int u = queue[head++];
        for (Edge *e = g->adj[u]; e; e = e->next)
            if (dist[e->to] < 0) {
                dist[e->to] = dist[u] + 1;
                queue[tail++] = e->to;
            }
    }
    printf("bfs from %d:", start);
    for (int i = 0; i < g->n; i++) printf(" %d", dist[i]);
    printf("\n");
    free(dist);
    free(queue);
}

void dfs(const Graph *g, int u, char *seen, int component) {
    seen[u] = (char)component;
    printf(" %d", u);
    for (Edge *e = g->adj[u]; e; e = e->next)
        if (!seen[e->to]) dfs(g, e->to, seen, component);
}

void dfsIterative(const Graph *g, int start) {
    char *seen = calloc((size_t)g->n, 1);
    int stack[64], top = 0;
    stack[top++] = start;
    printf("iterative dfs:");
    while (top > 0) {
        int u = stack[--top];
        if (seen[u]) continue;
        seen[u] = 1;
        printf(" %d", u);
        int tmp[16], k = 0;
        for (Edge *e = g->adj[u]; e; e = e->next) tmp[k++] = e->to;
        while (k > 0) stack[top++] = tmp[--k];
    }
    printf("\n");
    free(seen);
}

int main(void) {
    int edges[][2] = {{0, 1}, {0, 2}, {1, 3}, {2, 3}, {3, 4}, {5, 6}, {6, 7}, {7, 5}, {4, 1}};
    int m = sizeof edges / sizeof edges[0];
    Graph *g = newGraph(9);
    for (int i = 0; i < m; i++) {
        addArc(g, edges[i][0], edges[i][1]);
        addArc(g, edges[i][1], edges[i][0]);
    }
    bfs(g, 0);
    bfs(g, 6);
    char seen[9];
    memset(seen, 0, sizeof seen);
    int components = 0;
    for (int u = 0; u < g->n; u++)
        if (!seen[u]) {
            printf("component %d:", ++components);
            dfs(g, u, seen, components);
            printf("\n");
        }
    dfsIterative(g, 0);
    freeGraph(g);

    const char *tasks[] = {"wake", "shower", "dress", "coffee", "breakfast", "leave"};
    int deps[][2] = {{0, 1}, {0, 3}, {1, 2}, {3, 4}, {2, 5}, {4, 5}};
    Graph *dag = newGraph(6);
    int indegree[6] = {0};
    for (int i = 0; i < 6; i++) {
        addArc(dag, deps[i][0], deps[i][1]);
        indegree[deps[i][1]]++;
    }
    int order[6], head = 0, tail = 0;
    for (int i = 0; i < 6; i++)
        if (indegree[i] == 0) order[tail++] = i;
    while (head < tail) {
        int u = order[head++];
        for (Edge *e = dag->adj[u]; e; e = e->next)
            if (--indegree[e->to] == 0) order[tail++] = e->to;
    }
    printf("topological:");
    for (int i = 0; i < tail; i++) printf(" %s", tasks[order[i]]);
    printf("\n");
    freeGraph(dag);
    return 0;
}
