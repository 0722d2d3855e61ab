// char arithmetic: Caesar cipher, case conversion with ctype.h, digits to numbers.
#include <stdio.h>
#include <ctype.h>
#include <string.h>

void caesar(char *s, int shift) {
    for (; *s; s++) {
        if (isupper(*s)) *s = 'A' + (*s - 'A' + shift) % 26;
        else if (islower(*s)) *s = 'a' + (*s - 'a' + shift) % 26;
    }
}

int main(void) {
    char text[] = "Hello, World! xyz";
    caesar(text, 3);
    printf("%s\n", text);
    caesar(text, 23);
    printf("%s\n", text);
    const char *digits = "40213";
    int value = 0;
    for (int i = 0; digits[i]; i++) value = value * 10 + (digits[i] - '0');
    printf("%d\n", value);
    char up[32];
    strcpy(up, "MiXeD 123");
    for (char *p = up; *p; p++) *p = toupper(*p);
    printf("%s\n", up);
    int counts[3] = {0};
    for (const char *p = "a1 b2 c3!"; *p; p++) {
        if (isalpha(*p)) counts[0]++;
        else if (isdigit(*p)) counts[1]++;
        else if (isspace(*p) || ispunct(*p)) counts[2]++;
    }
    printf("%d %d %d\n", counts[0], counts[1], counts[2]);
    for (char c = 'a'; c <= 'e'; c++) putchar(c);
    putchar('\n');
    printf("%d %d\n", 'z' - 'a', '0' + 5);
    return 0;
}
