// HistoryStore: the memory a recorded run holds.
#include "trace/history_store.h"

#include <unordered_set>

namespace memviz::trace {

std::uint64_t HistoryStore::bytes() const {
    std::uint64_t total = log.bytes();
    total += steps.bytesHeld() + frames.bytesHeld();
    total += declarations.capacity() * sizeof(Declaration);
    total += heapOps.bytesHeld() + blocks.bytesHeld() + outputMarks.bytesHeld() + metrics.bytesHeld();
    std::unordered_set<const PageCopy*> pages;
    for (const Checkpoint& checkpoint : checkpoints) {
        for (const SegmentSnapshot& segment : checkpoint.segments) {
            total += segment.pages.capacity() * sizeof(segment.pages[0]);
            for (const auto& page : segment.pages)
                if (pages.insert(page.get()).second) total += page->bytesHeld();
        }
        total += checkpoint.frames.capacity() * sizeof(std::uint64_t) + checkpoint.liveBlocks.capacity() * sizeof(checkpoint.liveBlocks[0]);
    }
    return total;
}

} // namespace memviz::trace
