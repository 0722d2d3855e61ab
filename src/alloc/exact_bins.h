// ExactBins: free blocks of 32 to 1024 bytes kept in one address-ordered bin per 16-byte size, with a bitmap
// of non-empty bins, so "the smallest block that fits, lowest address first" is a bit scan and a leftmost
// walk. Best fit and segregated fits use it for the small blocks that most programs churn.
#pragma once

#include "alloc/address_index.h"

#include <array>
#include <bit>
#include <cstdint>

namespace memviz::alloc {

class ExactBins {
public:
    static constexpr std::uint64_t kLimit = 1024;
    static constexpr std::size_t kBins = kLimit / 16 + 1;  // index = size / 16

    static bool holds(std::uint64_t size) { return size <= kLimit; }
    static std::size_t binOf(std::uint64_t size) { return static_cast<std::size_t>(size / 16); }

    void insert(core::Address block, std::uint64_t size) {
        std::size_t bin = binOf(size);
        m_bins[bin].insert(block, size);
        m_nonEmpty[bin / 64] |= std::uint64_t{1} << (bin % 64);
        ++m_count;
    }
    void erase(core::Address block, std::uint64_t size) {
        std::size_t bin = binOf(size);
        m_bins[bin].erase(block);
        if (m_bins[bin].count() == 0) m_nonEmpty[bin / 64] &= ~(std::uint64_t{1} << (bin % 64));
        --m_count;
    }
    bool contains(core::Address block, std::uint64_t size) const { return m_bins[binOf(size)].sizeOf(block) == size; }
    std::uint64_t count() const { return m_count; }
    const AddressIndex& bin(std::uint64_t size) const { return m_bins[binOf(size)]; }

    // The first non-empty bin at or after the bin of `size`, or kBins.
    std::size_t nextNonEmpty(std::uint64_t size) const {
        std::size_t from = binOf(size);
        for (std::size_t word = from / 64; word < m_nonEmpty.size(); ++word) {
            std::uint64_t bits = m_nonEmpty[word];
            if (word == from / 64) bits &= ~std::uint64_t{0} << (from % 64);
            if (bits != 0) return word * 64 + static_cast<std::size_t>(std::countr_zero(bits));
        }
        return kBins;
    }
    // The lowest-addressed block of the smallest non-empty size >= `size`.
    FreeBlockRef smallestAtLeast(std::uint64_t size) const {
        std::size_t bin = nextNonEmpty(size);
        return bin == kBins ? FreeBlockRef{} : m_bins[bin].lowest();
    }
    std::uint64_t largest() const {
        for (std::size_t word = m_nonEmpty.size(); word-- > 0;) {
            if (m_nonEmpty[word] != 0)
                return (word * 64 + 63 - static_cast<std::size_t>(std::countl_zero(m_nonEmpty[word]))) * 16;
        }
        return 0;
    }

private:
    std::array<AddressIndex, kBins> m_bins;
    std::array<std::uint64_t, (kBins + 63) / 64> m_nonEmpty{};
    std::uint64_t m_count = 0;
};

} // namespace memviz::alloc
