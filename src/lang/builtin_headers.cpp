// Built-in header texts: real prototypes of the library functions the interpreter provides, and the macros
// and typedefs of glibc on x86-64 (NULL, EOF, INT_MAX, SIZE_MAX, RAND_MAX, int8_t..uint64_t, ...).
// Functions named __memviz_* / __builtin_* and __assert_fail are hooks the interpreter implements.
#include "lang/builtin_headers.h"

#include <array>
#include <utility>

namespace memviz::lang {

namespace {

constexpr std::string_view stddefH = R"(#ifndef __MEMVIZ_STDDEF_H
#define __MEMVIZ_STDDEF_H
typedef unsigned long size_t;
typedef long ptrdiff_t;
typedef int wchar_t;
typedef struct { long long __ll; long double __ld; } max_align_t;
#define NULL ((void *)0)
#define offsetof(type, member) __builtin_offsetof(type, member)
#endif
)";

constexpr std::string_view stdioH = R"(#ifndef __MEMVIZ_STDIO_H
#define __MEMVIZ_STDIO_H
#include <stddef.h>
#include <stdarg.h>
typedef struct __memviz_FILE FILE;
extern FILE *stdin;
extern FILE *stdout;
extern FILE *stderr;
#define EOF (-1)
#define BUFSIZ 8192
int printf(const char *format, ...);
int fprintf(FILE *stream, const char *format, ...);
int sprintf(char *str, const char *format, ...);
int snprintf(char *str, size_t size, const char *format, ...);
int vprintf(const char *format, va_list ap);
int vfprintf(FILE *stream, const char *format, va_list ap);
int vsprintf(char *str, const char *format, va_list ap);
int vsnprintf(char *str, size_t size, const char *format, va_list ap);
int scanf(const char *format, ...);
int fscanf(FILE *stream, const char *format, ...);
int sscanf(const char *str, const char *format, ...);
int puts(const char *s);
int fputs(const char *s, FILE *stream);
int putchar(int c);
int fputc(int c, FILE *stream);
int putc(int c, FILE *stream);
int getchar(void);
int fgetc(FILE *stream);
int getc(FILE *stream);
int ungetc(int c, FILE *stream);
char *fgets(char *s, int size, FILE *stream);
int fflush(FILE *stream);
void perror(const char *s);
#endif
)";

constexpr std::string_view stdlibH = R"(#ifndef __MEMVIZ_STDLIB_H
#define __MEMVIZ_STDLIB_H
#include <stddef.h>
#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 2147483647
typedef struct { int quot; int rem; } div_t;
typedef struct { long quot; long rem; } ldiv_t;
void *malloc(size_t size);
void *calloc(size_t nmemb, size_t size);
void *realloc(void *ptr, size_t size);
void free(void *ptr);
void exit(int status);
void abort(void);
int atexit(void (*function)(void));
int abs(int j);
long labs(long j);
long long llabs(long long j);
div_t div(int numerator, int denominator);
ldiv_t ldiv(long numerator, long denominator);
int atoi(const char *nptr);
long atol(const char *nptr);
long long atoll(const char *nptr);
double atof(const char *nptr);
long strtol(const char *nptr, char **endptr, int base);
unsigned long strtoul(const char *nptr, char **endptr, int base);
long long strtoll(const char *nptr, char **endptr, int base);
unsigned long long strtoull(const char *nptr, char **endptr, int base);
double strtod(const char *nptr, char **endptr);
int rand(void);
void srand(unsigned int seed);
void qsort(void *base, size_t nmemb, size_t size, int (*compar)(const void *, const void *));
void *bsearch(const void *key, const void *base, size_t nmemb, size_t size,
              int (*compar)(const void *, const void *));
#endif
)";

constexpr std::string_view stringH = R"(#ifndef __MEMVIZ_STRING_H
#define __MEMVIZ_STRING_H
#include <stddef.h>
size_t strlen(const char *s);
size_t strnlen(const char *s, size_t maxlen);
char *strcpy(char *dest, const char *src);
char *strncpy(char *dest, const char *src, size_t n);
int strcmp(const char *s1, const char *s2);
int strncmp(const char *s1, const char *s2, size_t n);
char *strcat(char *dest, const char *src);
char *strncat(char *dest, const char *src, size_t n);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *haystack, const char *needle);
char *strdup(const char *s);
char *strndup(const char *s, size_t n);
size_t strspn(const char *s, const char *accept);
size_t strcspn(const char *s, const char *reject);
char *strpbrk(const char *s, const char *accept);
char *strtok(char *str, const char *delim);
char *strerror(int errnum);
void *memcpy(void *dest, const void *src, size_t n);
void *memmove(void *dest, const void *src, size_t n);
void *memset(void *s, int c, size_t n);
int memcmp(const void *s1, const void *s2, size_t n);
void *memchr(const void *s, int c, size_t n);
#endif
)";

