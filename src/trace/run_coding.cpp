// Run-length coding: finding runs eight (or 32) bytes at a time, writing, expanding, XORing and skipping them.
#include "trace/run_coding.h"

#include "trace/history_log.h"

#include <bit>
#include <cstring>

namespace memviz::trace {

// Eight bytes at a time (the first differing byte of a word found from its XOR with the pattern).
std::uint64_t runLength(const std::uint8_t* p, std::uint64_t n) {
    std::uint64_t pattern = 0x0101010101010101ull * p[0];
    std::uint64_t i = 0;
    for (; i + 32 <= n; i += 32) { // long runs (memset, fresh memory, shadow) four words at a time
        std::uint64_t w0, w1, w2, w3;
        std::memcpy(&w0, p + i, 8);
        std::memcpy(&w1, p + i + 8, 8);
        std::memcpy(&w2, p + i + 16, 8);
        std::memcpy(&w3, p + i + 24, 8);
        if (((w0 ^ pattern) | (w1 ^ pattern) | (w2 ^ pattern) | (w3 ^ pattern)) != 0) break;
    }
    for (; i + 8 <= n; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, p + i, 8);
        if (std::uint64_t x = word ^ pattern) return i + static_cast<std::uint64_t>(std::countr_zero(x)) / 8;
    }
    while (i < n && p[i] == p[0]) ++i;
    return i;
}

namespace {
// The length of the run of equal bytes at a[0] ^ b[0] in the string a[i] ^ b[i] (at most n, at least 1).
std::uint64_t xorRunLength(const std::uint8_t* a, const std::uint8_t* b, std::uint64_t n) {
    std::uint64_t pattern = 0x0101010101010101ull * static_cast<std::uint8_t>(a[0] ^ b[0]);
    std::uint64_t i = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t x, y;
        std::memcpy(&x, a + i, 8);
        std::memcpy(&y, b + i, 8);
        if (std::uint64_t d = x ^ y ^ pattern) return i + static_cast<std::uint64_t>(std::countr_zero(d)) / 8;
    }
    while (i < n && static_cast<std::uint8_t>(a[i] ^ b[i]) == static_cast<std::uint8_t>(a[0] ^ b[0])) ++i;
    return i;
}

// Calls apply(offset, value, length) for each run of `runs` over `size` bytes (a run past the end is cut short;
// a zero length ends malformed input).
template <class Apply> void forEachRun(const std::uint8_t* runs, std::uint64_t size, Apply apply) {
    for (std::uint64_t filled = 0; filled < size;) {
        std::uint8_t value = *runs++;
        std::uint64_t length = getVarint(runs);
        if (length == 0) break;
        if (length > size - filled) length = size - filled;
        apply(filled, value, length);
        filled += length;
    }
}
} // namespace

std::uint8_t* putRuns(std::uint8_t* out, const std::uint8_t* values, std::uint64_t size) {
    for (std::uint64_t i = 0; i < size;) {
        std::uint64_t length = runLength(values + i, size - i);
        *out++ = values[i];
        out = putVarint(out, length);
        i += length;
    }
    return out;
}

std::uint8_t* putRunsUpTo(std::uint8_t* out, const std::uint8_t* values, std::uint64_t size, std::uint64_t maxRuns,
                          std::uint64_t& runs) {
    runs = 0;
    for (std::uint64_t i = 0; i < size;) {
        if (++runs > maxRuns) return nullptr;
        std::uint64_t length = runLength(values + i, size - i);
        *out++ = values[i];
        out = putVarint(out, length);
        i += length;
    }
    return out;
}

std::uint8_t* putXorRuns(std::uint8_t* out, const std::uint8_t* a, const std::uint8_t* b, std::uint64_t size) {
    for (std::uint64_t i = 0; i < size;) {
        std::uint64_t length = xorRunLength(a + i, b + i, size - i);
        *out++ = static_cast<std::uint8_t>(a[i] ^ b[i]);
        out = putVarint(out, length);
        i += length;
    }
    return out;
}

std::uint8_t* putXorRunsUpTo(std::uint8_t* out, const std::uint8_t* a, const std::uint8_t* b, std::uint64_t size,
                             std::uint64_t maxRuns, std::uint64_t& runs) {
    runs = 0;
    for (std::uint64_t i = 0; i < size;) {
        if (++runs > maxRuns) return nullptr;
        std::uint64_t length = xorRunLength(a + i, b + i, size - i);
        *out++ = static_cast<std::uint8_t>(a[i] ^ b[i]);
        out = putVarint(out, length);
        i += length;
    }
    return out;
}

void xorRuns(const std::uint8_t* runs, std::uint8_t* out, std::uint64_t size) {
    forEachRun(runs, size, [out](std::uint64_t offset, std::uint8_t value, std::uint64_t length) {
        if (value == 0) return;
        std::uint64_t pattern = 0x0101010101010101ull * value, i = 0;
        std::uint8_t* at = out + offset;
        for (; i + 8 <= length; i += 8) {
            std::uint64_t word;
            std::memcpy(&word, at + i, 8);
            word ^= pattern;
            std::memcpy(at + i, &word, 8);
        }
        for (; i < length; ++i) at[i] ^= value;
    });
}

void xorBytes(std::uint8_t* out, const std::uint8_t* a, const std::uint8_t* b, std::uint64_t size) {
    std::uint64_t i = 0;
    for (; i + 8 <= size; i += 8) {
        std::uint64_t x, y;
        std::memcpy(&x, a + i, 8);
        std::memcpy(&y, b + i, 8);
        x ^= y;
        std::memcpy(out + i, &x, 8);
    }
    for (; i < size; ++i) out[i] = static_cast<std::uint8_t>(a[i] ^ b[i]);
}

void expandRuns(const std::uint8_t* runs, std::uint8_t* out, std::uint64_t size) {
    forEachRun(runs, size, [out, size](std::uint64_t offset, std::uint8_t value, std::uint64_t length) {
        // A short run is one fixed 16-byte store (the runs after it write over the rest); a long one a memset.
        if (length <= 16 && size - offset >= 16) std::memset(out + offset, value, 16);
        else std::memset(out + offset, value, length);
    });
}

const std::uint8_t* skipRuns(const std::uint8_t* at, std::uint64_t size) {
    for (std::uint64_t covered = 0; covered < size;) {
        ++at;
        std::uint64_t length = getVarint(at);
        if (length == 0) break; // malformed: never loop forever
        covered += length;
    }
    return at;
}

} // namespace memviz::trace
