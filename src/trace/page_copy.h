// PageCopy: one page of a segment (bytes and shadow) as a checkpoint keeps it. Each half is stored
// run-length coded when that is shorter, raw otherwise: a page's shadow is a handful of runs, and
// memset, zeroed or freshly mapped bytes are too, so most copies are a small fraction of the 8 KiB they stand
// for. Checkpoints share the copies of pages that did not change.
#pragma once

#include "memory/address_space.h"
#include "memory/segment.h"

#include <cstdint>
#include <memory>

namespace memviz::trace {

class PageCopy {
public:
    // What a plain copy would hold (bytes and shadow): the checkpoint policy's measure of a changed page.
    static constexpr std::uint64_t kRawBytes = 2 * memory::AddressSpace::kPageSize;

    // Copies page `page` (counted from the segment's origin) of `segment`.
    static std::shared_ptr<const PageCopy> take(const memory::Segment& segment, std::uint64_t page);
    // Writes the page's bytes and shadow back (kPageSize each).
    void restore(std::uint8_t* bytes, std::uint8_t* shadow) const;
    std::uint64_t bytesHeld() const { return sizeof(PageCopy) + m_size; }

private:
    std::unique_ptr<std::uint8_t[]> m_data; // the bytes, then the shadow, each raw or as runs
    std::uint32_t m_size = 0;               // of m_data
    std::uint32_t m_shadowAt = 0;           // where the shadow starts in m_data
    bool m_bytesRuns = false, m_shadowRuns = false;
};

} // namespace memviz::trace
