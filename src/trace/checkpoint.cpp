// Checkpoint: writing the page copies back into an address space.
#include "trace/checkpoint.h"

#include <cstring>

namespace memviz::trace {

void Checkpoint::restore(memory::AddressSpace& space) const {
    for (std::size_t k = 0; k < 6; ++k) {
        auto kind = static_cast<memory::SegmentKind>(k);
        const SegmentSnapshot& snapshot = segments[k];
        space.restoreBounds(kind, snapshot.begin, snapshot.end);
        memory::Segment& segment = space.segmentStorage(kind);
        for (std::size_t i = 0; i < snapshot.pages.size(); ++i) {
            std::uint64_t offset = (snapshot.firstPage + i) * memory::AddressSpace::kPageSize;
            snapshot.pages[i]->restore(segment.bytes.data() + offset, segment.shadow.data() + offset);
        }
    }
}

} // namespace memviz::trace
