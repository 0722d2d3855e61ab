// scanf's return value when the input ends: before the first conversion (EOF), after some assignments
// (their count), inside a literal, for %c and %[...]; getchar and fgets see what scanf left behind.
#include <stdio.h>

int main(void) {
    int a = -1, b = -1, r;
    char c = '?', word[8] = "none";
    r = scanf("%d %d", &a, &b);
    printf("r=%d a=%d b=%d\n", r, a, b);
    r = scanf(" x%d", &a);
    printf("literal mismatch r=%d\n", r);
    printf("getchar=%c\n", getchar());
    r = scanf("%3[a-c]", word);
    printf("r=%d word=%s\n", r, word);
    r = scanf("%c", &c);
    printf("r=%d c=%d\n", r, c);
    r = scanf("%d", &b);
    printf("r=%d b=%d\n", r, b);
    r = scanf(" %c", &c);
    printf("r=%d c=%c\n", r, c);
    r = scanf("%[a-z]", word);
    printf("r=%d word=%s\n", r, word);
    r = scanf(" ");
    printf("blank format r=%d\n", r);
    r = scanf("end");
    printf("literal at EOF r=%d\n", r);
    printf("getchar=%d\n", getchar());
    return 0;
}
