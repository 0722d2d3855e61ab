// Structs as values: passing and returning by value, arrays inside structs copied on assignment,
// nested struct updates through pointers, arrays of structs, and swap of whole structs.
#include <stdio.h>
#include <string.h>

typedef struct { double x, y; } Vec;
typedef struct { char name[16]; int scores[4]; Vec pos; } Player;

Vec add(Vec a, Vec b) { return (Vec){a.x + b.x, a.y + b.y}; }
Vec scale(Vec v, double k) {
    v.x *= k;
    v.y *= k;
    return v;
}
double dot(Vec a, Vec b) { return a.x * b.x + a.y * b.y; }

Player makePlayer(const char *name, int base) {
    Player p;
    memset(&p, 0, sizeof p);
    strncpy(p.name, name, sizeof p.name - 1);
    for (int i = 0; i < 4; i++) p.scores[i] = base + i * i;
    p.pos = (Vec){base / 10.0, -base / 4.0};
    return p;
}

int best(Player p) {
    int b = p.scores[0];
    for (int i = 1; i < 4; i++)
        if (p.scores[i] > b) b = p.scores[i];
    p.scores[0] = -1;
    return b;
}

void move(Player *p, Vec d) { p->pos = add(p->pos, d); }

void print(const Player *p) {
    printf("%-6s [%d %d %d %d] at (%.2f, %.2f)\n", p->name, p->scores[0], p->scores[1], p->scores[2], p->scores[3],
           p->pos.x, p->pos.y);
}

int main(void) {
    Vec a = {1.5, -2}, b = {0.25, 4};
    Vec c = add(a, scale(b, 2));
    printf("c = (%.2f, %.2f) dot %.3f\n", c.x, c.y, dot(a, b));
    Player team[3] = {makePlayer("ana", 10), makePlayer("bartholomew-the-long", 20), makePlayer("cy", 5)};
    for (int i = 0; i < 3; i++) print(&team[i]);
    printf("best of ana %d, ana's first still %d\n", best(team[0]), team[0].scores[0]);
    Player copy = team[1];
    copy.scores[2] = 999;
    copy.name[0] = 'B';
    print(&copy);
    print(&team[1]);
    Player tmp = team[0];
    team[0] = team[2];
    team[2] = tmp;
    move(&team[0], (Vec){1, 1});
    team[2].pos.y += 0.5;
    for (int i = 0; i < 3; i++) print(&team[i]);
    Player *p = &team[1];
    p->scores[3]--;
    (*p).pos.x = 0;
    print(p);
    printf("sizeof Player %zu, equal bytes after copy: %d\n", sizeof(Player), memcmp(&copy, &team[1], sizeof copy) == 0);
    struct { int a; char s[6]; } anon1 = {1, "abc"}, anon2;
    anon2 = anon1;
    anon2.s[0] = 'X';
    printf("%d %s %s\n", anon2.a, anon1.s, anon2.s);
    return 0;
}
