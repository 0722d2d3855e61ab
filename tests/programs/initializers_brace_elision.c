// Brace elision in initializers: arrays of structs, structs holding structs and arrays, and 2-D arrays
// filled from flat lists; `{0}` zeroes a whole array of structs; a lone scalar before the closing brace
// still starts the first struct.
#include <stdio.h>

struct point { int x, y; };
struct box { struct point corner; int size[2]; char tag; };
union number { int i; char bytes[4]; };

struct point globalPoints[3] = {1, 2, 3};
struct box globalBoxes[2] = {10, 20, 30, 40, 'a', 50};
int grid[2][3] = {1, 2, 3, 4};
union number numbers[2] = {7, 8};

int main(void) {
    struct point zero[4] = {0};
    struct point some[3] = {1, 2, 3, 4, 5};
    struct box boxes[2] = {{{1, 2}, {3, 4}, 'b'}, 5, 6, 7, 8, 'c'};
    struct point mixed[3] = {{1, 2}, 3, 4, [2] = {5}};
    int flat[2][2][2] = {1, 2, 3, 4, 5};
    for (int i = 0; i < 3; i++) printf("global point %d: %d %d\n", i, globalPoints[i].x, globalPoints[i].y);
    for (int i = 0; i < 2; i++)
        printf("global box %d: %d %d %d %d %c\n", i, globalBoxes[i].corner.x, globalBoxes[i].corner.y,
               globalBoxes[i].size[0], globalBoxes[i].size[1], globalBoxes[i].tag ? globalBoxes[i].tag : '-');
    for (int i = 0; i < 2; i++) printf("grid row %d: %d %d %d\n", i, grid[i][0], grid[i][1], grid[i][2]);
    printf("numbers: %d %d\n", numbers[0].i, numbers[1].i);
    int sum = 0;
    for (int i = 0; i < 4; i++) sum += zero[i].x + zero[i].y;
    printf("zero sum %d\n", sum);
    for (int i = 0; i < 3; i++) printf("some %d: %d %d\n", i, some[i].x, some[i].y);
    for (int i = 0; i < 2; i++)
        printf("box %d: %d %d %d %d %c\n", i, boxes[i].corner.x, boxes[i].corner.y, boxes[i].size[0],
               boxes[i].size[1], boxes[i].tag);
    for (int i = 0; i < 3; i++) printf("mixed %d: %d %d\n", i, mixed[i].x, mixed[i].y);
    for (int i = 0; i < 8; i++) printf("%d%c", flat[i / 4][i / 2 % 2][i % 2], i == 7 ? '\n' : ' ');
    return 0;
}
