// switch: fallthrough, default in the middle, nested switch, break and continue in loops.
#include <stdio.h>

int classify(int n) {
    int score = 0;
    switch (n % 5) {
    case 0:
        score += 1;
    case 1:
        score += 10;
        break;
    default:
        score += 100;
    case 3:
        score += 1000;
        break;
    case 4:
        return -1;
    }
    return score;
}

int main(void) {
    for (int i = 0; i < 10; i++) printf("%d:%d ", i, classify(i));
    printf("\n");
    int count = 0;
    for (int i = 0; i < 20; i++) {
        switch (i & 3) {
        case 0: continue;
        case 1:
            switch (i) {
            case 5: count += 100; break;
            default: count += 1;
            }
            break;
        case 2: count += 2; break;
        }
        count++;
    }
    printf("count %d\n", count);
    char grade = 'B';
    switch (grade) {
    case 'A': printf("excellent\n"); break;
    case 'B':
    case 'C': printf("good\n"); break;
    default: printf("?\n");
    }
    return 0;
}
