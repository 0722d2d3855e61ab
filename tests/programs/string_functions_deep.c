// string.h in depth: strtok splitting, strncpy padding and non-termination, strncat, strchr/strrchr/
// strstr positions, memmove with overlap, memcmp and strcmp signs (compared only as <0, 0, >0).
#include <stdio.h>
#include <string.h>

static int sign(int v) { return (v > 0) - (v < 0); }

static void dump(const char *label, const char *buf, size_t n) {
    printf("%s:", label);
    for (size_t i = 0; i < n; i++) {
        if (buf[i] == '\0') printf(" \\0");
        else printf(" %c", buf[i]);
    }
    printf("\n");
}

int main(void) {
    char line[] = "  alpha, beta;;gamma ,delta  ";
    int count = 0;
    for (char *tok = strtok(line, " ,;"); tok != NULL; tok = strtok(NULL, " ,;"))
        printf("token %d: [%s] len %zu\n", ++count, tok, strlen(tok));
    char csv[] = "a=1&b=22&&c=333";
    char *pair = strtok(csv, "&");
    while (pair) {
        char *eq = strchr(pair, '=');
        if (eq) printf("key %.*s value %s\n", (int)(eq - pair), pair, eq + 1);
        pair = strtok(NULL, "&");
    }

    char pad[8];
    memset(pad, 'x', sizeof pad);
    strncpy(pad, "hi", sizeof pad);
    dump("strncpy pads", pad, sizeof pad);
    char trunc[4];
    strncpy(trunc, "overflow", sizeof trunc);
    dump("strncpy truncates", trunc, sizeof trunc);

    char cat[16] = "abc";
    strncat(cat, "defghij", 3);
    printf("strncat: %s (%zu)\n", cat, strlen(cat));
    strncat(cat, "XY", 10);
    printf("strncat: %s (%zu)\n", cat, strlen(cat));

    const char *path = "/usr/local/lib/libmemviz.so.1";
    printf("first / at %td, last / at %td\n", strchr(path, '/') - path, strrchr(path, '/') - path);
    printf("basename %s\n", strrchr(path, '/') + 1);
    printf("strchr for NUL at %td\n", strchr(path, '\0') - path);
    printf("strchr z: %s\n", strchr(path, 'z') ? "found" : "none");
    const char *hit = strstr(path, "lib");
    printf("strstr lib at %td, next at %td\n", hit - path, strstr(hit + 1, "lib") - path);
    printf("strstr empty at %td\n", strstr(path, "") - path);
    printf("strspn %zu strcspn %zu\n", strspn("aaabca", "ab"), strcspn("hello world", " o"));
    printf("strpbrk %s\n", strpbrk("key: value", ":="));

    char buf[16] = "0123456789";
    memmove(buf + 2, buf, 6);
    printf("memmove right: %s\n", buf);
    strcpy(buf, "0123456789");
    memmove(buf, buf + 3, 7);
    printf("memmove left: %s\n", buf);

    unsigned char a[] = {1, 2, 200}, b[] = {1, 2, 100};
    printf("memcmp %d %d %d\n", sign(memcmp(a, b, 3)), sign(memcmp(b, a, 3)), sign(memcmp(a, b, 2)));
    const char *words[] = {"apple", "apples", "Apple", "banana", "apple", ""};
    for (int i = 0; i < 5; i++)
        printf("strcmp(%s,%s)=%d strncmp5=%d\n", words[i], words[i + 1], sign(strcmp(words[i], words[i + 1])),
               sign(strncmp(words[i], words[i + 1], 5)));
    char hi[] = {(char)0xE9, 0};
    printf("high byte compares greater: %d\n", strcmp(hi, "z") > 0);
    printf("memchr %td\n", (char *)memchr("abcdef", 'd', 6) - "abcdef");
    return 0;
}
