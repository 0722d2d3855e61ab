// Machine::scanInput: scanf's conversions over an input string (stdin or sscanf's), storing through the
// checked access: %d %i %u %o %x (with hh h l ll z j t), %f %e %g (l, L), %c, %s, %[set], %n, %%, '*'.
// Returns the number of assignments, or EOF (-1) when input ended before the first conversion.
#include "engine/machine.h"

#include <cctype>
#include <cstdlib>
#include <cstring>

namespace memviz::engine {

using namespace memviz::lang;

int Machine::scanInput(const std::string& format, const std::function<Value()>& nextArg, std::string_view input,
                       std::size_t& position) {
    int assigned = 0;
    bool anyConversion = false;
    auto skipSpace = [&] {
        while (position < input.size() && std::isspace(static_cast<unsigned char>(input[position]))) ++position;
    };
    auto storeInt = [&](const Value& target, const std::string& length, std::uint64_t v) {
        const Type* type = m_unit.types->intType();
        if (length == "hh") type = m_unit.types->charType();
        else if (length == "h") type = m_unit.types->basic(TypeKind::Short);
        else if (!length.empty()) type = m_unit.types->longType();
        store(target, type, Value::bits(v));
    };
    for (std::size_t i = 0; i < format.size(); ++i) {
        char f = format[i];
        if (std::isspace(static_cast<unsigned char>(f))) {
            skipSpace();
            continue;
        }
        if (f != '%') {
            if (position >= input.size()) return anyConversion || assigned ? assigned : -1;
            if (input[position] != f) return assigned;
            ++position;
            continue;
        }
        ++i;
        if (i < format.size() && format[i] == '%') {
            skipSpace();
            if (position >= input.size() || input[position] != '%') return assigned;
            ++position;
            continue;
        }
        bool suppress = false;
        if (i < format.size() && format[i] == '*') {
            suppress = true;
            ++i;
        }
        std::size_t width = 0;
        while (i < format.size() && std::isdigit(static_cast<unsigned char>(format[i]))) width = width * 10 + static_cast<std::size_t>(format[i++] - '0');
        std::string length;
        while (i < format.size() && std::strchr("hlLqjzt", format[i])) length.push_back(format[i++]);
        if (i >= format.size()) break;
        char conversion = format[i];
        if (conversion == 'n') {
            if (!suppress) storeInt(nextArg(), length, position);
            continue;
        }
        if (conversion != 'c' && conversion != '[') skipSpace();
        if (position >= input.size()) return anyConversion || assigned ? assigned : -1;
        anyConversion = true;
        std::size_t available = input.size() - position;
        std::size_t limit = width == 0 ? available : std::min(width, available);
        std::string field(input.substr(position, limit));
        switch (conversion) {
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
            int base = conversion == 'd' || conversion == 'u' ? 10 : conversion == 'o' ? 8 : conversion == 'i' ? 0 : 16;
            char* end = nullptr;
            std::uint64_t v = conversion == 'd' || conversion == 'i'
                                  ? static_cast<std::uint64_t>(std::strtoll(field.c_str(), &end, base))
                                  : std::strtoull(field.c_str(), &end, base);
            std::size_t used = static_cast<std::size_t>(end - field.c_str());
            if (used == 0) return assigned;
            position += used;
            if (!suppress) {
                storeInt(nextArg(), length, v);
                ++assigned;
            }
            break;
        }
        case 'f': case 'e': case 'g': case 'E': case 'G': case 'a': {
            char* end = nullptr;
            double v = std::strtod(field.c_str(), &end);
            std::size_t used = static_cast<std::size_t>(end - field.c_str());
            if (used == 0) return assigned;
            position += used;
            if (!suppress) {
                store(nextArg(), length.empty() ? m_unit.types->basic(TypeKind::Float) : m_unit.types->doubleType(),
                      Value::real(v));
                ++assigned;
            }
            break;
        }
        case 'c': {
            std::size_t n = width == 0 ? 1 : width;
            if (available < n) return assigned;
            if (!suppress) {
                writeBytes(nextArg(), reinterpret_cast<const std::uint8_t*>(input.data() + position), n);
                ++assigned;
            }
            position += n;
            break;
        }
        case 's':
        case '[': {
            std::string set;
            bool negate = false;
            if (conversion == '[') {
                ++i;
                if (i < format.size() && format[i] == '^') {
                    negate = true;
                    ++i;
                }
                if (i < format.size() && format[i] == ']') set.push_back(format[i++]);
                while (i < format.size() && format[i] != ']') set.push_back(format[i++]);
            }
            std::size_t n = 0;
            while (n < limit) {
                char c = input[position + n];
                bool accept = conversion == 's' ? !std::isspace(static_cast<unsigned char>(c))
                                                : ((set.find(c) != std::string::npos) != negate);
                if (!accept) break;
                ++n;
            }
            if (n == 0) return assigned;
            if (!suppress) {
                std::string word(input.substr(position, n));
                writeBytes(nextArg(), reinterpret_cast<const std::uint8_t*>(word.c_str()), n + 1);
                ++assigned;
            }
            position += n;
            break;
        }
        default: return assigned;
        }
    }
    return assigned;
}

} // namespace memviz::engine
