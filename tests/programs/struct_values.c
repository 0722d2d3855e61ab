// Structs by value: passing, returning, assigning, arrays of structs, nested initializers.
#include <stdio.h>

typedef struct { double x, y; } Vec;
typedef struct { Vec min, max; char name[8]; } Box;

Vec add(Vec a, Vec b) {
    Vec r = {a.x + b.x, a.y + b.y};
    return r;
}

Vec scale(Vec v, double k) {
    v.x *= k;
    v.y *= k;
    return v;
}

double area(Box b) { return (b.max.x - b.min.x) * (b.max.y - b.min.y); }

Box makeBox(double w, double h) {
    Box b = {{0, 0}, {w, h}, "box"};
    return b;
}

int main(void) {
    Vec a = {1, 2}, b = {3.5, -1};
    Vec c = add(a, b);
    printf("%.1f %.1f\n", c.x, c.y);
    c = scale(add(c, a), 2);
    printf("%.1f %.1f\n", c.x, c.y);
    printf("%.1f %.1f\n", a.x, a.y);
    Box box = makeBox(3, 4);
    printf("%s %.1f\n", box.name, area(box));
    Box copy = box;
    copy.max.x = 10;
    printf("%.1f %.1f\n", area(box), area(copy));
    Vec pts[3] = {{1, 1}, {2, 4}, {3, 9}};
    Vec total = {0, 0};
    for (int i = 0; i < 3; i++) total = add(total, pts[i]);
    printf("%.1f %.1f\n", total.x, total.y);
    printf("%.1f\n", add(a, b).y);
    return 0;
}
