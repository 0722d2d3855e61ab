// ScanfReader: a transcription of glibc 2.36's vfscanf control flow for the byte-oriented (non-wide,
// C locale) case, so that every character it consumes and pushes back is the one glibc would.
#include "engine/scanf_reader.h"

#include <array>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <string>

namespace memviz::engine {

namespace {

constexpr int kEof = InputCursor::endOfFile;

bool isSpace(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }
bool isDigit(int c) { return c >= '0' && c <= '9'; }
bool isXDigit(int c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
int toLower(int c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }

// How a directive ended: go on with the format, or stop (glibc's conv_error / input_error).
enum class Step { Next, ConvError, InputError, Stop };

class Scanner {
public:
    Scanner(std::string_view format, InputCursor& in, ScanSink& sink, FormatError* error)
        : m_format(format.substr(0, format.find('\0'))), m_in(in), m_sink(sink), m_error(error),
          m_start(in.position()) {}

    int run() {
        CLocaleScope cLocale;
        Step step = Step::Next;
        while (step == Step::Next && m_f < m_format.size()) step = directive();
        if (step == Step::Next && m_skipSpace) {
            // A trailing white-space directive consumes all the white space that follows.
            do inchar();
            while (isSpace(m_c));
            ungetc(m_c);
        }
        if (step == Step::InputError && m_done == 0) return kEof;
        return m_done;
    }

private:
    // glibc's inchar(): once a read has returned EOF it keeps returning EOF without reading.
    int inchar() {
        if (m_c == kEof) return kEof;
        m_c = m_in.get();
        return m_c;
    }
    void ungetc(int c) { m_in.unget(c); }

    std::size_t readIn() const { return m_in.position() - m_start; }

    void report(FormatErrorKind kind, std::size_t offset, std::string message) {
        if (m_error != nullptr && m_error->kind == FormatErrorKind::None) {
            m_error->kind = kind;
            m_error->offset = offset;
            m_error->message = std::move(message);
        }
    }

    Step stored(bool ok) {
        if (!ok) {
            report(FormatErrorKind::MemoryError, m_specStart, "storing the value of a scanf conversion failed");
            return Step::Stop;
        }
        ++m_done;
        return Step::Next;
    }

    Step directive() {
        char fc = m_format[m_f++];
        if (fc != '%') {
            if (isSpace(static_cast<unsigned char>(fc))) {
                m_skipSpace = true;
                return Step::Next;
            }
            if (inchar() == kEof) return Step::InputError;
            if (m_skipSpace) {
                while (isSpace(m_c))
                    if (inchar() == kEof) return Step::InputError;
                m_skipSpace = false;
            }
            if (m_c != static_cast<unsigned char>(fc)) {
                ungetc(m_c);
                return Step::ConvError;
            }
            return Step::Next;
        }
        return conversion();
    }

    int readInt() {
        int value = 0;
        while (m_f < m_format.size() && isDigit(m_format[m_f])) {
            int digit = m_format[m_f++] - '0';
            value = value > (INT_MAX - digit) / 10 ? INT_MAX : value * 10 + digit;
        }
        return value;
    }

    Step conversion() {
        m_specStart = m_f - 1;
        m_suppress = false;
        m_width = 0;
        m_length = LengthModifier::None;
        bool haveWidth = false;
        if (m_f < m_format.size() && isDigit(m_format[m_f])) {
            int number = readInt();
            if (m_f < m_format.size() && m_format[m_f] == '$') {
                report(FormatErrorKind::Unsupported, m_specStart, "positional scanf arguments are not supported");
                return Step::Stop;
            }
            m_width = number;
            haveWidth = true;
        }
        if (!haveWidth) {
            while (m_f < m_format.size() &&
                   (m_format[m_f] == '*' || m_format[m_f] == '\'' || m_format[m_f] == 'I')) {
                if (m_format[m_f] == '*') m_suppress = true;
                ++m_f;
            }
            if (m_f < m_format.size() && isDigit(m_format[m_f])) m_width = readInt();
        }
        if (m_width == 0) m_width = -1;

        if (m_f < m_format.size()) {
            char modifier = m_format[m_f++];
            switch (modifier) {
            case 'h':
                m_length = LengthModifier::Short;
                if (m_f < m_format.size() && m_format[m_f] == 'h') {
                    ++m_f;
                    m_length = LengthModifier::Char;
                }
                break;
            case 'l':
                m_length = LengthModifier::Long;
                if (m_f < m_format.size() && m_format[m_f] == 'l') {
                    ++m_f;
                    m_length = LengthModifier::LongLong;
                }
                break;
            case 'L':
            case 'q': m_length = LengthModifier::LongDouble; break;
            case 'z': m_length = LengthModifier::Size; break;
            case 'j': m_length = LengthModifier::IntMax; break;
            case 't': m_length = LengthModifier::PtrDiff; break;
            case 'm':
                report(FormatErrorKind::Unsupported, m_specStart, "the scanf 'm' (allocate) modifier is not supported");
                return Step::Stop;
            default: --m_f; break; // not a modifier ('a' included: ISO C99 scanf has no %as)
            }
        }

        if (m_f >= m_format.size()) return Step::ConvError;
        char fc = m_format[m_f++];
        if (m_skipSpace || (fc != '[' && fc != 'c' && fc != 'C' && fc != 'n')) {
            do inchar();
            while (isSpace(m_c));
            ungetc(m_c);
            m_skipSpace = false;
        }

        switch (fc) {
        case '%':
            if (inchar() == kEof) return Step::InputError;
            if (m_c != '%') {
                ungetc(m_c);
                return Step::ConvError;
            }
            return Step::Next;
        case 'n':
            if (!m_suppress) {
                bool ok = m_sink.storeInt(m_index++, convertInteger(readIn(), m_length, true), m_length, false);
                if (!ok) return stored(false);
            }
            return Step::Next;
        case 'c': return scanChars();
        case 's': return scanString();
        case '[': return scanSet();
        case 'd': return scanInteger(10, true);
        case 'i': return scanInteger(0, true);
        case 'u': return scanInteger(10, false);
        case 'o': return scanInteger(8, false);
        case 'x':
        case 'X': return scanInteger(16, false);
        case 'p':
            m_length = LengthModifier::Long;
            m_readPointer = true;
            return scanInteger(16, false);
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case 'a':
        case 'A': return scanFloat();
        case 'C':
        case 'S':
            report(FormatErrorKind::Unsupported, m_specStart, "wide-character scanf conversions are not supported");
            return Step::Stop;
        default:
            report(FormatErrorKind::UnknownConversion, m_specStart,
                   std::string("unknown scanf conversion '%") + fc + "'; glibc ends the scan there");
            return Step::ConvError;
        }
    }

    bool isLong() const {
        return m_length != LengthModifier::None && m_length != LengthModifier::Short &&
               m_length != LengthModifier::Char;
    }

    Step wideUnsupported() {
        report(FormatErrorKind::Unsupported, m_specStart, "wide-character scanf conversions are not supported");
        return Step::Stop;
    }

    Step scanChars() {
        if (isLong()) return wideUnsupported();
        if (m_width == -1) m_width = 1;
        if (inchar() == kEof) return Step::InputError;
        std::string bytes;
        do bytes.push_back(static_cast<char>(m_c));
        while (--m_width > 0 && inchar() != kEof);
        if (m_suppress) return Step::Next;
        return stored(m_sink.storeString(m_index++, bytes));
    }

    Step scanString() {
        if (isLong()) return wideUnsupported();
        if (inchar() == kEof) return Step::InputError;
        std::string bytes;
        do {
            if (isSpace(m_c)) {
                ungetc(m_c);
                break;
            }
            bytes.push_back(static_cast<char>(m_c));
        } while ((m_width <= 0 || --m_width > 0) && inchar() != kEof);
        if (m_suppress) return Step::Next;
        bytes.push_back('\0');
        return stored(m_sink.storeString(m_index++, bytes));
    }

    Step scanSet() {
        if (isLong()) return wideUnsupported();
        bool notIn = false;
        if (m_f < m_format.size() && m_format[m_f] == '^') {
            ++m_f;
            notIn = true;
        }
        if (m_width < 0) m_width = INT_MAX;
        std::array<bool, 256> set{};
        auto at = [this](std::size_t i) -> int {
            return i < m_format.size() ? static_cast<unsigned char>(m_format[i]) : 0;
        };
        int fc = at(m_f);
        if (fc == ']' || fc == '-') {
            // A ']' or '-' first in the set is a member, not the end or a range.
            set[static_cast<std::size_t>(fc)] = true;
            ++m_f;
        }
        while ((fc = at(m_f++)) != 0 && fc != ']') {
            int next = at(m_f);
            if (fc == '-' && next != 0 && next != ']' && at(m_f - 2) <= next) {
                // A range: from the character before the '-' up to (not including) the next one, which
                // the next iteration adds.
                for (int ch = at(m_f - 2); ch < next; ++ch) set[static_cast<std::size_t>(ch)] = true;
            } else {
                set[static_cast<std::size_t>(fc)] = true;
            }
        }
        if (fc == 0) {
            m_f = m_format.size();
            return Step::ConvError;
        }
        std::size_t now = readIn();
        if (inchar() == kEof) return Step::InputError;
        std::string bytes;
        do {
            if (set[static_cast<std::size_t>(m_c)] == notIn) {
                ungetc(m_c);
                break;
            }
            bytes.push_back(static_cast<char>(m_c));
        } while (--m_width > 0 && inchar() != kEof);
        if (now == readIn()) return Step::ConvError;
        if (m_suppress) return Step::Next;
        bytes.push_back('\0');
        return stored(m_sink.storeString(m_index++, bytes));
    }

    Step scanInteger(int base, bool isSigned) {
        bool readPointer = m_readPointer;
        m_readPointer = false;
        std::string buffer;
        if (inchar() == kEof) return Step::InputError;
        if (m_c == '-' || m_c == '+') {
            buffer.push_back(static_cast<char>(m_c));
            if (m_width > 0) --m_width;
            inchar();
        }
        if (m_width != 0 && m_c == '0') {
            if (m_width > 0) --m_width;
            buffer.push_back('0');
            inchar();
            if (m_width != 0 && toLower(m_c) == 'x') {
                if (base == 0) base = 16;
                if (base == 16) {
                    if (m_width > 0) --m_width;
                    inchar();
                }
            } else if (base == 0) {
                base = 8;
            }
        }
        if (base == 0) base = 10;
        while (m_c != kEof && m_width != 0) {
            if (base == 16 ? !isXDigit(m_c) : (!isDigit(m_c) || m_c - '0' >= base)) break;
            buffer.push_back(static_cast<char>(m_c));
            if (m_width > 0) --m_width;
            inchar();
        }
        if (buffer.empty() || (buffer.size() == 1 && (buffer[0] == '+' || buffer[0] == '-'))) {
            // No number. A pointer may also be written "(nil)".
            if (readPointer && buffer.empty() && (m_width < 0 || m_width >= 5) && m_c == '(' &&
                toLower(inchar()) == 'n' && toLower(inchar()) == 'i' && toLower(inchar()) == 'l' &&
                inchar() == ')') {
                buffer.push_back('0');
            } else {
                ungetc(m_c);
                return Step::ConvError;
            }
        } else {
            ungetc(m_c);
        }

        char* end = nullptr;
        std::uint64_t value = 0;
        if (isSigned) value = static_cast<std::uint64_t>(std::strtol(buffer.c_str(), &end, base));
        else value = std::strtoul(buffer.c_str(), &end, base);
        if (end == buffer.c_str()) return Step::ConvError;
        if (m_suppress) return Step::Next;
        // glibc casts the long (or unsigned long) to the destination type.
        return stored(m_sink.storeInt(m_index++, convertInteger(value, m_length, isSigned), m_length, !isSigned));
    }

    Step scanFloat() {
        std::string buffer;
        inchar();
        if (m_width > 0) --m_width;
        if (m_c == kEof) return Step::InputError;
        bool gotDigit = false;
        bool gotDot = false;
        bool gotE = false;
        bool gotSign = false;
        bool hexa = false;
        if (m_c == '-' || m_c == '+') {
            gotSign = true;
            buffer.push_back(static_cast<char>(m_c));
            if (m_width == 0 || inchar() == kEof) return Step::ConvError; // only an input error before any char
            if (m_width > 0) --m_width;
        }
        // Reads the next character of a fixed word ("nan", "inf", "inity"); false on a mismatch.
        auto expect = [this, &buffer](char lower) {
            if (m_width == 0 || inchar() == kEof || toLower(m_c) != lower) return false;
            if (m_width > 0) --m_width;
            buffer.push_back(static_cast<char>(m_c));
            return true;
        };
        if (toLower(m_c) == 'n') {
            buffer.push_back(static_cast<char>(m_c));
            if (!expect('a') || !expect('n')) return Step::ConvError;
            return convertFloat(buffer);
        }
        if (toLower(m_c) == 'i') {
            buffer.push_back(static_cast<char>(m_c));
            if (!expect('n') || !expect('f')) return Step::ConvError;
            if (m_width != 0 && inchar() != kEof) {
                if (toLower(m_c) == 'i') {
                    if (m_width > 0) --m_width;
                    buffer.push_back(static_cast<char>(m_c));
                    if (!expect('n') || !expect('i') || !expect('t') || !expect('y')) return Step::ConvError;
                } else {
                    ungetc(m_c);
                }
            }
            return convertFloat(buffer);
        }
        char expChar = 'e';
        if (m_width != 0 && m_c == '0') {
            buffer.push_back('0');
            inchar();
            if (m_width > 0) --m_width;
            if (m_width != 0 && toLower(m_c) == 'x') {
                buffer.push_back(static_cast<char>(m_c));
                hexa = true;
                expChar = 'p';
                inchar();
                if (m_width > 0) --m_width;
            } else {
                gotDigit = true;
            }
        }
        while (true) {
            if (isDigit(m_c)) {
                buffer.push_back(static_cast<char>(m_c));
                gotDigit = true;
            } else if (!gotE && hexa && isXDigit(m_c)) {
                buffer.push_back(static_cast<char>(m_c));
                gotDigit = true;
            } else if (gotE && buffer.back() == expChar && (m_c == '-' || m_c == '+')) {
                buffer.push_back(static_cast<char>(m_c));
            } else if (gotDigit && !gotE && toLower(m_c) == expChar) {
                buffer.push_back(expChar);
                gotE = gotDot = true;
            } else if (!gotDot && m_c == '.') {
                buffer.push_back('.');
                gotDot = true;
            } else {
                ungetc(m_c);
                break;
            }
            if (m_width == 0 || inchar() == kEof) break;
            if (m_width > 0) --m_width;
        }
        if (buffer.size() == (gotSign ? 1u : 0u) || (hexa && buffer.size() == (gotSign ? 3u : 2u)))
            return Step::ConvError;
        return convertFloat(buffer);
    }

    Step convertFloat(const std::string& buffer) {
        char* end = nullptr;
        long double value = 0;
        FloatSize size = FloatSize::Float;
        if (m_length == LengthModifier::LongLong || m_length == LengthModifier::LongDouble) {
            size = FloatSize::LongDouble;
            value = std::strtold(buffer.c_str(), &end);
        } else if (isLong()) {
            size = FloatSize::Double;
            value = std::strtod(buffer.c_str(), &end);
        } else {
            value = std::strtof(buffer.c_str(), &end);
        }
        if (end == buffer.c_str()) return Step::ConvError;
        if (m_suppress) return Step::Next;
        return stored(m_sink.storeDouble(m_index++, value, size));
    }

    std::string_view m_format;
    InputCursor& m_in;
    ScanSink& m_sink;
    FormatError* m_error;
    std::size_t m_start;
    std::size_t m_f = 0;           // position in the format
    std::size_t m_specStart = 0;   // offset of the current spec's '%'
    std::size_t m_index = 0;       // next destination argument
    int m_c = 0;                   // the last character read (glibc's c)
    int m_done = 0;                // assignments made
    bool m_skipSpace = false;      // a white-space directive is pending
    bool m_suppress = false;       // '*'
    bool m_readPointer = false;    // %p
    int m_width = -1;              // -1: no maximum field width
    LengthModifier m_length = LengthModifier::None;
};

} // namespace

int scanFormat(std::string_view format, InputCursor& in, ScanSink& sink, FormatError* error) {
    return Scanner(format, in, sink, error).run();
}

} // namespace memviz::engine
