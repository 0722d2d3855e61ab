// Enums with explicit values in switches: nested switch with fallthrough, default in the middle,
// enum arithmetic, a token classifier driven by a character switch.
#include <stdio.h>

enum Shape { CIRCLE = 1, SQUARE = 4, TRIANGLE = 3, HEXAGON = 6, BLOB = -2 };
enum Level { LOW = 10, MID = 20, HIGH = 30 };
typedef enum { TOK_NUM, TOK_OP, TOK_SPACE, TOK_PAREN, TOK_OTHER } TokenKind;

const char *shapeName(enum Shape s) {
    switch (s) {
    case CIRCLE: return "circle";
    case SQUARE: return "square";
    default: return "unknown";
    case TRIANGLE: return "triangle";
    case HEXAGON: return "hexagon";
    }
}

int score(enum Shape s, enum Level l) {
    int points = 0;
    switch (s) {
    case HEXAGON:
        points += 100;
        /* fall through */
    case SQUARE:
        points += 10;
        switch (l) {
        case HIGH: points *= 3; break;
        case MID: points *= 2;
        /* fall through */
        default: points += 1; break;
        }
        break;
    default:
        points = -1;
        /* fall through */
    case TRIANGLE:
        points += 5;
        break;
    }
    return points;
}

TokenKind classify(char c) {
    switch (c) {
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9': return TOK_NUM;
    case '+': case '-': case '*': case '/': return TOK_OP;
    case ' ': case '\t': return TOK_SPACE;
    case '(': case ')': return TOK_PAREN;
    }
    return TOK_OTHER;
}

int main(void) {
    enum Shape shapes[] = {CIRCLE, SQUARE, TRIANGLE, HEXAGON, BLOB, (enum Shape)5};
    enum Level levels[] = {LOW, MID, HIGH};
    for (int i = 0; i < 6; i++) {
        printf("%-8s (%2d):", shapeName(shapes[i]), shapes[i]);
        for (int j = 0; j < 3; j++) printf(" %4d", score(shapes[i], levels[j]));
        printf("\n");
    }
    printf("HIGH-LOW=%d MID/LOW=%d sizeof(enum Level)=%zu\n", HIGH - LOW, MID / LOW, sizeof(enum Level));
    enum Level l = LOW;
    l += 10;
    printf("LOW+10 is MID: %d\n", l == MID);
    const char *names[] = {"num", "op", "space", "paren", "other"};
    const char *expr = "(12 + x)*3";
    int histogram[5] = {0};
    for (const char *p = expr; *p; p++) {
        TokenKind k = classify(*p);
        histogram[k]++;
        printf("%c:%s ", *p, names[k]);
    }
    printf("\n");
    for (int k = TOK_NUM; k <= TOK_OTHER; k++) printf("%s=%d ", names[k], histogram[k]);
    printf("\n");
    int counter = 0;
    for (int i = 0; i < 10; i++) {
        switch (i % 4) {
        case 0: continue;
        case 1: counter += 1;
        case 2: counter += 10; break;
        default: counter += 100;
        }
        counter += 1000;
    }
    printf("counter %d\n", counter);
    return 0;
}
