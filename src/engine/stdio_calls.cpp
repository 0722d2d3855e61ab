// Machine: stdio.h: printf and friends (each conversion formatted by the host's snprintf, behind
// formatConversion() so the glibc-identical formatter can replace it), puts/putchar, and input from the
// run's stdin bytes (getchar, fgets, scanf). FILE* values are fake objects: only stdin, stdout and stderr.
#include "engine/machine.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace memviz::engine {

using core::Address;
using namespace memviz::lang;

namespace {

// One printf conversion, rendered by the host's snprintf from a spec without length modifier.
template <class T> std::string hostFormat(const std::string& spec, T value) {
    char buffer[512];
    int n = std::snprintf(buffer, sizeof buffer, spec.c_str(), value);
    if (n < 0) return {};
    if (static_cast<std::size_t>(n) < sizeof buffer) return std::string(buffer, static_cast<std::size_t>(n));
    std::string big(static_cast<std::size_t>(n) + 1, '\0');
    std::snprintf(big.data(), big.size(), spec.c_str(), value);
    big.resize(static_cast<std::size_t>(n));
    return big;
}

} // namespace

void Machine::checkSize(std::uint64_t size) {
    if (size > (1ull << 28))
        reportError(ErrorKind::WildPointer, "a size of " + std::to_string(size) + " bytes is beyond any object", true);
}

std::string Machine::formatPrintf(const std::string& format, const std::function<Value()>& nextArg) {
    std::string out;
    for (std::size_t i = 0; i < format.size(); ++i) {
        char ch = format[i];
        if (ch != '%') {
            out.push_back(ch);
            continue;
        }
        std::size_t start = i++;
        std::string flags, width, precision, length;
        bool hasPrecision = false;
        while (i < format.size() && std::strchr("-+ #0'", format[i])) flags.push_back(format[i++]);
        if (i < format.size() && format[i] == '*') {
            width = std::to_string(static_cast<std::int32_t>(nextArg().u));
            ++i;
        } else {
            while (i < format.size() && std::isdigit(static_cast<unsigned char>(format[i]))) width.push_back(format[i++]);
        }
        if (i < format.size() && format[i] == '.') {
            hasPrecision = true;
            ++i;
            if (i < format.size() && format[i] == '*') {
                std::int32_t p = static_cast<std::int32_t>(nextArg().u);
                if (p < 0) hasPrecision = false; else precision = std::to_string(p);
                ++i;
            } else {
                while (i < format.size() && std::isdigit(static_cast<unsigned char>(format[i]))) precision.push_back(format[i++]);
            }
        }
        while (i < format.size() && std::strchr("hlLqjzt", format[i])) length.push_back(format[i++]);
        if (i >= format.size()) {
            out.append(format, start, std::string::npos);
            break;
        }
        char conversion = format[i];
        if (width.size() > 6) width = width.substr(0, 6);
        if (precision.size() > 6) precision = precision.substr(0, 6);
        std::string spec = "%" + flags + width + (hasPrecision ? "." + (precision.empty() ? "0" : precision) : "");
        switch (conversion) {
        case '%': out.push_back('%'); break;
        case 'd':
        case 'i': {
            Value v = nextArg();
            long long x = v.i;
            if (length == "hh") x = static_cast<signed char>(v.u);
            else if (length == "h") x = static_cast<short>(v.u);
            else if (length.empty()) x = static_cast<int>(v.u);
            out += hostFormat(spec + "ll" + conversion, x);
            break;
        }
        case 'u':
        case 'x':
        case 'X':
        case 'o': {
            Value v = nextArg();
            unsigned long long x = v.u;
            if (length == "hh") x = static_cast<unsigned char>(v.u);
            else if (length == "h") x = static_cast<unsigned short>(v.u);
            else if (length.empty()) x = static_cast<unsigned int>(v.u);
            out += hostFormat(spec + "ll" + conversion, x);
            break;
        }
        case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A':
            out += hostFormat(spec + conversion, nextArg().d);
            break;
        case 'c': out += hostFormat(spec + 'c', static_cast<int>(static_cast<unsigned char>(nextArg().u))); break;
        case 's': {
            Value p = nextArg();
            if (p.u == 0) {
                out += hostFormat(spec + 's', "(null)");
                break;
            }
            std::uint64_t limit = hasPrecision && !precision.empty() ? std::strtoull(precision.c_str(), nullptr, 10) : (1u << 20);
            if (hasPrecision && precision.empty()) limit = 0;
            std::string s = readString(p, limit);
            out += hostFormat(spec + 's', s.c_str());
            break;
        }
        case 'p': out += hostFormat(spec + 'p', reinterpret_cast<void*>(static_cast<std::uintptr_t>(nextArg().u))); break;
        case 'n': nextArg(); break; // %n stores nothing here
        default: out.append(format, start, i - start + 1); break;
        }
    }
    return out;
}

