// Machine::scanCall: the scanf family through scanFormat (glibc's vfscanf transcribed) over stdin, whose
// position getchar/fgets share, or over sscanf's string. Each assigned value is stored through the checked
// access into the object its pointer argument points to: 1, 2, 4 or 8 bytes for hh, h, none, l/ll/j/z/t;
// a float for %f, a double for %lf, a long double for %Lf; the bytes (plus a NUL for %s and %[) for strings.
// A conversion without a pointer argument is a runtime error of kind "unsupported" at the call (gcc's
// binary would store through whatever a register holds); so are wide and %m conversions.
#include "engine/machine.h"

#include "engine/scanf_reader.h"

#include <cstring>

namespace memviz::engine {

using namespace memviz::lang;

class CallScanSink final : public ScanSink {
public:
    CallScanSink(Machine& machine, std::string_view function, std::span<const Value> targets)
        : m_machine(machine), m_function(function), m_targets(targets) {}

    bool storeInt(std::size_t index, std::uint64_t value, LengthModifier length, bool) override {
        const Value* target = targetAt(index);
        if (target == nullptr) return false;
        std::uint8_t bytes[8];
        std::memcpy(bytes, &value, sizeof bytes); // little-endian, as x86-64: the low bytes first
        m_machine.writeBytes(*target, bytes, integerSize(length));
        return true;
    }
    bool storeDouble(std::size_t index, long double value, FloatSize size) override {
        const Value* target = targetAt(index);
        if (target == nullptr) return false;
        const TypeContext& types = *m_machine.m_unit.types;
        const Type* type = size == FloatSize::Float    ? types.basic(TypeKind::Float)
                           : size == FloatSize::Double ? types.doubleType()
                                                       : types.basic(TypeKind::LongDouble);
        m_machine.store(*target, type, Value::real(static_cast<double>(value)));
        return true;
    }
    bool storeString(std::size_t index, std::string_view bytes) override {
        const Value* target = targetAt(index);
        if (target == nullptr) return false;
        m_machine.writeBytes(*target, reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
        return true;
    }

private:
    const Value* targetAt(std::size_t index) {
        if (index < m_targets.size()) return &m_targets[index];
        m_machine.reportError(ErrorKind::Unsupported,
                              std::string(m_function) + ": conversion number " + std::to_string(index + 1) +
                                  " of the format has no pointer argument to store into",
                              true);
        return nullptr;
    }

    Machine& m_machine;
    std::string_view m_function;
    std::span<const Value> m_targets;
};

int Machine::scanCall(std::string_view function, const Value& format, std::span<const Value> targets,
                      std::string_view input, std::size_t& position) {
    std::string text = readString(format);
    CallScanSink sink(*this, function, targets);
    InputCursor cursor(input, position);
    FormatError error;
    int assigned = scanFormat(text, cursor, sink, &error);
    if (error.kind == FormatErrorKind::Unsupported)
        reportError(ErrorKind::Unsupported,
                    std::string(function) + ": " + error.message + " (at byte " + std::to_string(error.offset) +
                        " of the format)",
                    true);
    return assigned;
}

} // namespace memviz::engine
