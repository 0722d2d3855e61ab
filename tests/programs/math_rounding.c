// math.h: sqrt pow floor ceil fmod round trunc on positive and negative values, printed with %.6f
// and %g; Newton's method against sqrt, integer rounding by casts versus round().
#include <stdio.h>
#include <math.h>

double newtonSqrt(double x) {
    double g = x / 2;
    for (int i = 0; i < 30; i++) g = (g + x / g) / 2;
    return g;
}

int main(void) {
    double values[] = {2.5, -2.5, 3.49, -3.51, 0.5, -0.5, 7.0, 1e-7};
    printf("%8s %8s %8s %8s %8s %8s\n", "x", "floor", "ceil", "round", "trunc", "(int)");
    for (int i = 0; i < 8; i++) {
        double x = values[i];
        printf("%8g %8g %8g %8g %8g %8d\n", x, floor(x), ceil(x), round(x), trunc(x), (int)x);
    }
    printf("fmod: %.6f %.6f %.6f %.6f\n", fmod(10.0, 3.0), fmod(-10.0, 3.0), fmod(10.0, -3.0), fmod(5.5, 1.5));
    printf("pow: %g %g %g %.6f %g\n", pow(2, 10), pow(2, -2), pow(9, 0.5), pow(1.0001, 10000), pow(-2, 3));
    for (int n = 1; n <= 5; n++) {
        double s = sqrt((double)n);
        printf("sqrt(%d) = %.10f newton %.10f diff %g\n", n, s, newtonSqrt(n), fabs(s - newtonSqrt(n)));
    }
    printf("hypot %.6f cbrt %.6f\n", hypot(3, 4), cbrt(27.0));
    printf("exp/log %.6f %.6f %.6f %.6f\n", exp(1.0), log(M_E), log10(1000.0), log2(1024.0));
    printf("trig %.6f %.6f %.6f %.6f\n", sin(M_PI / 6), cos(M_PI / 3), tan(M_PI / 4), atan2(1, 1) * 4);
    printf("%%g forms: %g %g %g %g %g %g\n", 100000.0, 1000000.0, 0.0001, 0.00001, 123456789.0, 1.5e-10);
    printf("%%e forms: %e %.2e %E\n", 12345.678, 0.000123, -9.5);
    double money = 2.675;
    printf("money %.2f %.3f %.20f\n", money, money, money);
    double sum = 0;
    for (int i = 0; i < 10; i++) sum += 0.1;
    printf("sum %.17g equal %d close %d\n", sum, sum == 1.0, fabs(sum - 1.0) < 1e-9);
    float f = 0.1f;
    printf("float %.10f double %.10f\n", f, 0.1);
    int rounded = (int)(2.7 + 0.5), roundedNeg = (int)(-2.7 - 0.5);
    printf("manual rounding %d %d lround-ish %d\n", rounded, roundedNeg, (int)round(-2.5));
    printf("fmin %g fmax %g\n", fmin(3, -1), fmax(3, -1));
    double deg = 0;
    while (deg <= 90) {
        printf("%4.0f deg: sin %.4f cos %.4f\n", deg, sin(deg * M_PI / 180), cos(deg * M_PI / 180));
        deg += 30;
    }
    printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, 3.5);
    printf("%5.1f|%-8.3f|%+.2f|%08.3f\n", 3.14159, 2.71828, 1.0, -3.5);
    return 0;
}
