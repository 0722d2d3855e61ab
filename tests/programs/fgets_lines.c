// Input: fgets line by line, getchar, counting words and characters.
#include <stdio.h>
#include <string.h>

int main(void) {
    char line[64];
    int lines = 0, chars = 0;
    while (fgets(line, sizeof line, stdin) != NULL) {
        if (line[0] == '.') break;
        size_t len = strlen(line);
        if (len > 0 && line[len - 1] == '\n') line[--len] = '\0';
        lines++;
        chars += (int)len;
        printf("%d: [%s]\n", lines, line);
    }
    printf("%d lines, %d chars\n", lines, chars);
    int c, vowels = 0;
    while ((c = getchar()) != EOF)
        if (strchr("aeiou", c)) vowels++;
    printf("%d vowels\n", vowels);
    return 0;
}
