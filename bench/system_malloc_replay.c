/* system_malloc_replay: the baseline of memviz-bench. Reads a text allocation trace (`a ID SIZE`, `f ID`,
 * `r ID SIZE`, `#` comments, an optional header of numbers) and replays it through the C library's malloc,
 * realloc and free. It prints how many operations it replayed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char* readAll(const char* path, size_t* length) {
    FILE* file = fopen(path, "rb");
    if (!file) return NULL;
    size_t capacity = 1 << 20, used = 0;
    char* data = malloc(capacity + 1);
    size_t got;
    while (data && (got = fread(data + used, 1, capacity - used, file)) > 0) {
        used += got;
        if (used == capacity) {
            capacity *= 2;
            data = realloc(data, capacity + 1);
        }
    }
    fclose(file);
    if (data) data[used] = '\0';
    *length = used;
    return data;
}

int main(int argc, char** argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: system-malloc-replay TRACE\n");
        return 2;
    }
    size_t length = 0;
    char* text = readAll(argv[1], &length);
    if (!text) {
        perror(argv[1]);
        return 1;
    }
    size_t slots = 1024, ops = 0;
    void** pointers = calloc(slots, sizeof *pointers);
    for (char* line = text; line < text + length;) {
        char* end = strchr(line, '\n');
        if (!end) end = text + length;
        char op = *line;
        if (op == 'a' || op == 'f' || op == 'r') {
            char* cursor = line + 1;
            unsigned long id = strtoul(cursor, &cursor, 10);
            unsigned long size = op == 'f' ? 0 : strtoul(cursor, &cursor, 10);
            if (id >= slots) {
                size_t old = slots;
                while (id >= slots) slots *= 2;
                pointers = realloc(pointers, slots * sizeof *pointers);
                memset(pointers + old, 0, (slots - old) * sizeof *pointers);
            }
            if (op == 'a') pointers[id] = malloc(size);
            else if (op == 'f') { free(pointers[id]); pointers[id] = NULL; }
            else pointers[id] = realloc(pointers[id], size);
            ++ops;
        }
        line = end + 1;
    }
    printf("%zu operations\n", ops);
    free(pointers);
    free(text);
    return 0;
}