Value Machine::callStdio(Builtin builtin, std::span<const Value> args, const CallExpr& call) {
    (void)call;
    Value a0 = args.size() > 0 ? args[0] : Value();
    Value a1 = args.size() > 1 ? args[1] : Value();
    Value a2 = args.size() > 2 ? args[2] : Value();
    const std::string& input = m_options.stdinBytes;
    auto intValue = [](long long v) { return Value::bits(static_cast<std::uint64_t>(v)); };
    auto streamOf = [&](const Value& file) {
        return file.u == m_image.streamAddress(2) ? OutputStream::Stderr : OutputStream::Stdout;
    };
    // Arguments from the call itself, or from a va_list (8-byte slots in the variadic function's frame).
    auto fromArgs = [&](std::size_t first) {
        return [args, index = first]() mutable { return index < args.size() ? args[index++] : Value(); };
    };
    auto fromList = [&](const Value& list) {
        return [this, cursor = list.u]() mutable {
            Value slot = load(Value::pointer(cursor, {}), m_unit.types->ulongType());
            cursor += 8;
            return slot;
        };
    };
    auto writeFormatted = [&](const Value& buffer, std::uint64_t capacity, const std::string& text) {
        if (capacity == 0) return;
        std::uint64_t n = std::min<std::uint64_t>(text.size(), capacity - 1);
        std::string bytes = text.substr(0, n);
        writeBytes(buffer, reinterpret_cast<const std::uint8_t*>(bytes.c_str()), n + 1);
    };
    switch (builtin) {
    case Builtin::Printf: {
        std::string text = formatPrintf(readString(a0), fromArgs(1));
        emitOutput(OutputStream::Stdout, text);
        return intValue(static_cast<long long>(text.size()));
    }
    case Builtin::Vprintf: {
        std::string text = formatPrintf(readString(a0), fromList(a1));
        emitOutput(OutputStream::Stdout, text);
        return intValue(static_cast<long long>(text.size()));
    }
    case Builtin::Fprintf:
    case Builtin::Vfprintf: {
        std::string text = builtin == Builtin::Fprintf ? formatPrintf(readString(a1), fromArgs(2))
                                                       : formatPrintf(readString(a1), fromList(a2));
        emitOutput(streamOf(a0), text);
        return intValue(static_cast<long long>(text.size()));
    }
    case Builtin::Sprintf:
    case Builtin::Vsprintf: {
        std::string text = builtin == Builtin::Sprintf ? formatPrintf(readString(a1), fromArgs(2))
                                                       : formatPrintf(readString(a1), fromList(a2));
        writeFormatted(a0, text.size() + 1, text);
        return intValue(static_cast<long long>(text.size()));
    }
    case Builtin::Snprintf:
    case Builtin::Vsnprintf: {
        std::string text = builtin == Builtin::Snprintf ? formatPrintf(readString(a2), fromArgs(3))
                                                        : formatPrintf(readString(a2), fromList(args[3]));
        writeFormatted(a0, a1.u, text);
        return intValue(static_cast<long long>(text.size()));
    }
    case Builtin::Puts: emitOutput(OutputStream::Stdout, readString(a0) + "\n"); return intValue(1);
    case Builtin::Fputs: emitOutput(streamOf(a1), readString(a0)); return intValue(1);
    case Builtin::Putchar:
    case Builtin::Fputc:
    case Builtin::Putc: {
        char c = static_cast<char>(a0.u);
        emitOutput(builtin == Builtin::Putchar ? OutputStream::Stdout : streamOf(a1), std::string_view(&c, 1));
        return intValue(static_cast<unsigned char>(c));
    }
    case Builtin::Getchar:
    case Builtin::Fgetc:
    case Builtin::Getc:
        if (m_stdinPosition >= input.size()) return intValue(-1);
        return intValue(static_cast<unsigned char>(input[m_stdinPosition++]));
    case Builtin::Ungetc:
        if (a0.i == -1) return intValue(-1);
        if (m_stdinPosition > 0) --m_stdinPosition;
        return a0;
    case Builtin::Fgets: {
        std::int64_t size = static_cast<std::int32_t>(a1.u);
        if (size <= 0 || m_stdinPosition >= input.size()) return Value();
        std::string line;
        while (static_cast<std::int64_t>(line.size()) < size - 1 && m_stdinPosition < input.size()) {
            char c = input[m_stdinPosition++];
            line.push_back(c);
            if (c == '\n') break;
        }
        writeBytes(a0, reinterpret_cast<const std::uint8_t*>(line.c_str()), line.size() + 1);
        return a0;
    }
    case Builtin::Scanf: return intValue(scanInput(readString(a0), fromArgs(1), input, m_stdinPosition));
    case Builtin::Fscanf: return intValue(scanInput(readString(a1), fromArgs(2), input, m_stdinPosition));
    case Builtin::Sscanf: {
        std::string text = readString(a0);
        std::size_t position = 0;
        return intValue(scanInput(readString(a1), fromArgs(2), text, position));
    }
    case Builtin::Fflush: return Value();
    case Builtin::Perror: {
        std::int32_t error = 0;
        m_space->readRaw(m_errnoAddress, error);
        std::string prefix = a0.u != 0 ? readString(a0) : std::string();
        emitOutput(OutputStream::Stderr, (prefix.empty() ? "" : prefix + ": ") + std::strerror(error) + "\n");
        return Value();
    }
    default: break;
    }
    return Value();
}

} // namespace memviz::engine
