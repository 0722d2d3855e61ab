// Name table of the library functions the machine provides.
#include "engine/builtin.h"

#include <array>
#include <utility>

namespace memviz::engine {

namespace {

using B = Builtin;
constexpr std::pair<std::string_view, Builtin> kNames[] = {
    {"malloc", B::Malloc}, {"calloc", B::Calloc}, {"realloc", B::Realloc}, {"free", B::Free}, {"exit", B::Exit},
    {"abort", B::Abort}, {"abs", B::Abs}, {"labs", B::Labs}, {"llabs", B::Llabs}, {"atoi", B::Atoi},
    {"atol", B::Atol}, {"atoll", B::Atoll}, {"atof", B::Atof}, {"strtol", B::Strtol}, {"strtoul", B::Strtoul},
    {"strtoll", B::Strtoll}, {"strtoull", B::Strtoull}, {"strtod", B::Strtod}, {"rand", B::Rand},
    {"srand", B::Srand}, {"qsort", B::Qsort}, {"bsearch", B::Bsearch},
    {"strlen", B::Strlen}, {"strnlen", B::Strnlen}, {"strcpy", B::Strcpy}, {"strncpy", B::Strncpy},
    {"strcmp", B::Strcmp}, {"strncmp", B::Strncmp}, {"strcat", B::Strcat}, {"strncat", B::Strncat},
    {"strchr", B::Strchr}, {"strrchr", B::Strrchr}, {"strstr", B::Strstr}, {"strdup", B::Strdup},
    {"strndup", B::Strndup}, {"strspn", B::Strspn}, {"strcspn", B::Strcspn}, {"strpbrk", B::Strpbrk},
    {"strtok", B::Strtok}, {"memcpy", B::Memcpy}, {"memmove", B::Memmove}, {"memset", B::Memset},
    {"memcmp", B::Memcmp}, {"memchr", B::Memchr},
    {"isalnum", B::Isalnum}, {"isalpha", B::Isalpha}, {"isblank", B::Isblank}, {"iscntrl", B::Iscntrl},
    {"isdigit", B::Isdigit}, {"isgraph", B::Isgraph}, {"islower", B::Islower}, {"isprint", B::Isprint},
    {"ispunct", B::Ispunct}, {"isspace", B::Isspace}, {"isupper", B::Isupper}, {"isxdigit", B::Isxdigit},
    {"tolower", B::Tolower}, {"toupper", B::Toupper},
    {"sqrt", B::Sqrt}, {"cbrt", B::Cbrt}, {"pow", B::Pow}, {"fabs", B::Fabs}, {"floor", B::Floor},
    {"ceil", B::Ceil}, {"round", B::Round}, {"trunc", B::Trunc}, {"fmod", B::Fmod}, {"exp", B::Exp},
    {"log", B::Log}, {"log2", B::Log2}, {"log10", B::Log10}, {"sin", B::Sin}, {"cos", B::Cos}, {"tan", B::Tan},
    {"asin", B::Asin}, {"acos", B::Acos}, {"atan", B::Atan}, {"atan2", B::Atan2}, {"sinh", B::Sinh},
    {"cosh", B::Cosh}, {"tanh", B::Tanh}, {"hypot", B::Hypot}, {"fmin", B::Fmin}, {"fmax", B::Fmax},
    {"sqrtf", B::Sqrtf}, {"fabsf", B::Fabsf}, {"powf", B::Powf}, {"floorf", B::Floorf}, {"ceilf", B::Ceilf},
    {"roundf", B::Roundf}, {"isnan", B::Isnan}, {"isinf", B::Isinf}, {"__builtin_nanf", B::Nanf},
    {"printf", B::Printf}, {"fprintf", B::Fprintf}, {"sprintf", B::Sprintf}, {"snprintf", B::Snprintf},
    {"vprintf", B::Vprintf}, {"vfprintf", B::Vfprintf}, {"vsprintf", B::Vsprintf}, {"vsnprintf", B::Vsnprintf},
    {"puts", B::Puts}, {"fputs", B::Fputs}, {"putchar", B::Putchar}, {"fputc", B::Fputc}, {"putc", B::Putc},
    {"getchar", B::Getchar}, {"fgetc", B::Fgetc}, {"getc", B::Getc}, {"ungetc", B::Ungetc}, {"fgets", B::Fgets},
    {"scanf", B::Scanf}, {"fscanf", B::Fscanf}, {"sscanf", B::Sscanf}, {"fflush", B::Fflush},
    {"perror", B::Perror},
    {"__assert_fail", B::AssertFail}, {"__builtin_va_start", B::VaStart}, {"__builtin_va_arg", B::VaArg},
    {"__builtin_va_end", B::VaEnd}, {"__errno_location", B::ErrnoLocation}, {"time", B::Time},
    {"clock", B::Clock},
};

} // namespace

Builtin builtinNamed(std::string_view name) {
    for (const auto& [n, b] : kNames)
        if (n == name) return b;
    return Builtin::None;
}

} // namespace memviz::engine
