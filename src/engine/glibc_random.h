// GlibcRandom: glibc's rand()/srand() (the TYPE_3 additive feedback generator, r[i] = r[i-3] + r[i-31]),
// so a program prints the same "random" numbers here as its gcc-built binary does.
#pragma once

#include <array>
#include <cstdint>

namespace memviz::engine {

class GlibcRandom {
public:
    GlibcRandom() { seed(1); }

    void seed(std::uint32_t value) {
        std::int32_t r[34];
        r[0] = static_cast<std::int32_t>(value == 0 ? 1 : value);
        for (int i = 1; i < 31; ++i) {
            // Schrage's method, exactly as glibc's srandom_r computes 16807 * r mod (2^31 - 1).
            std::int32_t hi = r[i - 1] / 127773;
            std::int32_t lo = r[i - 1] % 127773;
            std::int32_t word = 16807 * lo - 2836 * hi;
            if (word < 0) word += 2147483647;
            r[i] = word;
        }
        for (int i = 31; i < 34; ++i) r[i] = r[i - 31];
        for (int i = 0; i < 34; ++i) m_ring[i] = static_cast<std::uint32_t>(r[i]);
        m_index = 34;
        for (int i = 34; i < 344; ++i) next();
    }

    // The next rand() value, 0..RAND_MAX.
    int next() {
        std::uint32_t value = at(m_index - 31) + at(m_index - 3);
        m_ring[m_index % 34] = value;
        ++m_index;
        return static_cast<int>(value >> 1);
    }

private:
    std::uint32_t at(std::uint64_t index) const { return m_ring[index % 34]; }

    std::array<std::uint32_t, 34> m_ring{};
    std::uint64_t m_index = 0;
};

} // namespace memviz::engine
