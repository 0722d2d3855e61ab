// string.h: length, copy, concatenate, compare, search, duplicate.
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

int main(void) {
    char buf[64];
    strcpy(buf, "Hello");
    strcat(buf, ", ");
    strncat(buf, "world!!!", 6);
    printf("%s (%zu)\n", buf, strlen(buf));
    printf("cmp %d %d %d\n", strcmp("abc", "abd") < 0, strcmp("b", "a") > 0, strcmp("same", "same"));
    printf("ncmp %d\n", strncmp("abcdef", "abcxyz", 3));
    char *comma = strchr(buf, ',');
    printf("after comma: '%s'\n", comma + 1);
    printf("last o at %ld\n", (long)(strrchr(buf, 'o') - buf));
    printf("world at %ld\n", (long)(strstr(buf, "world") - buf));
    char *copy = strdup(buf);
    copy[0] = 'J';
    printf("%s / %s\n", copy, buf);
    free(copy);
    char small[8];
    strncpy(small, "abcdefghij", sizeof small - 1);
    small[7] = '\0';
    printf("%s\n", small);
    char rev[32];
    const char *src = "stressed";
    size_t n = strlen(src);
    for (size_t i = 0; i < n; i++) rev[i] = src[n - 1 - i];
    rev[n] = 0;
    printf("%s\n", rev);
    printf("span %zu cspan %zu\n", strspn("aaabbc", "ab"), strcspn("hello world", " "));
    return 0;
}
