// PrintfFormatter: glibc-exact printf formatting for the interpreter. Each conversion spec is parsed
// with glibc's grammar; its arguments come from the ArgSource; the host's snprintf formats it.
#include "engine/printf_formatter.h"

#include <climits>
#include <cstdio>
#include <cwchar>
#include <limits>
#include <locale.h>
#include <vector>

namespace memviz::engine {

std::string_view lengthModifierText(LengthModifier length) {
    switch (length) {
    case LengthModifier::None: return "";
    case LengthModifier::Char: return "hh";
    case LengthModifier::Short: return "h";
    case LengthModifier::Long: return "l";
    case LengthModifier::LongLong: return "ll";
    case LengthModifier::IntMax: return "j";
    case LengthModifier::Size: return "z";
    case LengthModifier::PtrDiff: return "t";
    case LengthModifier::LongDouble: return "L";
    }
    return "";
}

unsigned integerSize(LengthModifier length) {
    switch (length) {
    case LengthModifier::Char: return 1;
    case LengthModifier::Short: return 2;
    case LengthModifier::None: return 4;
    default: return 8;
    }
}

std::uint64_t convertInteger(std::uint64_t value, LengthModifier length, bool isSigned) {
    switch (integerSize(length)) {
    case 1:
        return isSigned ? static_cast<std::uint64_t>(static_cast<std::int64_t>(static_cast<std::int8_t>(value)))
                        : static_cast<std::uint8_t>(value);
    case 2:
        return isSigned ? static_cast<std::uint64_t>(static_cast<std::int64_t>(static_cast<std::int16_t>(value)))
                        : static_cast<std::uint16_t>(value);
    case 4:
        return isSigned ? static_cast<std::uint64_t>(static_cast<std::int64_t>(static_cast<std::int32_t>(value)))
                        : static_cast<std::uint32_t>(value);
    default: return value;
    }
}

CLocaleScope::CLocaleScope() {
    locale_t c = newlocale(LC_ALL_MASK, "C", static_cast<locale_t>(nullptr));
    if (c != static_cast<locale_t>(nullptr)) {
        m_locale = c;
        m_previous = uselocale(c);
    }
}

CLocaleScope::~CLocaleScope() {
    if (m_locale != nullptr) {
        uselocale(static_cast<locale_t>(m_previous));
        freelocale(static_cast<locale_t>(m_locale));
    }
}

namespace {

// One parsed conversion spec: format[start, end) is its whole text, format[start, prefixEnd) the part
// up to and including the precision (flags, width and precision exactly as written).
struct Spec {
    std::size_t start = 0;
    std::size_t prefixEnd = 0;
    std::size_t end = 0;
    bool positional = false;
    bool widthStar = false;
    bool precisionStar = false;
    bool hasPrecision = false;
    std::int64_t width = 0;     // literal width (saturated), when not '*'
    std::int64_t precision = 0; // literal precision (saturated), when not '*'
    LengthModifier length = LengthModifier::None;
    char conversion = '\0'; // '\0': the format ended inside the spec
};

bool isDigit(char c) { return c >= '0' && c <= '9'; }

std::int64_t readNumber(std::string_view format, std::size_t& i) {
    std::int64_t value = 0;
    while (i < format.size() && isDigit(format[i])) {
        if (value <= std::numeric_limits<std::int64_t>::max() / 16) value = value * 10 + (format[i] - '0');
        ++i;
    }
    return value;
}

// Whether format[i...] is digits followed by '$' (a positional argument reference).
bool positionalAt(std::string_view format, std::size_t i) {
    std::size_t j = i;
    while (j < format.size() && isDigit(format[j])) ++j;
    return j > i && j < format.size() && format[j] == '$';
}

Spec parseSpec(std::string_view format, std::size_t start) {
    Spec spec;
    spec.start = start;
    std::size_t i = start + 1;
    if (positionalAt(format, i)) spec.positional = true;
    while (i < format.size()) { // flags
        char c = format[i];
        if (c != ' ' && c != '+' && c != '-' && c != '#' && c != '0' && c != '\'' && c != 'I') break;
        ++i;
    }
    if (i < format.size() && format[i] == '*') {
        spec.widthStar = true;
        ++i;
        if (positionalAt(format, i)) spec.positional = true;
    } else {
        spec.width = readNumber(format, i);
    }
    if (i < format.size() && format[i] == '.') {
        spec.hasPrecision = true;
        ++i;
        if (i < format.size() && format[i] == '*') {
            spec.precisionStar = true;
            ++i;
            if (positionalAt(format, i)) spec.positional = true;
        } else {
            spec.precision = readNumber(format, i);
        }
    }
    spec.prefixEnd = i;
    if (i < format.size()) {
        switch (format[i]) {
        case 'h':
            ++i;
            if (i < format.size() && format[i] == 'h') {
                ++i;
                spec.length = LengthModifier::Char;
            } else {
                spec.length = LengthModifier::Short;
            }
            break;
        case 'l':
            ++i;
            if (i < format.size() && format[i] == 'l') {
                ++i;
                spec.length = LengthModifier::LongLong;
            } else {
                spec.length = LengthModifier::Long;
            }
            break;
        case 'L': ++i; spec.length = LengthModifier::LongDouble; break;
        case 'q': ++i; spec.length = LengthModifier::LongLong; break;
        case 'j': ++i; spec.length = LengthModifier::IntMax; break;
        case 'z':
        case 'Z': ++i; spec.length = LengthModifier::Size; break;
        case 't': ++i; spec.length = LengthModifier::PtrDiff; break;
        default: break;
        }
    }
    if (i < format.size()) spec.conversion = format[i++];
    spec.end = i;
    return spec;
}

// glibc's is_long for %c and %s: l, ll, L, q, j, z and t all make them wide on x86-64.
bool isWide(LengthModifier length) {
    return length != LengthModifier::None && length != LengthModifier::Short && length != LengthModifier::Char;
}

// glibc's is_long_double for floating conversions: only ll, L and q.
bool isLongDoubleFloat(LengthModifier length) {
    return length == LengthModifier::LongLong || length == LengthModifier::LongDouble;
}

template <typename... Values>
bool appendHost(std::string& out, const std::string& spec, Values... values) {
    int needed = std::snprintf(nullptr, 0, spec.c_str(), values...);
    if (needed < 0) return false;
    std::size_t old = out.size();
    out.resize(old + static_cast<std::size_t>(needed) + 1);
    std::snprintf(out.data() + old, static_cast<std::size_t>(needed) + 1, spec.c_str(), values...);
    out.resize(old + static_cast<std::size_t>(needed));
    return true;
}

template <typename... Values>
bool appendWithStars(std::string& out, const std::string& spec, const std::vector<int>& stars, Values... values) {
    // A spec that takes no value (%%, an unknown conversion) still gets one unused int, so that the
    // format is never passed alone (printf ignores surplus arguments).
    if constexpr (sizeof...(Values) == 0) {
        return appendWithStars(out, spec, stars, 0);
    } else {
        switch (stars.size()) {
        case 0: return appendHost(out, spec, values...);
        case 1: return appendHost(out, spec, stars[0], values...);
        default: return appendHost(out, spec, stars[0], stars[1], values...);
        }
    }
}

class Formatter {
public:
    Formatter(std::string_view format, ArgSource& args, std::size_t outputLimit)
        : m_format(format.substr(0, format.find('\0'))), m_args(args), m_outputLimit(outputLimit) {}

