// sprintf and snprintf into simulated buffers: truncation, return values, sizing with snprintf(NULL, 0),
// appending at an offset, vsnprintf through a variadic helper; fprintf to stdout and stderr.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct point {
    int x, y;
};

static int describe(char *out, size_t size, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(out, size, fmt, ap);
    va_end(ap);
    return n;
}

static void logf_out(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    printf("log: ");
    vprintf(fmt, ap);
    va_end(ap);
}

static void show(const char *label, const char *buf, size_t size) {
    printf("%-8s:", label);
    for (size_t i = 0; i < size; i++) printf(" %02x", (unsigned char)buf[i]);
    printf("\n");
}

int main(void) {
    char buf[16];
    memset(buf, '#', sizeof buf);
    int n = sprintf(buf, "%d-%s", 42, "ab");
    printf("sprintf returned %d: \"%s\"\n", n, buf);
    show("sprintf", buf, sizeof buf);

    memset(buf, '#', sizeof buf);
    n = snprintf(buf, 8, "%s", "truncated text");
    printf("snprintf returned %d: \"%s\" (len %zu)\n", n, buf, strlen(buf));
    show("snprintf", buf, sizeof buf);

    memset(buf, '#', sizeof buf);
    n = snprintf(buf, 1, "xyz");
    printf("size 1 returned %d: \"%s\"\n", n, buf);
    show("size 1", buf, 4);

    memset(buf, '#', sizeof buf);
    n = snprintf(buf, 0, "%d", 123456);
    printf("size 0 returned %d, buf[0]=%c\n", n, buf[0]);
    n = snprintf(NULL, 0, "%5.2f|%x", 3.14159, 48879);
    printf("snprintf(NULL, 0) returned %d\n", n);

    char *dyn = malloc((size_t)n + 1);
    int m = snprintf(dyn, (size_t)n + 1, "%5.2f|%x", 3.14159, 48879);
    printf("dyn=\"%s\" m=%d\n", dyn, m);
    free(dyn);

    char line[64];
    int off = 0;
    for (int i = 0; i < 5; i++) off += sprintf(line + off, "%s%d", i ? "," : "", i * i);
    printf("line=\"%s\" off=%d\n", line, off);

    char small[10];
    int total = 0;
    for (int i = 0; i < 4; i++) {
        int r = snprintf(small, sizeof small, "item-%03d-%c", i * 7, 'a' + i);
        total += r;
        printf("[%s] r=%d\n", small, r);
    }
    printf("total=%d\n", total);

    struct point p = {3, -4};
    char desc[12];
    n = describe(desc, sizeof desc, "(%d, %d) len=%.1f", p.x, p.y, 5.0);
    printf("describe: \"%s\" n=%d\n", desc, n);
    logf_out("%s has %d items costing %.2f\n", "cart", 3, 9.5);

    fprintf(stdout, "to stdout %d\n", 1);
    fprintf(stderr, "to stderr %d\n", 2);
    n = fprintf(stdout, "%s", "fputs-like\n");
    printf("fprintf returned %d\n", n);
    n = sprintf(buf, "%%%c%%", 'z');
    printf("%s %d\n", buf, n);
    n = puts("puts returns");
    printf("puts returned %d\n", n);
    return 0;
}