constexpr std::string_view ctypeH = R"(#ifndef __MEMVIZ_CTYPE_H
#define __MEMVIZ_CTYPE_H
int isalnum(int c);
int isalpha(int c);
int isblank(int c);
int iscntrl(int c);
int isdigit(int c);
int isgraph(int c);
int islower(int c);
int isprint(int c);
int ispunct(int c);
int isspace(int c);
int isupper(int c);
int isxdigit(int c);
int tolower(int c);
int toupper(int c);
#endif
)";

constexpr std::string_view mathH = R"(#ifndef __MEMVIZ_MATH_H
#define __MEMVIZ_MATH_H
#define M_E 2.7182818284590452354
#define M_PI 3.14159265358979323846
#define M_PI_2 1.57079632679489661923
#define M_SQRT2 1.41421356237309504880
#define HUGE_VAL (__builtin_huge_val())
#define INFINITY (__builtin_inff())
#define NAN (__builtin_nanf(""))
float __builtin_nanf(const char *tag);
double sqrt(double x);
double cbrt(double x);
double pow(double x, double y);
double fabs(double x);
double floor(double x);
double ceil(double x);
double round(double x);
double trunc(double x);
double fmod(double x, double y);
double exp(double x);
double log(double x);
double log2(double x);
double log10(double x);
double sin(double x);
double cos(double x);
double tan(double x);
double asin(double x);
double acos(double x);
double atan(double x);
double atan2(double y, double x);
double sinh(double x);
double cosh(double x);
double tanh(double x);
double hypot(double x, double y);
double fmin(double x, double y);
double fmax(double x, double y);
float sqrtf(float x);
float fabsf(float x);
float powf(float x, float y);
float floorf(float x);
float ceilf(float x);
float roundf(float x);
int isnan(double x);
int isinf(double x);
#endif
)";

constexpr std::string_view assertH = R"(#undef assert
#ifdef NDEBUG
#define assert(expr) ((void)0)
#else
#define assert(expr) ((expr) ? (void)0 : __assert_fail(#expr, __FILE__, __LINE__, __func__))
#endif
#ifndef __MEMVIZ_ASSERT_H
#define __MEMVIZ_ASSERT_H
void __assert_fail(const char *assertion, const char *file, unsigned int line, const char *function);
#endif
)";

constexpr std::string_view stdboolH = R"(#ifndef __MEMVIZ_STDBOOL_H
#define __MEMVIZ_STDBOOL_H
#define bool _Bool
#define true 1
#define false 0
#define __bool_true_false_are_defined 1
#endif
)";

constexpr std::string_view stdintH = R"(#ifndef __MEMVIZ_STDINT_H
#define __MEMVIZ_STDINT_H
typedef signed char int8_t;
typedef short int16_t;
typedef int int32_t;
typedef long int64_t;
typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;
typedef unsigned long uint64_t;
typedef signed char int_least8_t;
typedef short int_least16_t;
typedef int int_least32_t;
typedef long int_least64_t;
typedef unsigned char uint_least8_t;
typedef unsigned short uint_least16_t;
typedef unsigned int uint_least32_t;
typedef unsigned long uint_least64_t;
typedef signed char int_fast8_t;
typedef long int_fast16_t;
typedef long int_fast32_t;
typedef long int_fast64_t;
typedef unsigned char uint_fast8_t;
typedef unsigned long uint_fast16_t;
typedef unsigned long uint_fast32_t;
typedef unsigned long uint_fast64_t;
typedef long intptr_t;
typedef unsigned long uintptr_t;
typedef long intmax_t;
typedef unsigned long uintmax_t;
#define INT8_MIN (-128)
#define INT16_MIN (-32767-1)
#define INT32_MIN (-2147483647-1)
#define INT64_MIN (-9223372036854775807L-1)
#define INT8_MAX (127)
#define INT16_MAX (32767)
#define INT32_MAX (2147483647)
#define INT64_MAX (9223372036854775807L)
#define UINT8_MAX (255)
#define UINT16_MAX (65535)
#define UINT32_MAX (4294967295U)
#define UINT64_MAX (18446744073709551615UL)
#define INTPTR_MIN (-9223372036854775807L-1)
#define INTPTR_MAX (9223372036854775807L)
#define UINTPTR_MAX (18446744073709551615UL)
#define INTMAX_MIN (-9223372036854775807L-1)
#define INTMAX_MAX (9223372036854775807L)
#define UINTMAX_MAX (18446744073709551615UL)
#define PTRDIFF_MIN (-9223372036854775807L-1)
#define PTRDIFF_MAX (9223372036854775807L)
#define SIZE_MAX (18446744073709551615UL)
#define INT8_C(c) c
#define INT16_C(c) c
#define INT32_C(c) c
#define INT64_C(c) c ## L
#define UINT8_C(c) c
#define UINT16_C(c) c
#define UINT32_C(c) c ## U
#define UINT64_C(c) c ## UL
#define INTMAX_C(c) c ## L
#define UINTMAX_C(c) c ## UL
#endif
)";

