// Integer constants (decimal, octal, hex, binary; suffixes u, l, ll in any case and order) and floating
// constants (decimal and hexadecimal; suffixes f and l), parsed without the C locale's help.
#include "lang/number_literal.h"

#include <cctype>
#include <charconv>
#include <limits>

namespace memviz::lang {

namespace {

int digitValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

bool looksFloating(std::string_view s) {
    bool hex = s.size() > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
    if (s.find('.') != std::string_view::npos) return true;
    if (hex) return s.find_first_of("pP") != std::string_view::npos;
    return s.find_first_of("eE") != std::string_view::npos;
}

NumberLiteral parseFloating(std::string_view s) {
    NumberLiteral out;
    bool hex = s.size() > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
    std::string_view body = hex ? s.substr(2) : s;
    out.type = TypeKind::Double;
    char last = body.empty() ? '\0' : body.back();
    if (last == 'f' || last == 'F') out.type = TypeKind::Float;
    if (last == 'l' || last == 'L') out.type = TypeKind::LongDouble;
    if (out.type != TypeKind::Double) body.remove_suffix(1);
    if (hex && body.find_first_of("pP") == std::string_view::npos) {
        out.error = "hexadecimal floating constants require an exponent";
        return out;
    }
    double value = 0;
    auto result = std::from_chars(body.data(), body.data() + body.size(), value,
                                  hex ? std::chars_format::hex : std::chars_format::general);
    if (result.ec == std::errc::invalid_argument || result.ptr != body.data() + body.size()) {
        std::size_t at = result.ec == std::errc::invalid_argument ? 0 : static_cast<std::size_t>(result.ptr - body.data());
        out.error = "invalid suffix \"" + std::string(s.substr(at + (hex ? 2 : 0))) + "\" on floating constant";
        return out;
    }
    if (result.ec == std::errc::result_out_of_range) {
        bool tiny = body.find("-") != std::string_view::npos;
        value = tiny ? 0.0 : std::numeric_limits<double>::infinity();
        if (!tiny) out.warning = "floating constant exceeds range of 'double'";
    }
    if (out.type == TypeKind::Float) value = static_cast<double>(static_cast<float>(value));
    out.floatValue = value;
    out.ok = true;
    return out;
}

} // namespace

NumberLiteral parseNumber(std::string_view s) {
    if (looksFloating(s)) return parseFloating(s);
    NumberLiteral out;
    int base = 10;
    std::size_t i = 0;
    if (s.size() > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        i = 2;
    } else if (s.size() > 1 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) {
        base = 2;
        i = 2;
    } else if (s.size() > 1 && s[0] == '0') {
        base = 8;
        i = 1;
    }
    std::size_t digitsStart = i;
    std::uint64_t value = 0;
    bool overflow = false;
    for (; i < s.size(); ++i) {
        int d = digitValue(s[i]);
        if (base == 16 ? d >= 16 : !std::isdigit(static_cast<unsigned char>(s[i]))) break;
        if (d >= base) {
            out.error = std::string("invalid digit \"") + s[i] + "\" in " + (base == 8 ? "octal" : "binary") + " constant";
            return out;
        }
        std::uint64_t next = value * static_cast<std::uint64_t>(base) + static_cast<std::uint64_t>(d);
        if (value > (std::numeric_limits<std::uint64_t>::max() - static_cast<std::uint64_t>(d)) / static_cast<std::uint64_t>(base))
            overflow = true;
        value = next;
    }
    if (i == digitsStart && base != 8) {
        out.error = "invalid suffix \"" + std::string(s.substr(digitsStart - 1)) + "\" on integer constant";
        return out;
    }
    std::string_view suffix = s.substr(i);
    bool isUnsigned = false;
    int longs = 0;
    std::string lower;
    for (char c : suffix) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "" ) {
    } else if (lower == "u") {
        isUnsigned = true;
    } else if (lower == "l" ) {
        longs = 1;
    } else if ((suffix == "ll" || suffix == "LL")) {
        longs = 2;
    } else if (lower == "ul" || lower == "lu") {
        isUnsigned = true;
        longs = 1;
    } else if (suffix == "ull" || suffix == "uLL" || suffix == "Ull" || suffix == "ULL" || suffix == "llu" ||
               suffix == "llU" || suffix == "LLu" || suffix == "LLU") {
        isUnsigned = true;
        longs = 2;
    } else {
        out.error = "invalid suffix \"" + std::string(suffix) + "\" on integer constant";
        return out;
    }
    if (overflow) {
        out.error = "integer constant is too large for its type";
        return out;
    }
    out.intValue = value;
    out.ok = true;
    constexpr std::uint64_t intMax = 0x7fffffff, uintMax = 0xffffffff, longMax = 0x7fffffffffffffff;
    bool decimal = base == 10;
    if (longs == 0 && !isUnsigned) {
        if (value <= intMax) out.type = TypeKind::Int;
        else if (!decimal && value <= uintMax) out.type = TypeKind::UInt;
        else if (value <= longMax) out.type = TypeKind::Long;
        else {
            out.type = TypeKind::ULong;
            if (decimal) out.warning = "integer constant is so large that it is unsigned";
        }
    } else if (longs == 0 && isUnsigned) {
        out.type = value <= uintMax ? TypeKind::UInt : TypeKind::ULong;
    } else if (!isUnsigned) {
        TypeKind signedKind = longs == 1 ? TypeKind::Long : TypeKind::LongLong;
        TypeKind unsignedKind = longs == 1 ? TypeKind::ULong : TypeKind::ULongLong;
        out.type = value <= longMax ? signedKind : unsignedKind;
        if (value > longMax && decimal) out.warning = "integer constant is so large that it is unsigned";
    } else {
        out.type = longs == 1 ? TypeKind::ULong : TypeKind::ULongLong;
    }
    return out;
}

} // namespace memviz::lang
