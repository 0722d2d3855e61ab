// scanf of ints, doubles, strings, chars and scansets mixed with getchar and fgets on one stdin; length
// modifiers store the right number of bytes; sscanf; scanf's return value on mismatch and at EOF.
#include <stdio.h>
#include <string.h>

int main(void) {
    int a = 0, b = 0;
    double d = 0;
    float f = 0;
    char word[32], rest[64], set[32];
    char c = 0, c2 = 0;
    int r;

    r = scanf("%d %d", &a, &b);
    printf("r=%d a=%d b=%d\n", r, a, b);
    r = scanf("%lf %f", &d, &f);
    printf("r=%d d=%.6f f=%.6f\n", r, d, f);
    r = scanf("%31s", word);
    printf("r=%d word=[%s]\n", r, word);
    int ch = getchar();
    printf("getchar after %%s: %d\n", ch);
    if (fgets(rest, sizeof rest, stdin)) {
        rest[strcspn(rest, "\n")] = '\0';
        printf("fgets: [%s]\n", rest);
    }

    r = scanf(" %c%c", &c, &c2);
    printf("r=%d c=%c c2=%c\n", r, c, c2);
    r = scanf(" %[a-z]%[^\n]", set, rest);
    printf("r=%d set=[%s] rest=[%s]\n", r, set, rest);

    signed char hh = 0;
    short h = 0;
    long l = 0;
    long long ll = 0;
    unsigned u = 0;
    unsigned char guard[4] = {0xAA, 0xAA, 0xAA, 0xAA};
    r = scanf("%hhd %hd %ld %lld %u %hhx", &hh, &h, &l, &ll, &u, &guard[1]);
    printf("r=%d hh=%d h=%d l=%ld ll=%lld u=%u guard=%02x %02x %02x %02x\n", r, hh, h, l, ll, u, guard[0], guard[1],
           guard[2], guard[3]);

    int x = 0, y = 0, consumed = 0;
    r = scanf("%d,%*d,%d%n", &x, &y, &consumed);
    printf("r=%d x=%d y=%d consumed=%d\n", r, x, y, consumed);
    r = scanf("%i %i %i %o %x", &a, &b, &x, &y, &u);
    printf("r=%d %d %d %d %d %u\n", r, a, b, x, y, u);

    r = scanf("%d", &a);
    printf("mismatch r=%d\n", r);
    ch = getchar();
    printf("next char after mismatch: %c\n", ch);
    r = scanf("%s", word);
    printf("r=%d word=[%s]\n", r, word);

    char date[] = "2024-03-15 note:hello world";
    int year, month, day;
    char note[16];
    r = sscanf(date, "%d-%d-%d note:%15s", &year, &month, &day, note);
    printf("sscanf r=%d %04d/%02d/%02d %s\n", r, year, month, day, note);
    r = sscanf("3.5e2xyz", "%lf%s", &d, word);
    printf("sscanf r=%d d=%g word=%s\n", r, d, word);
    r = sscanf("", "%d", &a);
    printf("sscanf empty r=%d\n", r);
    r = sscanf("   ", "%d", &a);
    printf("sscanf blank r=%d\n", r);
    r = sscanf("abc", "%d", &a);
    printf("sscanf letters r=%d\n", r);
    r = sscanf("12 apples", "%d %s %d", &a, word, &b);
    printf("sscanf partial r=%d a=%d word=%s\n", r, a, word);

    int sum = 0, v;
    while ((r = scanf("%d", &v)) == 1) sum += v;
    printf("sum=%d last r=%d\n", sum, r);
    r = scanf("%d", &v);
    printf("at EOF r=%d\n", r);
    ch = getchar();
    printf("getchar at EOF %d\n", ch);
    printf("fgets at EOF %s\n", fgets(rest, sizeof rest, stdin) ? "got" : "NULL");
    return 0;
}
