// PageCopy: coding a page's bytes and shadow as runs or raw, and writing them back.
#include "trace/page_copy.h"

#include "trace/run_coding.h"

#include <cstring>

namespace memviz::trace {

namespace {
constexpr std::uint64_t kPage = memory::AddressSpace::kPageSize;
// Runs are kept when there are at most this many (each takes two or three bytes, so they are shorter than raw).
constexpr std::uint64_t kMaxRuns = kPage / 4;

// Writes `values` (a page's worth) at `out` as runs when that is shorter, raw otherwise; returns the end.
std::uint8_t* putHalf(std::uint8_t* out, const std::uint8_t* values, bool& asRuns) {
    std::uint64_t runs = 0;
    std::uint8_t* end = putRunsUpTo(out, values, kPage, kMaxRuns, runs);
    asRuns = end != nullptr;
    if (asRuns) return end;
    std::memcpy(out, values, kPage);
    return out + kPage;
}
} // namespace

std::shared_ptr<const PageCopy> PageCopy::take(const memory::Segment& segment, std::uint64_t page) {
    std::uint8_t coded[2 * kPage]; // runs are kept only when shorter than raw
    std::uint64_t offset = page * kPage;
    auto copy = std::make_shared<PageCopy>();
    std::uint8_t* end = putHalf(coded, segment.bytes.data() + offset, copy->m_bytesRuns);
    copy->m_shadowAt = static_cast<std::uint32_t>(end - coded);
    end = putHalf(end, segment.shadow.data() + offset, copy->m_shadowRuns);
    copy->m_size = static_cast<std::uint32_t>(end - coded);
    copy->m_data = std::make_unique_for_overwrite<std::uint8_t[]>(copy->m_size);
    std::memcpy(copy->m_data.get(), coded, copy->m_size);
    return copy;
}

void PageCopy::restore(std::uint8_t* bytes, std::uint8_t* shadow) const {
    const std::uint8_t* data = m_data.get();
    if (m_bytesRuns) expandRuns(data, bytes, kPage);
    else std::memcpy(bytes, data, kPage);
    if (m_shadowRuns) expandRuns(data + m_shadowAt, shadow, kPage);
    else std::memcpy(shadow, data + m_shadowAt, kPage);
}

} // namespace memviz::trace
