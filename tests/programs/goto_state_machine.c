// A goto-based state machine that parses signed numbers with optional fractions from a string,
// and a retry loop built from labels; counts transitions.
#include <stdio.h>

int parseNumbers(const char *s, double *out, int max) {
    int count = 0, transitions = 0;
    int sign = 1;
    double value = 0, scale = 1;
    const char *p = s;
start:
    transitions++;
    if (*p == '\0') goto done;
    if (*p == '-' || *p == '+') {
        sign = *p == '-' ? -1 : 1;
        p++;
        goto integer;
    }
    if (*p >= '0' && *p <= '9') goto integer;
    p++;
    goto start;
integer:
    transitions++;
    if (*p >= '0' && *p <= '9') {
        value = value * 10 + (*p - '0');
        p++;
        goto integer;
    }
    if (*p == '.') {
        p++;
        goto fraction;
    }
    goto emit;
fraction:
    transitions++;
    if (*p >= '0' && *p <= '9') {
        scale /= 10;
        value += (*p - '0') * scale;
        p++;
        goto fraction;
    }
emit:
    if (count < max) out[count++] = sign * value;
    sign = 1;
    value = 0;
    scale = 1;
    goto start;
done:
    printf("(%d transitions) ", transitions);
    return count;
}

int main(void) {
    const char *inputs[] = {"12 -3.5 +7", "x=1.25, y=-0.5;", "", "--4 9.", "no digits"};
    for (int i = 0; i < 5; i++) {
        double nums[8];
        int n = parseNumbers(inputs[i], nums, 8);
        printf("\"%s\" ->", inputs[i]);
        for (int k = 0; k < n; k++) printf(" %g", nums[k]);
        printf(" [%d]\n", n);
    }
    int attempts = 0, value = 1;
retry:
    attempts++;
    value = value * 3 + 1;
    if (value % 7 != 0 && attempts < 20) goto retry;
    printf("value %d after %d attempts\n", value, attempts);
    int i = 0, j;
outer:
    if (i >= 4) goto finished;
    j = 0;
inner:
    if (j > i) {
        printf("\n");
        i++;
        goto outer;
    }
    printf("%d%d ", i, j);
    j++;
    goto inner;
finished:
    printf("triangle done\n");
    return 0;
}
