// ctype.h classification table for 0..127: one letter per class, counts per class, toupper/tolower
// round trips, and a hand-written classifier compared against the library.
#include <stdio.h>
#include <ctype.h>

static const char *className(int c) {
    if (iscntrl(c)) return "cntrl";
    if (isspace(c)) return "space";
    if (isdigit(c)) return "digit";
    if (isupper(c)) return "upper";
    if (islower(c)) return "lower";
    if (ispunct(c)) return "punct";
    return "other";
}

int main(void) {
    int counts[11] = {0};
    const char *labels = "AaDXLUSPCGB";
    for (int row = 0; row < 128; row += 16) {
        printf("%3d ", row);
        for (int c = row; c < row + 16; c++) {
            char mark = '.';
            if (isalpha(c)) mark = isupper(c) ? 'U' : 'L';
            else if (isdigit(c)) mark = 'D';
            else if (isspace(c)) mark = 'S';
            else if (ispunct(c)) mark = 'P';
            else if (iscntrl(c)) mark = 'C';
            putchar(mark);
        }
        putchar('\n');
    }
    for (int c = 0; c < 128; c++) {
        counts[0] += isalnum(c) != 0;
        counts[1] += isalpha(c) != 0;
        counts[2] += isdigit(c) != 0;
        counts[3] += isxdigit(c) != 0;
        counts[4] += islower(c) != 0;
        counts[5] += isupper(c) != 0;
        counts[6] += isspace(c) != 0;
        counts[7] += ispunct(c) != 0;
        counts[8] += iscntrl(c) != 0;
        counts[9] += isgraph(c) != 0;
        counts[10] += isblank(c) != 0;
    }
    for (int i = 0; i < 11; i++) printf("%c=%d ", labels[i], counts[i]);
    printf("\n");
    int printable = 0;
    for (int c = 0; c < 128; c++) printable += isprint(c) != 0;
    printf("printable %d\n", printable);

    int roundTrip = 1;
    for (int c = 0; c < 128; c++) {
        if (isalpha(c) && tolower(toupper(c)) != tolower(c)) roundTrip = 0;
        if (!isalpha(c) && (toupper(c) != c || tolower(c) != c)) roundTrip = 0;
    }
    printf("round trip ok: %d\n", roundTrip);
    printf("toupper(EOF)=%d tolower('Q')=%c toupper('7')=%c\n", toupper(EOF), tolower('Q'), toupper('7'));

    const char *samples = "Hi 9\t~\n_Z";
    for (const char *p = samples; *p; p++) printf("%3d %s\n", *p, className((unsigned char)*p));

    char word[] = "hello, World 42!";
    int caps = 1;
    for (char *p = word; *p; p++) {
        if (isalpha((unsigned char)*p)) {
            *p = caps ? toupper((unsigned char)*p) : tolower((unsigned char)*p);
            caps = 0;
        } else {
            caps = 1;
        }
    }
    printf("%s\n", word);
    int digitsValue = 0;
    for (const char *p = "x1y2z3"; *p; p++)
        if (isdigit((unsigned char)*p)) digitsValue = digitsValue * 10 + (*p - '0');
    printf("digits %d\n", digitsValue);
    printf("nonzero results are true: %d %d\n", isdigit('5') != 0, isalpha('5') != 0);
    return 0;
}
