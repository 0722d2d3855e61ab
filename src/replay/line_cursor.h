// LineCursor: hand-rolled scanning of one trace line (fields separated by blanks, hex or decimal numbers),
// with overflow checks and no allocation, for readers that see millions of lines.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace memviz::replay {

class LineCursor {
public:
    LineCursor(const char* begin, const char* end) : m_pos(begin), m_end(end) {}

    bool atEnd() const { return m_pos == m_end; }
    const char* position() const { return m_pos; }

    void skipBlanks() {
        while (m_pos != m_end && (*m_pos == ' ' || *m_pos == '\t')) ++m_pos;
    }

    // The next field (up to a blank or the end), without consuming it.
    std::string_view peekToken() const {
        const char* end = m_pos;
        while (end != m_end && *end != ' ' && *end != '\t') ++end;
        return {m_pos, static_cast<std::size_t>(end - m_pos)};
    }

    // Reads a hexadecimal number (no 0x) ending at a blank or the end of the line. On failure (no digits,
    // a stray character, overflow) leaves the cursor where it was and returns false.
    bool readHex(std::uint64_t& value) {
        const char* p = m_pos;
        std::uint64_t result = 0;
        for (; p != m_end; ++p) {
            unsigned digit = hexDigit(*p);
            if (digit > 15) break;
            if ((result >> 60) != 0) return false;
            result = (result << 4) | digit;
        }
        if (p == m_pos || !fieldEnds(p)) return false;
        m_pos = p;
        value = result;
        return true;
    }

    // Reads an unsigned decimal number ending at a blank or the end of the line (same failure rules).
    bool readDecimal(std::uint64_t& value) {
        const char* p = m_pos;
        std::uint64_t result = 0;
        for (; p != m_end; ++p) {
            unsigned digit = static_cast<unsigned>(*p) - '0';
            if (digit > 9) break;
            if (result > (~std::uint64_t{0} - digit) / 10) return false;
            result = result * 10 + digit;
        }
        if (p == m_pos || !fieldEnds(p)) return false;
        m_pos = p;
        value = result;
        return true;
    }

private:
    bool fieldEnds(const char* p) const { return p == m_end || *p == ' ' || *p == '\t'; }

    static unsigned hexDigit(char c) {
        auto u = static_cast<unsigned>(static_cast<unsigned char>(c));
        if (u - '0' < 10) return u - '0';
        u |= 0x20;  // lower case
        if (u - 'a' < 6) return u - 'a' + 10;
        return 16;
    }

    const char* m_pos;
    const char* m_end;
};

// Fast scanners for blocks that end in '\n' (LineAssembler guarantees it): they stop at the first character
// that is not a digit, so they need no end pointer. They return the end of the digits; the caller rejects
// an empty field and one too long to be exact (more than 16 hex or 19 decimal digits) and falls back to
// LineCursor, which reports the problem precisely.
struct HexTable {
    unsigned char digit[256];
};

inline constexpr HexTable kHexTable = [] {
    HexTable table{};
    for (unsigned i = 0; i < 256; ++i) {
        unsigned lower = i | 0x20;
        table.digit[i] = static_cast<unsigned char>(i - '0' < 10      ? i - '0'
                                                    : lower - 'a' < 6 ? lower - 'a' + 10
                                                                      : 16);
    }
    return table;
}();

inline const char* scanHex(const char* p, std::uint64_t& value) {
    std::uint64_t result = 0;
    for (unsigned digit; (digit = kHexTable.digit[static_cast<unsigned char>(*p)]) < 16; ++p)
        result = (result << 4) | digit;
    value = result;
    return p;
}

inline const char* scanDecimal(const char* p, std::uint64_t& value) {
    std::uint64_t result = 0;
    for (unsigned digit; (digit = static_cast<unsigned>(static_cast<unsigned char>(*p)) - '0') < 10; ++p)
        result = result * 10 + digit;
    value = result;
    return p;
}

// The end of the line starting at `begin` (its '\n', or `end`), and the line without a trailing '\r'.
inline const char* findLineEnd(const char* begin, const char* end) {
    const void* newline = std::memchr(begin, '\n', static_cast<std::size_t>(end - begin));
    return newline == nullptr ? end : static_cast<const char*>(newline);
}

inline const char* trimCarriageReturn(const char* begin, const char* lineEnd) {
    return lineEnd != begin && lineEnd[-1] == '\r' ? lineEnd - 1 : lineEnd;
}

} // namespace memviz::replay