    FormatResult run() {
        CLocaleScope cLocale;
        std::size_t i = 0;
        while (i < m_format.size()) {
            std::size_t percent = m_format.find('%', i);
            if (percent == std::string_view::npos) {
                m_result.output.append(m_format.substr(i));
                break;
            }
            m_result.output.append(m_format.substr(i, percent - i));
            Spec spec = parseSpec(m_format, percent);
            if (!convert(spec)) break;
            i = spec.end;
        }
        // printf returns the byte count, or -1 where glibc fails (or the count would pass INT_MAX).
        if (m_glibcFails || m_result.output.size() > static_cast<std::size_t>(INT_MAX)) m_result.returnValue = -1;
        else m_result.returnValue = static_cast<int>(m_result.output.size());
        return std::move(m_result);
    }

private:
    void fail(const Spec& spec, FormatErrorKind kind, std::string message) {
        if (m_result.error.kind == FormatErrorKind::None) {
            m_result.error.kind = kind;
            m_result.error.offset = spec.start;
            m_result.error.message = std::move(message);
        }
    }

    std::string specText(const Spec& spec) const {
        return std::string(m_format.substr(spec.start, spec.end - spec.start));
    }

    // The spec with its length modifier and conversion replaced: "%-10.3" + text.
    std::string rebuilt(const Spec& spec, std::string_view tail) const {
        std::string text(m_format.substr(spec.start, spec.prefixEnd - spec.start));
        text.append(tail);
        return text;
    }

    bool missing(const Spec& spec, std::string_view what) {
        fail(spec, FormatErrorKind::MissingArgument,
             "missing " + std::string(what) + " argument for '" + specText(spec) + "'");
        return false;
    }

