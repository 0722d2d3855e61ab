// LineAssembler: turns a stream of decompressed chunks into blocks of whole lines, carrying a line that
// straddles two chunks over to the next one, so readers can parse straight out of each chunk. Every block
// ends in '\n': a scanner that stops at any character it does not expect cannot run past a block.
#pragma once

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

namespace memviz::replay {

class LineAssembler {
public:
    // A line this long without a newline is not a trace (and must not exhaust memory).
    static constexpr std::size_t kMaxCarry = std::size_t{64} << 20;

    // Calls parse(begin, end) on blocks of whole lines, each ending in '\n': first the carried-over line
    // completed by this chunk, then the chunk's own complete lines. Stops and returns false as soon as
    // parse does, or when a single line passes kMaxCarry (then tooLong() is true).
    template <class Parse> bool feed(std::string_view chunk, Parse&& parse) {
        const char* begin = chunk.data();
        const char* end = begin + chunk.size();
        if (!m_carry.empty()) {
            const void* newline = std::memchr(begin, '\n', chunk.size());
            if (newline == nullptr) return carry(begin, end);
            const char* lineEnd = static_cast<const char*>(newline) + 1;
            m_carry.append(begin, lineEnd);
            bool ok = parse(m_carry.data(), m_carry.data() + m_carry.size());
            m_carry.clear();
            if (!ok) return false;
            begin = lineEnd;
        }
        const char* lastLineEnd = end;
        while (lastLineEnd != begin && lastLineEnd[-1] != '\n') --lastLineEnd;
        if (lastLineEnd != begin && !parse(begin, lastLineEnd)) return false;
        return carry(lastLineEnd, end);
    }

    // Parses what is left: a last line without a newline, if any (given to parse with a '\n' appended,
    // so every block parse sees ends in '\n' and scanning loops may stop at it without bounds checks).
    template <class Parse> bool finish(Parse&& parse) {
        if (m_carry.empty()) return true;
        m_carry += '\n';
        bool ok = parse(m_carry.data(), m_carry.data() + m_carry.size());
        m_carry.clear();
        return ok;
    }

    bool tooLong() const { return m_tooLong; }

private:
    bool carry(const char* begin, const char* end) {
        if (m_carry.size() + static_cast<std::size_t>(end - begin) > kMaxCarry) {
            m_tooLong = true;
            return false;
        }
        m_carry.append(begin, end);
        return true;
    }

    std::string m_carry;
    bool m_tooLong = false;
};

} // namespace memviz::replay
