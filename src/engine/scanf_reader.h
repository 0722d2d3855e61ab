// ScanfReader: the parsing half of the interpreter's scanf family. It reads a program's stdin (or a
// sscanf string) through an InputCursor exactly as glibc's vfscanf does — same whitespace rules, same
// characters consumed, same one-character pushback, same return value — and hands each converted
// value to a ScanSink, which stores it in simulated memory.
#pragma once

#include "engine/printf_formatter.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace memviz::engine {

// A read position in an input text the interpreter owns (stdin, shared with getchar and fgets, or the
// string of an sscanf). The cursor writes through to the caller's position variable.
class InputCursor {
public:
    static constexpr int endOfFile = -1;

    InputCursor(std::string_view input, std::size_t& position) : m_input(input), m_position(&position) {}

    // The next byte as an unsigned char value, consumed; endOfFile at the end of the input.
    int get() { return *m_position < m_input.size() ? static_cast<unsigned char>(m_input[(*m_position)++]) : endOfFile; }
    // Gives back the byte the last get() returned (glibc's ungetc); nothing when that was endOfFile.
    void unget(int c) {
        if (c != endOfFile && *m_position > 0) --*m_position;
    }
    std::size_t position() const { return *m_position; }
    bool atEnd() const { return *m_position >= m_input.size(); }

private:
    std::string_view m_input;
    std::size_t* m_position;
};

enum class FloatSize { Float, Double, LongDouble };

// Receives what a scanf call assigns. `index` is the 0-based position of the destination pointer among
// the arguments after the format (suppressed conversions take none). Each store returns false when it
// failed (missing argument, bad pointer, overflow...) after the interpreter reported it: scanning then
// stops, as a crashed store would.
class ScanSink {
public:
    virtual ~ScanSink() = default;

    // %d %i %u %o %x %X (and %p with length Long, %n with the number of bytes consumed so far): store
    // the low integerSize(length) bytes of `value`, which is already converted exactly as glibc
    // converts it (strtol/strtoul, then a cast to the destination type) and widened back to 64 bits.
    virtual bool storeInt(std::size_t index, std::uint64_t value, LengthModifier length, bool isUnsigned) = 0;
    // %f %e %g %a (and F E G A): the value as strtof/strtod/strtold produced it (exact in long double).
    virtual bool storeDouble(std::size_t index, long double value, FloatSize size) = 0;
    // %s and %[...]: the bytes read plus the terminating NUL; %c: exactly the bytes read, no NUL.
    virtual bool storeString(std::size_t index, std::string_view bytes) = 0;
};

// Runs `format` over the input and returns what glibc's scanf returns: the number of assignments made,
// or EOF (-1) when the input ended before the first assignment and before any matching failure.
// Problems that glibc would not report (unknown conversions, which end the scan as glibc does,
// unsupported wide or %m conversions, a refused store) go to *error when given.
int scanFormat(std::string_view format, InputCursor& in, ScanSink& sink, FormatError* error = nullptr);

} // namespace memviz::engine