    bool hostFailed(const Spec& spec) {
        fail(spec, FormatErrorKind::OutputError, "glibc fails on '" + specText(spec) + "'; printf returns -1");
        m_glibcFails = true;
        return false;
    }

    // Resolves the '*' arguments (width first, then precision) into m_stars. False on a missing one.
    bool fetchStars(const Spec& spec) {
        m_stars.clear();
        for (bool star : {spec.widthStar, spec.precisionStar}) {
            if (!star) continue;
            std::optional<std::uint64_t> value = m_args.nextInt(LengthModifier::None, true);
            if (!value) return missing(spec, "'*' int");
            m_stars.push_back(static_cast<int>(static_cast<std::int32_t>(*value)));
        }
        return true;
    }

    // The width and precision in effect (precision -1 when absent or a negative '*').
    std::int64_t effectiveWidth(const Spec& spec) const {
        if (!spec.widthStar) return spec.width;
        std::int64_t w = m_stars[0];
        return w < 0 ? -w : w;
    }

    std::int64_t effectivePrecision(const Spec& spec) const {
        if (!spec.hasPrecision) return -1;
        if (!spec.precisionStar) return spec.precision;
        int p = m_stars[spec.widthStar ? 1 : 0];
        return p < 0 ? -1 : p;
    }

    // A literal width or precision past INT_MAX makes glibc fail with EOVERFLOW; one past the output
    // limit stops formatting before the host allocates it.
    bool checkSizes(const Spec& spec) {
        if (spec.width > INT_MAX || spec.precision > INT_MAX) return hostFailed(spec);
        std::int64_t width = effectiveWidth(spec);
        std::string_view padded = "diouxXbBfFeEgGaAp";
        std::int64_t precision = padded.find(spec.conversion) == std::string_view::npos ? -1 : effectivePrecision(spec);
        std::size_t room = m_outputLimit > m_result.output.size() ? m_outputLimit - m_result.output.size() : 0;
        if (static_cast<std::uint64_t>(width) > room || (precision > 0 && static_cast<std::uint64_t>(precision) > room)) {
            fail(spec, FormatErrorKind::OutputLimit, "output of '" + specText(spec) + "' exceeds the output limit");
            return false;
        }
        return true;
    }

    // Formats one spec and appends its output. False when formatting stops here.
    bool convert(const Spec& spec) {
        if (spec.conversion == '\0') {
            fail(spec, FormatErrorKind::IncompleteSpec,
                 "the format ends inside the conversion spec '" + specText(spec) + "'; printf returns -1");
            m_glibcFails = true;
            return false;
        }
        if (spec.positional) {
            fail(spec, FormatErrorKind::Unsupported, "positional arguments ('" + specText(spec) + "') are not supported");
            return false;
        }
        if (!fetchStars(spec)) return false;
        if (!checkSizes(spec)) return false;
        std::string text = specText(spec);
        switch (spec.conversion) {
        case 'd':
        case 'i': return convertSigned(spec, text);
        case 'u':
        case 'o':
        case 'x':
        case 'X':
        case 'b':
        case 'B': return convertUnsigned(spec, text);
        case 'c': return convertChar(spec, text, isWide(spec.length));
        case 'C': return convertChar(spec, text, true);
        case 's': return convertString(spec);
        case 'S': return unsupportedWide(spec);
        case 'p': return convertPointer(spec, text);
        case 'n': return convertCount(spec);
        case 'm': return convertErrno(spec);
        case 'f':
        case 'F':
        case 'e':
        case 'E':
        case 'g':
        case 'G':
        case 'a':
        case 'A': return convertFloat(spec, text);
        case '%': // glibc prints one '%' whatever the flags and width ("%5%" too)
            m_result.output.push_back('%');
            return true;
        default:
            fail(spec, FormatErrorKind::UnknownConversion,
                 "unknown conversion '" + text + "' (printed as glibc prints it)");
            return appendWithStars(m_result.output, text, m_stars) || hostFailed(spec);
        }
    }

    bool convertSigned(const Spec& spec, const std::string& text) {
        std::optional<std::uint64_t> raw = m_args.nextInt(spec.length, true);
        if (!raw) return missing(spec, "integer");
        std::uint64_t value = convertInteger(*raw, spec.length, true);
        bool ok = integerSize(spec.length) <= 4
                      ? appendWithStars(m_result.output, text, m_stars, static_cast<int>(static_cast<std::int32_t>(value)))
                      : appendWithStars(m_result.output, text, m_stars, static_cast<long long>(value));
        return ok || hostFailed(spec);
    }

