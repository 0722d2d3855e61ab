// Machine: stdio.h: the printf family formatted by formatPrintfFull (glibc-exact) over the call's own
// variadic arguments or a va_list, puts/putchar, and input from the run's stdin bytes (getchar, fgets; the
// scanf family is in scan_input.cpp). FILE* values are fake objects: only stdin, stdout and stderr.
//
// Arguments: integers and pointers are consumed in order separately from doubles, as on x86-64 (general
// registers and XMM registers), so printf("%d %f", 1.5, 2) prints what gcc's binary prints. A %s or %n
// pointer is read or written through the checked access: a bad pointer is a runtime error at the call.
// A conversion without an argument (printf("%d\n")) is a runtime error of kind "unsupported" at the call,
// after the output before it was written: gcc's binary prints whatever a register holds, which memviz
// cannot reproduce. Positional arguments, wide strings and absurd widths are "unsupported" as well.
// gcc compiles printf("%s\n", s) into puts(s) and fprintf(f, "%s", s) into fputs(s, f) (when the format
// is a literal), so a NULL s crashes its binary there: memviz reports a null-dereference for exactly
// those calls and prints "(null)" for every other %s of NULL, as glibc does. (gcc rewrites only when the
// result is unused; memviz cannot tell, so `n = printf("%s\n", NULL)` is reported as well.)
#include "engine/machine.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <optional>

namespace memviz::engine {

using core::Address;
using namespace memviz::lang;

// ArgSource over a call's variadic arguments or a va_list, reading strings and storing %n counts through
// the machine's checked access.
class CallArgSource final : public ArgSource {
public:
    CallArgSource(Machine& machine, const Machine::VarArgs& args) : m_machine(machine), m_args(args), m_cursor(args.list) {}

    std::optional<std::uint64_t> nextInt(LengthModifier, bool) override {
        std::optional<Value> v = next(false);
        if (!v) return std::nullopt;
        return v->u;
    }
    std::optional<double> nextDouble() override {
        std::optional<Value> v = next(true);
        if (!v) return std::nullopt;
        return v->d;
    }
    std::optional<std::uint64_t> nextPointer() override {
        std::optional<Value> v = next(false);
        if (!v) return std::nullopt;
        m_lastPointer = *v;
        return v->u;
    }
    std::optional<std::string> readString(std::uint64_t address, std::optional<std::size_t> maxLen) override {
        Provenance prov = provenanceFor(address);
        std::size_t limit = maxLen ? *maxLen : std::numeric_limits<std::size_t>::max();
        std::string out;
        for (std::size_t i = 0; i < limit; ++i) {
            Value at = Value::pointer(address + i, prov);
            if (!m_machine.checkAccess(at, 1, false, true)) return std::nullopt;
            std::uint8_t c = 0;
            m_machine.m_space->readRaw(at.u, c);
            if (c == 0) break;
            out.push_back(static_cast<char>(c));
            if (out.size() >= (std::size_t{1} << 28)) break; // the formatter's own output limit
        }
        return out;
    }
    bool writeCount(std::uint64_t address, std::int64_t count, LengthModifier length) override {
        std::uint8_t bytes[8];
        std::uint64_t value = static_cast<std::uint64_t>(count);
        std::memcpy(bytes, &value, sizeof bytes); // little-endian, as x86-64
        m_machine.writeBytes(Value::pointer(address, provenanceFor(address)), bytes, integerSize(length));
        return true;
    }
    std::string errnoText() override {
        std::int32_t error = 0;
        m_machine.m_space->readRaw(m_machine.m_errnoAddress, error);
        return std::strerror(error);
    }

private:
    std::optional<Value> next(bool floating) {
        if (m_args.list != 0) {
            const Type* type = floating ? m_machine.m_unit.types->doubleType() : m_machine.m_unit.types->ulongType();
            Value slot = m_machine.load(Value::pointer(m_cursor, {}), type);
            m_machine.checkDefined(slot, "a printed argument");
            m_cursor += 8;
            return slot;
        }
        std::size_t& index = floating ? m_nextFloating : m_nextInteger;
        while (index < m_args.values.size() && isFloating(index) != floating) ++index;
        if (index >= m_args.values.size()) return std::nullopt;
        return m_args.values[index++];
    }
    bool isFloating(std::size_t index) const {
        return index < m_args.exprs.size() && m_args.exprs[index]->type->isFloating();
    }
    Provenance provenanceFor(std::uint64_t address) const {
        return address == m_lastPointer.u ? m_lastPointer.prov : Provenance{};
    }

