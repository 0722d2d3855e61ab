// A do-while menu reading commands from stdin: a bank account with deposits, withdrawals and a history,
// invalid input handling with scanf's return value, and an exit status from the final balance.
#include <stdio.h>

#define MAX_HISTORY 16

int main(void) {
    int choice;
    long balance = 100;
    long history[MAX_HISTORY];
    int count = 0;
    int invalid = 0;
    do {
        printf("1) deposit 2) withdraw 3) history 0) quit > ");
        if (scanf("%d", &choice) != 1) {
            int c;
            while ((c = getchar()) != '\n' && c != EOF) {
            }
            if (c == EOF) {
                printf("\nend of input\n");
                break;
            }
            printf("not a number\n");
            invalid++;
            choice = -1;
            continue;
        }
        long amount;
        switch (choice) {
        case 1:
            if (scanf("%ld", &amount) == 1 && amount > 0) {
                balance += amount;
                if (count < MAX_HISTORY) history[count++] = amount;
                printf("deposited %ld, balance %ld\n", amount, balance);
            } else {
                printf("bad amount\n");
            }
            break;
        case 2:
            if (scanf("%ld", &amount) == 1 && amount > 0) {
                if (amount > balance) {
                    printf("insufficient funds (%ld < %ld)\n", balance, amount);
                    break;
                }
                balance -= amount;
                if (count < MAX_HISTORY) history[count++] = -amount;
                printf("withdrew %ld, balance %ld\n", amount, balance);
            }
            break;
        case 3:
            printf("history:");
            for (int i = 0; i < count; i++) printf(" %+ld", history[i]);
            printf("\n");
            break;
        case 0: printf("bye\n"); break;
        default: printf("unknown choice %d\n", choice); invalid++;
        }
    } while (choice != 0);
    printf("final balance %ld, %d invalid\n", balance, invalid);
    return balance > 200 ? 2 : invalid;
}