    bool convertUnsigned(const Spec& spec, const std::string& text) {
        std::optional<std::uint64_t> raw = m_args.nextInt(spec.length, false);
        if (!raw) return missing(spec, "integer");
        std::uint64_t value = convertInteger(*raw, spec.length, false);
        bool ok = integerSize(spec.length) <= 4
                      ? appendWithStars(m_result.output, text, m_stars, static_cast<unsigned>(value))
                      : appendWithStars(m_result.output, text, m_stars, static_cast<unsigned long long>(value));
        return ok || hostFailed(spec);
    }

    bool convertChar(const Spec& spec, const std::string& text, bool wide) {
        std::optional<std::uint64_t> raw = m_args.nextInt(LengthModifier::None, !wide);
        if (!raw) return missing(spec, "character");
        bool ok = wide ? appendWithStars(m_result.output, text, m_stars, static_cast<wint_t>(*raw))
                       : appendWithStars(m_result.output, text, m_stars, static_cast<int>(static_cast<std::int32_t>(*raw)));
        return ok || hostFailed(spec);
    }

    bool unsupportedWide(const Spec& spec) {
        fail(spec, FormatErrorKind::Unsupported, "wide strings ('" + specText(spec) + "') are not supported");
        return false;
    }

    bool convertString(const Spec& spec) {
        if (isWide(spec.length)) return unsupportedWide(spec);
        std::optional<std::uint64_t> address = m_args.nextPointer();
        if (!address) return missing(spec, "string");
        std::int64_t precision = effectivePrecision(spec);
        std::string text;
        if (*address == 0) {
            // glibc prints "(null)" for a NULL string when the precision leaves room for all of it.
            if (precision == -1 || precision >= 6) text = "(null)";
        } else {
            std::optional<std::size_t> maxLen;
            if (precision >= 0) maxLen = static_cast<std::size_t>(precision);
            std::optional<std::string> bytes = m_args.readString(*address, maxLen);
            if (!bytes) {
                fail(spec, FormatErrorKind::MemoryError, "reading the string for '" + specText(spec) + "' failed");
                return false;
            }
            text = std::move(*bytes);
            std::size_t nul = text.find('\0');
            if (nul != std::string::npos) text.resize(nul);
            if (maxLen && text.size() > *maxLen) text.resize(*maxLen);
        }
        return appendWithStars(m_result.output, rebuilt(spec, "s"), m_stars, text.c_str()) || hostFailed(spec);
    }

    bool convertPointer(const Spec& spec, const std::string& text) {
        std::optional<std::uint64_t> address = m_args.nextPointer();
        if (!address) return missing(spec, "pointer");
        void* pointer = reinterpret_cast<void*>(static_cast<std::uintptr_t>(*address));
        return appendWithStars(m_result.output, text, m_stars, pointer) || hostFailed(spec);
    }

    bool convertCount(const Spec& spec) {
        std::optional<std::uint64_t> address = m_args.nextPointer();
        if (!address) return missing(spec, "pointer");
        if (!m_args.writeCount(*address, static_cast<std::int64_t>(m_result.output.size()), spec.length)) {
            fail(spec, FormatErrorKind::MemoryError, "storing the count of '" + specText(spec) + "' failed");
            return false;
        }
        return true;
    }

    bool convertErrno(const Spec& spec) {
        std::string text = m_args.errnoText();
        return appendWithStars(m_result.output, rebuilt(spec, "s"), m_stars, text.c_str()) || hostFailed(spec);
    }

    bool convertFloat(const Spec& spec, const std::string& text) {
        if (isLongDoubleFloat(spec.length)) {
            std::optional<long double> value = m_args.nextLongDouble();
            if (!value) return missing(spec, "long double");
            return appendWithStars(m_result.output, text, m_stars, *value) || hostFailed(spec);
        }
        std::optional<double> value = m_args.nextDouble();
        if (!value) return missing(spec, "double");
        return appendWithStars(m_result.output, text, m_stars, *value) || hostFailed(spec);
    }

    std::string_view m_format;
    ArgSource& m_args;
    std::size_t m_outputLimit;
    FormatResult m_result;
    std::vector<int> m_stars;
    bool m_glibcFails = false; // glibc's printf would return -1
};

} // namespace

FormatResult formatPrintfFull(std::string_view format, ArgSource& args, std::size_t outputLimit) {
    return Formatter(format, args, outputLimit).run();
}

std::string formatPrintf(std::string_view format, ArgSource& args, FormatError* error) {
    FormatResult result = formatPrintfFull(format, args);
    if (error != nullptr) *error = std::move(result.error);
    return std::move(result.output);
}

} // namespace memviz::engine