    Machine& m_machine;
    const Machine::VarArgs& m_args;
    Address m_cursor = 0;
    std::size_t m_nextInteger = 0;
    std::size_t m_nextFloating = 0;
    Value m_lastPointer;
};

namespace {

// Whether `expr` is a string literal (through its decay and any casts): gcc folds only literal formats.
bool isStringLiteral(const Expr* expr) {
    while (expr != nullptr && expr->kind == ExprKind::Cast) expr = expr->as<CastExpr>().operand.get();
    return expr != nullptr && expr->kind == ExprKind::StringLit;
}

} // namespace

void Machine::reportSizeBeyondObjects(std::uint64_t size) {
    reportError(ErrorKind::WildPointer, "a size of " + std::to_string(size) + " bytes is beyond any object", true);
    stop(RunStatus::RuntimeError, 1); // not reached: the report above is fatal
}

FormatResult Machine::formatCall(const Value& format, const VarArgs& args) {
    std::string text = readString(format);
    CallArgSource source(*this, args);
    return formatPrintfFull(text, source);
}

void Machine::finishFormat(std::string_view function, const FormatResult& result) {
    switch (result.error.kind) {
    case FormatErrorKind::MissingArgument:
    case FormatErrorKind::Unsupported:
    case FormatErrorKind::OutputLimit:
        reportError(ErrorKind::Unsupported,
                    std::string(function) + ": " + result.error.message + " (at byte " +
                        std::to_string(result.error.offset) + " of the format)",
                    true);
        break;
    default: break; // UnknownConversion, IncompleteSpec, OutputError: glibc's own outcome; MemoryError: reported
    }
}

Value Machine::callStdio(Builtin builtin, std::span<const Value> args, const CallExpr& call) {
    Value a0 = args.size() > 0 ? args[0] : Value();
    Value a1 = args.size() > 1 ? args[1] : Value();
    Value a2 = args.size() > 2 ? args[2] : Value();
    const std::string& input = m_options.stdinBytes;
    auto intValue = [](long long v) { return Value::bits(static_cast<std::uint64_t>(v)); };
    auto streamOf = [&](const Value& file) {
        return file.u == m_image.streamAddress(2) ? OutputStream::Stderr : OutputStream::Stdout;
    };
    auto direct = [&](std::size_t first) {
        VarArgs v;
        if (args.size() > first) v.values = args.subspan(first);
        if (call.args.size() > first) v.exprs = std::span<const ExprPtr>(call.args).subspan(first);
        return v;
    };
    auto fromList = [](const Value& list) {
        VarArgs v;
        v.list = list.u;
        return v;
    };
    // gcc turns printf("%s\n", s) into puts(s) and fprintf(f, "%s", s) into fputs(s, f): NULL crashes.
    auto putsRewrite = [&](std::size_t formatIndex, std::string_view rewritten, std::string_view replacement,
                           std::string_view function) {
        if (args.size() != formatIndex + 2 || call.args.size() != args.size()) return;
        if (!isStringLiteral(call.args[formatIndex].get()) || !call.args[formatIndex + 1]->type->isPointer()) return;
        if (args[formatIndex + 1].u != 0 || readString(args[formatIndex]) != rewritten) return;
        reportError(ErrorKind::NullDereference,
                    "%s of a null pointer: gcc compiles this call into " + std::string(replacement) +
                        ", which dereferences it (" + std::string(function) +
                        " itself would print \"(null)\")",
                    true);
    };
    // sprintf/snprintf: the bytes that fit in `capacity`, then a NUL, into simulated memory.
    auto writeFormatted = [&](const Value& buffer, std::uint64_t capacity, const std::string& text) {
        if (capacity == 0) return;
        std::uint64_t n = std::min<std::uint64_t>(text.size(), capacity - 1);
        std::string bytes = text.substr(0, n);
        writeBytes(buffer, reinterpret_cast<const std::uint8_t*>(bytes.c_str()), n + 1);
    };
    switch (builtin) {
    case Builtin::Printf:
    case Builtin::Vprintf: {
        if (builtin == Builtin::Printf) putsRewrite(0, "%s\n", "puts(NULL)", "printf");
        FormatResult r = formatCall(a0, builtin == Builtin::Printf ? direct(1) : fromList(a1));
        emitOutput(OutputStream::Stdout, r.output);
        finishFormat(builtin == Builtin::Printf ? "printf" : "vprintf", r);
        return intValue(r.returnValue);
    }
    case Builtin::Fprintf:
    case Builtin::Vfprintf: {
        if (builtin == Builtin::Fprintf) putsRewrite(1, "%s", "fputs(NULL, stream)", "fprintf");
        FormatResult r = formatCall(a1, builtin == Builtin::Fprintf ? direct(2) : fromList(a2));
        emitOutput(streamOf(a0), r.output);
        finishFormat(builtin == Builtin::Fprintf ? "fprintf" : "vfprintf", r);
        return intValue(r.returnValue);
    }
    case Builtin::Sprintf:
    case Builtin::Vsprintf: {
        FormatResult r = formatCall(a1, builtin == Builtin::Sprintf ? direct(2) : fromList(a2));
        writeFormatted(a0, r.output.size() + 1, r.output);
        finishFormat(builtin == Builtin::Sprintf ? "sprintf" : "vsprintf", r);
        return intValue(r.returnValue);
    }
    case Builtin::Snprintf:
    case Builtin::Vsnprintf: {
        FormatResult r = formatCall(a2, builtin == Builtin::Snprintf ? direct(3)
                                                                     : fromList(args.size() > 3 ? args[3] : Value()));
        writeFormatted(a0, a1.u, r.output);
        finishFormat(builtin == Builtin::Snprintf ? "snprintf" : "vsnprintf", r);
        return intValue(r.returnValue);
    }
    case Builtin::Puts: {
        std::string text = readString(a0) + "\n";
        emitOutput(OutputStream::Stdout, text);
        return intValue(static_cast<long long>(std::min<std::size_t>(text.size(), 0x7fffffff)));
    }
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
    case Builtin::Scanf:
        return intValue(scanCall("scanf", a0, args.size() > 1 ? args.subspan(1) : std::span<const Value>(), input,
                                 m_stdinPosition));
    case Builtin::Fscanf:
        return intValue(scanCall("fscanf", a1, args.size() > 2 ? args.subspan(2) : std::span<const Value>(), input,
                                 m_stdinPosition));
    case Builtin::Sscanf: {
        std::string text = readString(a0);
        std::size_t position = 0;
        return intValue(scanCall("sscanf", a1, args.size() > 2 ? args.subspan(2) : std::span<const Value>(), text,
                                 position));
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
