/* String functions written by hand and from string.h, char arithmetic, ctype. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

size_t my_strlen(const char *s) {
    const char *p = s;
    while (*p) p++;
    return (size_t)(p - s);
}

void my_strcpy(char *dst, const char *src) {
    while ((*dst++ = *src++) != '\0')
        ;
}

void upcase(char *s) {
    for (; *s; ++s) *s = (char)toupper((unsigned char)*s);
}

int count_vowels(const char *s) {
    int n = 0;
    for (int i = 0; s[i] != '\0'; i++) {
        if (strchr("aeiouAEIOU", s[i]) != NULL) n++;
    }
    return n;
}

int main(void) {
    char greeting[64] = "Hello, ";
    char name[] = "world";
    strcat(greeting, name);
    char copy[64];
    my_strcpy(copy, greeting);
    upcase(copy);
    printf("%s (%zu) %s %d\n", greeting, my_strlen(greeting), copy, count_vowels(greeting));
    printf("%d %c %s\n", strcmp("abc", "abd") < 0, 'a' + 1, "tab\there\\ \"quoted\" \x41\101\0ignored");
    char *dup = strdup(name);
    printf("%s %lu\n", dup, (unsigned long)strlen(dup));
    return 0;
}
