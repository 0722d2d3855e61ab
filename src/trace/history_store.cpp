// HistoryStore: the memory a recorded run holds.
#include "trace/history_store.h"

#include <unordered_set>

namespace memviz::trace {

std::uint64_t HistoryStore::bytes() const {
    std::uint64_t total = log.bytes();
    total += steps.bytesHeld() + marks.bytesHeld() + frames.bytesHeld();
    total += declarations.capacity() * sizeof(Declaration);
    total += heapOps.bytesHeld() + blocks.bytesHeld() + outputMarks.bytesHeld() + metrics.samples().bytesHeld();
    std::unordered_set<const Page*> pages;
    for (const Checkpoint& checkpoint : checkpoints) {
        for (const SegmentSnapshot& segment : checkpoint.segments) {
            total += segment.pages.capacity() * sizeof(segment.pages[0]);
            for (const auto& page : segment.pages)
                if (pages.insert(page.get()).second) total += sizeof(Page);
        }
        total += checkpoint.frames.capacity() * sizeof(std::uint64_t) + checkpoint.liveBlocks.size() * 32;
    }
    return total;
}

} // namespace memviz::trace
