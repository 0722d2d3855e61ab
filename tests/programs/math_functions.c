// math.h basics with printf of doubles.
#include <stdio.h>
#include <math.h>
#include <stdlib.h>

int main(void) {
    printf("%.6f %.6f %.6f\n", sqrt(2.0), pow(2.0, 10), fabs(-3.5));
    printf("%.1f %.1f %.1f %.1f\n", floor(-2.5), ceil(-2.5), round(2.5), round(-2.5));
    printf("%.6f %.6f %.6f\n", sin(M_PI / 6), cos(0.0), exp(1.0));
    printf("%.6f %.6f\n", log(M_E), fmod(10.5, 3.0));
    double r = 2.0;
    printf("area %.4f\n", M_PI * r * r);
    float f = 0.1f;
    double acc = 0;
    for (int i = 0; i < 10; i++) acc += f;
    printf("%.10f\n", acc);
    printf("%d %d\n", (int)sqrt(99), abs(-17));
    printf("%g %g\n", 1e300 * 1e10, -1e300 * 1e10);
    return 0;
}
