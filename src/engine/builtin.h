// Builtin: the library functions the machine provides (DESIGN.md §4), resolved by name once per program.
#pragma once

#include <cstdint>
#include <string_view>

namespace memviz::engine {

enum class Builtin : std::uint8_t {
    None,
    // stdlib
    Malloc, Calloc, Realloc, Free, Exit, Abort, Abs, Labs, Llabs, Atoi, Atol, Atoll, Atof, Strtol, Strtoul,
    Strtoll, Strtoull, Strtod, Rand, Srand, Qsort, Bsearch,
    // string
    Strlen, Strnlen, Strcpy, Strncpy, Strcmp, Strncmp, Strcat, Strncat, Strchr, Strrchr, Strstr, Strdup, Strndup,
    Strspn, Strcspn, Strpbrk, Strtok, Memcpy, Memmove, Memset, Memcmp, Memchr,
    // ctype
    Isalnum, Isalpha, Isblank, Iscntrl, Isdigit, Isgraph, Islower, Isprint, Ispunct, Isspace, Isupper,
    Isxdigit, Tolower, Toupper,
    // math
    Sqrt, Cbrt, Pow, Fabs, Floor, Ceil, Round, Trunc, Fmod, Exp, Log, Log2, Log10, Sin, Cos, Tan, Asin, Acos,
    Atan, Atan2, Sinh, Cosh, Tanh, Hypot, Fmin, Fmax, Sqrtf, Fabsf, Powf, Floorf, Ceilf, Roundf, Isnan, Isinf,
    Nanf,
    // stdio
    Printf, Fprintf, Sprintf, Snprintf, Vprintf, Vfprintf, Vsprintf, Vsnprintf, Puts, Fputs, Putchar, Fputc,
    Putc, Getchar, Fgetc, Getc, Ungetc, Fgets, Scanf, Fscanf, Sscanf, Fflush, Perror,
    // assert, stdarg, errno, time
    AssertFail, VaStart, VaArg, VaEnd, ErrnoLocation, Time, Clock,
};

// The builtin named `name`, or Builtin::None.
Builtin builtinNamed(std::string_view name);

} // namespace memviz::engine
