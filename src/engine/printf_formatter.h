// PrintfFormatter: the formatting half of the interpreter's printf family. It parses a C format string
// exactly as glibc does, pulls the variadic arguments from the interpreter through ArgSource and
// produces the bytes glibc's printf would write. Numbers, %p and the text of unknown conversions are
// formatted by the host's own snprintf (glibc x86-64, the same as the target) for byte-exact output.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace memviz::engine {

// A length modifier of a printf or scanf conversion. 'q' parses as LongLong, 'Z' as Size.
enum class LengthModifier { None, Char, Short, Long, LongLong, IntMax, Size, PtrDiff, LongDouble };

// "hh", "h", "", "l", "ll", "j", "z", "t", "L".
std::string_view lengthModifierText(LengthModifier length);

// Bytes of the integer an integer conversion (or %n) with this modifier reads or stores on x86-64:
// hh 1, h 2, none 4, every other modifier 8 (glibc treats L as ll for integers).
unsigned integerSize(LengthModifier length);

// The value converted to the integer type the modifier names (signed or unsigned), then widened back
// to 64 bits (sign-extended when isSigned, zero-extended otherwise).
std::uint64_t convertInteger(std::uint64_t value, LengthModifier length, bool isSigned);

enum class FormatErrorKind {
    None,
    UnknownConversion, // glibc prints the spec back literally and goes on (a warning)
    IncompleteSpec,    // the format ends inside a spec: glibc stops and printf returns -1
    MissingArgument,   // the ArgSource has no argument for a conversion: output stops
    MemoryError,       // readString or writeCount failed (the interpreter reported it): output stops
    Unsupported,       // positional arguments (%1$d), wide strings (%ls): output stops
    OutputError,       // glibc itself fails (e.g. %lc of a non-ASCII value in the C locale): -1
    OutputLimit,       // a width or precision would take the output past the caller's limit: stops
};

struct FormatError {
    FormatErrorKind kind = FormatErrorKind::None;
    std::size_t offset = 0; // byte offset of the spec's '%' in the format
    std::string message;

    bool ok() const { return kind == FormatErrorKind::None; }
    // Whether formatting stopped at this error (everything but UnknownConversion).
    bool stopsOutput() const { return kind != FormatErrorKind::None && kind != FormatErrorKind::UnknownConversion; }
};

// The interpreter's view of a printf call's variadic arguments, consumed left to right. Every next*
// returns nullopt when the call has no further argument of that kind (the formatter then reports
// MissingArgument instead of printing garbage). On x86-64 integers/pointers and doubles travel in
// separate register sequences; an implementation may keep one list or two, as it likes.
class ArgSource {
public:
    virtual ~ArgSource() = default;

    // The next argument of an integer conversion (d i u o x X b B c, and the int of a '*' width or
    // precision). Returning the promoted argument's bits sign- or zero-extended to 64 is enough: the
    // formatter converts the value to the type that `length` and `isSigned` name itself.
    virtual std::optional<std::uint64_t> nextInt(LengthModifier length, bool isSigned) = 0;
    // The next double (f F e E g G a A without L).
    virtual std::optional<double> nextDouble() = 0;
    // The next long double (%Lf, %llf, %qf); by default a double widened.
    virtual std::optional<long double> nextLongDouble() {
        std::optional<double> value = nextDouble();
        if (!value) return std::nullopt;
        return static_cast<long double>(*value);
    }
    // The next pointer argument (%p, %s, %n), as a simulated address.
    virtual std::optional<std::uint64_t> nextPointer() = 0;
    // The bytes of the C string at `address`, without its NUL; when maxLen is given, at most that many
    // bytes and no byte past them is read (as glibc does for %.Ns). nullopt: the read hit a memory
    // error, which the interpreter has reported itself; output stops. Never called for NULL.
    virtual std::optional<std::string> readString(std::uint64_t address, std::optional<std::size_t> maxLen) = 0;
    // %n: store `count` (bytes output so far by this call) at `address` as an integer of
    // integerSize(length) bytes. false: the store failed and was reported; output stops.
    virtual bool writeCount(std::uint64_t address, std::int64_t count, LengthModifier length) = 0;
    // The text %m prints: strerror(errno) of the simulated program.
    virtual std::string errnoText() { return "Success"; }
};

struct FormatResult {
    std::string output;  // the bytes printf writes (up to the point where it stopped, if it did)
    int returnValue = 0; // what printf returns: output.size(), or -1 where glibc returns -1
    FormatError error;   // the first problem met; kind None when there was none
};

// Formats `format` (which ends at its first NUL, if any) with arguments from `args`. A spec whose
// width or precision alone exceeds what is left of outputLimit stops with OutputLimit (so that
// printf("%999999999d") cannot exhaust the host); glibc would print it.
FormatResult formatPrintfFull(std::string_view format, ArgSource& args,
                              std::size_t outputLimit = std::size_t{1} << 28);

// The same, returning only the output; the first problem (if any) goes to *error when error is given.
std::string formatPrintf(std::string_view format, ArgSource& args, FormatError* error = nullptr);

// While alive, makes the calling thread use the "C" locale (so a host locale set by the app, such as
// a decimal comma, cannot leak into the formatting); restores the previous one on destruction.
class CLocaleScope {
public:
    CLocaleScope();
    ~CLocaleScope();
    CLocaleScope(const CLocaleScope&) = delete;
    CLocaleScope& operator=(const CLocaleScope&) = delete;

private:
    void* m_locale = nullptr;   // locale_t of "C"
    void* m_previous = nullptr; // locale_t in use before
};

} // namespace memviz::engine
