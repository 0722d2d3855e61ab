// Initializers: global arrays with designators, nested struct designators, zero-filled remainders,
// compound literals as arguments and lvalues, const tables, char arrays versus string literals.
#include <stdio.h>
#include <string.h>

struct Point { int x, y; };
struct Rect { struct Point min, max; const char *label; };

int primes[10] = {[0] = 2, [1] = 3, [4] = 11, 13, [9] = 29};
const char *weekday[7] = {[6] = "sun", [0] = "mon", [2] = "wed"};
struct Rect rects[] = {
    {.label = "unit", .max = {1, 1}},
    [2] = {{-1, -2}, {3, 4}, "wide"},
    {.min.x = 5, .max.y = 9},
};
static const int squares[] = {0, 1, 4, 9, 16, 25};
char grid[3][4] = {"abc", {'d', 'e'}, [2] = "xy"};

int area(struct Rect r) { return (r.max.x - r.min.x) * (r.max.y - r.min.y); }
int sumPoints(const struct Point *pts, int n) {
    int s = 0;
    for (int i = 0; i < n; i++) s += pts[i].x * pts[i].y;
    return s;
}

int main(void) {
    for (int i = 0; i < 10; i++) printf("%d ", primes[i]);
    printf("\n");
    for (int i = 0; i < 7; i++) printf("%s ", weekday[i] ? weekday[i] : "-");
    printf("\n");
    int nRects = sizeof rects / sizeof rects[0];
    printf("%d rects\n", nRects);
    for (int i = 0; i < nRects; i++)
        printf("%d: (%d,%d)-(%d,%d) %s area %d\n", i, rects[i].min.x, rects[i].min.y, rects[i].max.x, rects[i].max.y,
               rects[i].label ? rects[i].label : "(null)", area(rects[i]));
    printf("squares %zu last %d\n", sizeof squares / sizeof *squares, squares[5]);
    for (int r = 0; r < 3; r++) {
        for (int c = 0; c < 4; c++) printf("%d ", grid[r][c]);
        printf("| %s\n", grid[r]);
    }

    printf("area of literal %d\n", area((struct Rect){{0, 0}, {6, 7}, "tmp"}));
    printf("sum %d\n", sumPoints((struct Point[]){{1, 2}, {3, 4}, {5, 6}}, 3));
    int *arr = (int[]){10, 20, 30};
    arr[1] += 5;
    printf("compound array %d %d %d\n", arr[0], arr[1], arr[2]);
    struct Point *pp = &(struct Point){7, 8};
    pp->y *= 2;
    printf("compound lvalue %d %d\n", pp->x, pp->y);

    char mutableText[] = "hello";
    const char *literal = "hello";
    mutableText[0] = 'J';
    printf("%s %s sizes %zu %zu lens %zu %zu\n", mutableText, literal, sizeof mutableText, sizeof literal,
           strlen(mutableText), strlen(literal));
    char exact[5] = "hello";
    printf("exact fit no terminator: %c%c%c%c%c\n", exact[0], exact[1], exact[2], exact[3], exact[4]);
    char padded[8] = "hi";
    int zeros = 0;
    for (int i = 0; i < 8; i++) zeros += padded[i] == 0;
    printf("padded zeros %d\n", zeros);
    printf("literal index %c, sizeof literal %zu\n", "abcdef"[3], sizeof "abcdef");
    struct Point zero = {0};
    struct Point partial = {.y = 3};
    printf("zero %d %d partial %d %d\n", zero.x, zero.y, partial.x, partial.y);
    int local[5] = {1, [3] = 7};
    for (int i = 0; i < 5; i++) printf("%d", local[i]);
    printf("\n");
    return 0;
}
