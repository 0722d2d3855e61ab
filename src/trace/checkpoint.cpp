// Checkpoint: page copies in and out of an address space.
#include "trace/checkpoint.h"

#include <cstring>

namespace memviz::trace {

std::shared_ptr<const Page> copyPage(const memory::Segment& segment, std::uint64_t page) {
    auto copy = std::make_shared<Page>();
    std::uint64_t offset = page * memory::AddressSpace::kPageSize;
    std::memcpy(copy->bytes.data(), segment.bytes.data() + offset, copy->bytes.size());
    std::memcpy(copy->shadow.data(), segment.shadow.data() + offset, copy->shadow.size());
    return copy;
}

void Checkpoint::restore(memory::AddressSpace& space) const {
    for (std::size_t k = 0; k < 6; ++k) {
        auto kind = static_cast<memory::SegmentKind>(k);
        const SegmentSnapshot& snapshot = segments[k];
        space.restoreBounds(kind, snapshot.begin, snapshot.end);
        memory::Segment& segment = space.segmentStorage(kind);
        for (std::size_t i = 0; i < snapshot.pages.size(); ++i) {
            std::uint64_t offset = (snapshot.firstPage + i) * memory::AddressSpace::kPageSize;
            std::memcpy(segment.bytes.data() + offset, snapshot.pages[i]->bytes.data(), memory::AddressSpace::kPageSize);
            std::memcpy(segment.shadow.data() + offset, snapshot.pages[i]->shadow.data(), memory::AddressSpace::kPageSize);
        }
    }
}

} // namespace memviz::trace