constexpr std::string_view limitsH = R"(#ifndef __MEMVIZ_LIMITS_H
#define __MEMVIZ_LIMITS_H
#define CHAR_BIT 8
#define SCHAR_MIN (-128)
#define SCHAR_MAX 127
#define UCHAR_MAX 255
#define CHAR_MIN SCHAR_MIN
#define CHAR_MAX SCHAR_MAX
#define MB_LEN_MAX 16
#define SHRT_MIN (-32768)
#define SHRT_MAX 32767
#define USHRT_MAX 65535
#define INT_MIN (-INT_MAX - 1)
#define INT_MAX 2147483647
#define UINT_MAX 4294967295U
#define LONG_MAX 9223372036854775807L
#define LONG_MIN (-LONG_MAX - 1L)
#define ULONG_MAX 18446744073709551615UL
#define LLONG_MAX 9223372036854775807LL
#define LLONG_MIN (-LLONG_MAX - 1LL)
#define ULLONG_MAX 18446744073709551615ULL
#endif
)";

// va_list is a cursor over the variadic arguments; the interpreter implements the three hooks.
constexpr std::string_view stdargH = R"(#ifndef __MEMVIZ_STDARG_H
#define __MEMVIZ_STDARG_H
typedef char *va_list;
void __builtin_va_start(va_list *ap);
void *__builtin_va_arg(va_list *ap, unsigned long size);
void __builtin_va_end(va_list *ap);
#define va_start(ap, last) __builtin_va_start(&(ap))
#define va_arg(ap, type) (*(type *)__builtin_va_arg(&(ap), sizeof(type)))
#define va_end(ap) __builtin_va_end(&(ap))
#define va_copy(dest, src) ((dest) = (src))
#endif
)";

constexpr std::string_view errnoH = R"(#ifndef __MEMVIZ_ERRNO_H
#define __MEMVIZ_ERRNO_H
int *__errno_location(void);
#define errno (*__errno_location())
#define EPERM 1
#define ENOENT 2
#define EINTR 4
#define EIO 5
#define EBADF 9
#define ENOMEM 12
#define EACCES 13
#define EEXIST 17
#define EINVAL 22
#define ENOSPC 28
#define EDOM 33
#define ERANGE 34
#endif
)";

constexpr std::string_view floatH = R"(#ifndef __MEMVIZ_FLOAT_H
#define __MEMVIZ_FLOAT_H
#define FLT_RADIX 2
#define FLT_MANT_DIG 24
#define DBL_MANT_DIG 53
#define FLT_DIG 6
#define DBL_DIG 15
#define FLT_EPSILON 1.19209289550781250000000000000000000e-7F
#define DBL_EPSILON ((double)2.22044604925031308084726333618164062e-16L)
#define FLT_MIN 1.17549435082228750796873653722224568e-38F
#define DBL_MIN ((double)2.22507385850720138309023271733240406e-308L)
#define FLT_MAX 3.40282346638528859811704183484516925e+38F
#define DBL_MAX ((double)1.79769313486231570814527423731704357e+308L)
#define FLT_MAX_EXP 128
#define DBL_MAX_EXP 1024
#define FLT_MIN_EXP (-125)
#define DBL_MIN_EXP (-1021)
#endif
)";

constexpr std::string_view timeH = R"(#ifndef __MEMVIZ_TIME_H
#define __MEMVIZ_TIME_H
#include <stddef.h>
typedef long time_t;
typedef long clock_t;
#define CLOCKS_PER_SEC ((clock_t)1000000)
time_t time(time_t *tloc);
clock_t clock(void);
double difftime(time_t time1, time_t time0);
#endif
)";

constexpr std::array<std::pair<std::string_view, std::string_view>, 15> headers = {{
    {"stdio.h", stdioH},   {"stdlib.h", stdlibH},   {"string.h", stringH}, {"ctype.h", ctypeH},
    {"math.h", mathH},     {"assert.h", assertH},   {"stdbool.h", stdboolH}, {"stddef.h", stddefH},
    {"stdint.h", stdintH}, {"limits.h", limitsH},   {"stdarg.h", stdargH}, {"errno.h", errnoH},
    {"float.h", floatH},   {"time.h", timeH},       {"inttypes.h", "#include <stdint.h>\n"},
}};

} // namespace

std::optional<std::string_view> builtinHeader(std::string_view name) {
    for (const auto& [headerName, text] : headers)
        if (headerName == name) return text;
    return std::nullopt;
}

std::optional<std::string_view> headerDeclaring(std::string_view name) {
    for (const auto& [headerName, text] : headers) {
        for (std::size_t at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
            bool startOk = at > 0 && (text[at - 1] == ' ' || text[at - 1] == '*');
            bool endOk = at + name.size() < text.size() && text[at + name.size()] == '(';
            if (startOk && endOk) return headerName;
        }
    }
    return std::nullopt;
}

std::string_view builtinHeaderList() {
    return "assert.h, ctype.h, errno.h, float.h, inttypes.h, limits.h, math.h, stdarg.h, stdbool.h, stddef.h, "
           "stdint.h, stdio.h, stdlib.h, string.h, time.h";
}

} // namespace memviz::lang
