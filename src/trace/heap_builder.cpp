// HeapBuilder: the heap walk, block states with their payload words, and reuse of unchanged blocks.
#include "trace/heap_builder.h"

#include "alloc/block_format.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <string_view>

namespace memviz::trace {

using core::Address;
using memory::ByteKind;

namespace {

constexpr std::size_t kStorageNodes = 256;
constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kKinds = kOnes * memory::kKindMask;
constexpr Address kNoLimit = std::numeric_limits<Address>::max();

std::uint64_t load8(const std::uint8_t* at) {
    std::uint64_t word;
    std::memcpy(&word, at, 8);
    return word;
}

// How many shadow bytes from `shadow` (at most `size`) are HeapPayload: an allocated block's requested size.
std::uint64_t payloadRun(const std::uint8_t* shadow, std::uint64_t size) {
    constexpr std::uint64_t payload = kOnes * static_cast<std::uint8_t>(ByteKind::HeapPayload);
    std::uint64_t n = 0;
    while (n + 8 <= size && (load8(shadow + n) & kKinds) == payload) n += 8;
    while (n < size && memory::kindOf(shadow[n]) == ByteKind::HeapPayload) ++n;
    return n;
}

// Whether any of `size` shadow bytes is HeapFreed.
bool holdsFreed(const std::uint8_t* shadow, std::uint64_t size) {
    constexpr std::uint64_t freed = kOnes * static_cast<std::uint8_t>(ByteKind::HeapFreed);
    std::uint64_t n = 0;
    for (; n + 8 <= size; n += 8) {
        std::uint64_t x = (load8(shadow + n) & kKinds) ^ freed; // a zero byte where the kind is HeapFreed
        if (((x - kOnes) & ~x & (kOnes * 0x80)) != 0) return true;
    }
    for (; n < size; ++n)
        if (memory::kindOf(shadow[n]) == ByteKind::HeapFreed) return true;
    return false;
}

constexpr char kDigits[] = "0123456789abcdef";
constexpr std::string_view kWordNames[HeapBuilder::kMaxWords] = {"+0",  "+8",   "+16",  "+24", "+32", "+40",
                                                                 "+48", "+56",  "+64",  "+72", "+80", "+88",
                                                                 "+96", "+104", "+112", "+120"};

} // namespace

std::vector<WalkedBlock> walkHeap(const memory::AddressSpace& space) {
    std::vector<WalkedBlock> blocks;
    const memory::Segment& heap = space.segment(memory::SegmentKind::Heap);
    Address start = heap.begin, end = heap.end;
    Address at = start + alloc::kHeaderSize;
    while (at + alloc::kHeaderSize <= end) {
        if (memory::kindOf(*heap.shadowAt(at)) != ByteKind::HeapHeader) break;
        std::uint64_t word = load8(heap.bytesAt(at));
        std::uint64_t size = word & alloc::kSizeMask;
        if (size == 0 || size > end - at) break;
        blocks.push_back({at, size, (word & alloc::kAllocatedBit) != 0});
        at += size;
    }
    return blocks;
}

HeapBuilder::Bounds HeapBuilder::boundsOf(const memory::AddressSpace& space) {
    Bounds bounds;
    for (std::size_t i = 0; i < bounds.size(); ++i)
        bounds[i] = {space.segments()[i].begin, space.segments()[i].end};
    return bounds;
}

HeapBlockState HeapBuilder::buildBlock(const memory::AddressSpace& space, const WalkedBlock& walked,
                                       const std::shared_ptr<std::vector<ValueNode>>& storage) {
    HeapBlockState block;
    block.address = walked.address;
    block.payload = walked.address + alloc::kHeaderSize;
    block.size = walked.size;
    std::uint64_t payloadBytes = walked.size - alloc::kHeaderSize;
    const memory::Segment& heap = space.segment(memory::SegmentKind::Heap);
    const std::uint8_t* shadow = heap.shadowAt(block.payload);
    const std::uint8_t* bytes = heap.bytesAt(block.payload);
    if (!walked.allocated) {
        block.freedBefore = holdsFreed(shadow, payloadBytes);
        return block;
    }
    block.state = BlockState::Allocated;
    block.requested = payloadRun(shadow, payloadBytes);
    std::size_t count = std::min<std::uint64_t>(kMaxWords, block.requested / 8);
    std::size_t first = storage->size();
    for (std::size_t w = 0; w < count; ++w) {
        constexpr std::uint64_t initialized = kOnes * memory::kInitializedBit;
        bool isInitialized = (load8(shadow + w * 8) & initialized) == initialized;
        std::uint64_t value = load8(bytes + w * 8);
        char text[18] = {'0', 'x'};
        for (int d = 0; d < 16; ++d) text[17 - d] = kDigits[(value >> (4 * d)) & 15];
        // A word that holds the address of something mapped is taken for a pointer. (Whether it is depends
        // only on the segment bounds: mapped bytes outside text never have the shadow kind Unmapped or Text.)
        const memory::Segment* segment = value != 0 ? space.segmentAt(value) : nullptr;
        ByteKind target = segment != nullptr ? memory::kindOf(*segment->shadowAt(value)) : ByteKind::Unmapped;
        bool isPointer = isInitialized && target != ByteKind::Unmapped && target != ByteKind::Text;
        storage->push_back(ValueNode{.name = std::string(kWordNames[w]),
                                     .type = std::string("word", 4),
                                     .address = block.payload + w * 8,
                                     .size = 8,
                                     .value = std::string(text, sizeof text),
                                     .initialized = isInitialized,
                                     .isPointer = isPointer,
                                     .pointee = isPointer ? value : 0,
                                     .bytes = {},
                                     .children = {}});
    }
    block.words = ValueList(storage, first, count);
    return block;
}

// The changed ranges that meet the heap, sorted and merged.
void HeapBuilder::sortChanges(const memory::AddressSpace& space, std::span<const AddressRange> changed) {
    m_changes.clear();
    for (const AddressRange& range : changed)
        if (range.begin < range.end && range.end > space.heapStart() && range.begin < space.heapBreak())
            m_changes.push_back(range);
    std::sort(m_changes.begin(), m_changes.end(),
              [](const AddressRange& a, const AddressRange& b) { return a.begin < b.begin; });
    std::size_t kept = 0;
    for (const AddressRange& range : m_changes) {
        if (kept > 0 && range.begin <= m_changes[kept - 1].end)
            m_changes[kept - 1].end = std::max(m_changes[kept - 1].end, range.end);
        else
            m_changes[kept++] = range;
    }
    m_changes.resize(kept);
}

// The first old block from `first` on that does not end by `limit` (m_blocks.size() when all do).
std::size_t HeapBuilder::endingBy(std::size_t first, Address limit) const {
    auto after =
        std::partition_point(m_blocks.begin() + static_cast<std::ptrdiff_t>(first), m_blocks.end(),
                             [limit](const HeapBlockState& b) { return b.address + b.size <= limit; });
    return static_cast<std::size_t>(after - m_blocks.begin());
}

// The old blocks [done.oldBlocks, oldEnd) (those the walk stepped over since the last block it kept) give way
// to the blocks built afresh since, and their pointers to the fresh ones since. The old pointers of those
// blocks are the ones stored between the first dropped block's address and the next kept block's.
void HeapBuilder::closeRun(std::size_t oldEnd, Accounted& done) {
    if (oldEnd == done.oldBlocks && m_fresh.size() == done.freshBlocks) return;
    m_blockSplices.push_back({done.oldBlocks, oldEnd, done.freshBlocks, m_fresh.size()});
    // The first old pointer from `from` on that is stored at or after old block `block`.
    auto firstFrom = [&](std::size_t block, std::size_t from) -> std::size_t {
        if (block == m_blocks.size()) return m_pointers.size();
        Address address = m_blocks[block].address;
        auto after =
            std::partition_point(m_pointers.begin() + static_cast<std::ptrdiff_t>(from), m_pointers.end(),
                                 [address](const WordPointer& word) { return word.from < address; });
        return static_cast<std::size_t>(after - m_pointers.begin());
    };
    std::size_t pointersBegin = firstFrom(done.oldBlocks, done.oldPointers);
    std::size_t pointersEnd = firstFrom(oldEnd, pointersBegin);
    if (pointersBegin != pointersEnd || m_freshPointers.size() != done.freshPointers)
        m_pointerSplices.push_back({pointersBegin, pointersEnd, done.freshPointers, m_freshPointers.size()});
    done = {oldEnd, pointersEnd, m_fresh.size(), m_freshPointers.size()};
}

// Replaces, splice by splice (in order, not overlapping), items [oldBegin, oldEnd) with fresh items
// [freshBegin, freshEnd). The items between two splices (a kept run) move as a whole, by how much the splices
// before them grew the vector: first the runs that move toward the front, front to back, then those that move
// toward the back, back to front. Runs keep their order, so none lands on items not yet moved.
template <class T>
void HeapBuilder::applySplices(std::vector<T>& items, std::vector<T>& fresh,
                               std::span<const Splice> splices) {
    auto growthOf = [](const Splice& splice) {
        return static_cast<std::ptrdiff_t>(splice.freshEnd - splice.freshBegin) -
               static_cast<std::ptrdiff_t>(splice.oldEnd - splice.oldBegin);
    };
    std::ptrdiff_t growth = 0;
    for (const Splice& splice : splices) growth += growthOf(splice);
    auto oldSize = static_cast<std::ptrdiff_t>(items.size());
    if (growth > 0) items.resize(static_cast<std::size_t>(oldSize + growth));
    // Run j lies between splice j - 1 and splice j: [splices[j - 1].oldEnd, splices[j].oldBegin).
    auto at = [&](std::size_t index) { return items.begin() + static_cast<std::ptrdiff_t>(index); };
    auto runBegin = [&](std::size_t j) { return j == 0 ? at(0) : at(splices[j - 1].oldEnd); };
    auto runEnd = [&](std::size_t j) {
        return j == splices.size() ? items.begin() + oldSize : at(splices[j].oldBegin);
    };
    std::ptrdiff_t shift = 0; // how far run j moves
    for (std::size_t j = 0; j <= splices.size(); ++j) {
        if (shift < 0) std::move(runBegin(j), runEnd(j), runBegin(j) + shift);
        if (j < splices.size()) shift += growthOf(splices[j]);
    }
    shift = growth;
    for (std::size_t j = splices.size() + 1; j-- > 0;) {
        if (shift > 0) std::move_backward(runBegin(j), runEnd(j), runEnd(j) + shift);
        if (j > 0) shift -= growthOf(splices[j - 1]);
    }
    shift = 0;
    for (const Splice& splice : splices) {
        std::move(fresh.begin() + static_cast<std::ptrdiff_t>(splice.freshBegin),
                  fresh.begin() + static_cast<std::ptrdiff_t>(splice.freshEnd), at(splice.oldBegin) + shift);
        shift += growthOf(splice);
    }
    if (growth < 0) items.erase(items.end() + growth, items.end());
}

void HeapBuilder::build(const memory::AddressSpace& space, const LiveBlockId& liveBlockId,
                        const BlockById& blockById, bool allChanged, std::span<const AddressRange> changed,
                        std::vector<HeapBlockState>& heap) {
    // A block's state depends only on its own bytes and shadow and on the live block at its payload (which
    // changes only with a heap operation there, a changed range too), except which words are pointers, which
    // depends on the segment bounds: with other bounds, nothing is reused.
    Bounds bounds = boundsOf(space);
    bool reuse = m_valid && !allChanged && bounds == m_bounds;
    if (!reuse) { // nothing to take over: frees what no state holds, for this build to reuse
        m_blocks.clear();
        m_pointers.clear();
    }
    sortChanges(space, reuse ? changed : std::span<const AddressRange>());
    // Built afresh: every block straight into m_blocks, or the blocks of the changed runs into m_fresh, to be
    // spliced into m_blocks in place of the old blocks there.
    std::vector<HeapBlockState>& blocks = reuse ? m_fresh : m_blocks;
    std::vector<WordPointer>& pointers = reuse ? m_freshPointers : m_pointers;
    m_fresh.clear();
    m_freshPointers.clear();
    m_blockSplices.clear();
    m_pointerSplices.clear();
    Accounted done;
    // The words of the blocks built afresh go to storages of at most kStorageNodes (below malloc's mmap
    // threshold, so their memory is recycled rather than mapped afresh), each block's in one. A storage lives
    // as long as any block sliced from it, so none keeps much room it does not use.
    std::shared_ptr<std::vector<ValueNode>> storage;

    // The heap walk (see walkHeap), stepping over every block that is still there untouched.
    const memory::Segment& segment = space.segment(memory::SegmentKind::Heap);
    Address end = segment.end;
    Address at = segment.begin + alloc::kHeaderSize;
    std::size_t old = 0, change = 0;
    while (at + alloc::kHeaderSize <= end) {
        if (reuse) {
            while (old < m_blocks.size() && m_blocks[old].address < at) ++old;
            while (change < m_changes.size() && m_changes[change].end <= at) ++change;
            // Kept: the old block here and those after it that end before the next change (the old blocks lie
            // end to end, so the walk would step from each to the next).
            Address limit = change < m_changes.size() ? m_changes[change].begin : kNoLimit;
            if (old < m_blocks.size() && m_blocks[old].address == at && at + m_blocks[old].size <= limit) {
                closeRun(old, done); // the old blocks stepped over before these, and those built since
                old = endingBy(old, limit);
                done.oldBlocks = old;
                at = m_blocks[old - 1].address + m_blocks[old - 1].size;
                continue;
            }
        }
        if (memory::kindOf(*segment.shadowAt(at)) != ByteKind::HeapHeader) break;
        std::uint64_t word = load8(segment.bytesAt(at));
        WalkedBlock walked{at, word & alloc::kSizeMask, (word & alloc::kAllocatedBit) != 0};
        if (walked.size == 0 || walked.size > end - at) break;
        if (!storage || storage->size() + kMaxWords > kStorageNodes) {
            storage = std::make_shared<std::vector<ValueNode>>();
            storage->reserve(reuse ? kMaxWords : kStorageNodes);
        }
        HeapBlockState& block = blocks.emplace_back(buildBlock(space, walked, storage));
        for (const ValueNode& value : block.words)
            if (value.isPointer) pointers.push_back({value.address, value.pointee});
        block.id = walked.allocated && liveBlockId ? liveBlockId(block.payload) : 0;
        if (const BlockRecord* record = block.id != 0 && blockById ? blockById(block.id) : nullptr) {
            block.allocLine = record->allocLine;
            block.allocStep = record->allocStep;
        }
        at += walked.size;
    }
    if (storage && storage->capacity() - storage->size() > kMaxWords) storage->shrink_to_fit();
    if (reuse) {
        closeRun(m_blocks.size(), done); // the old blocks the walk did not reach, and those built since
        applySplices<HeapBlockState>(m_blocks, m_fresh, m_blockSplices);
        applySplices<WordPointer>(m_pointers, m_freshPointers, m_pointerSplices);
        m_fresh.clear();
    }
    m_bounds = bounds;
    m_valid = true;
    copyOut(!reuse, heap);
}

// Copies the blocks into the state's `heap`. Right after a full build, a new vector that size would mostly
// lie on pages not mapped in yet (around a full build, megabytes of words are freed and malloc gives the top
// of its heap back to the system), and faulting them in (~70 pages for 4500 blocks) cost more than the rest
// of a step back; so a full build also leaves a vector with room to spare, its pages touched, for the next
// build's state.
void HeapBuilder::copyOut(bool fullBuild, std::vector<HeapBlockState>& heap) {
    if (heap.capacity() < m_blocks.size() && m_spare.capacity() >= m_blocks.size()) heap.swap(m_spare);
    m_spare = {};
    heap.assign(m_blocks.begin(), m_blocks.end());
    if (fullBuild) {
        m_spare.resize(m_blocks.size() + m_blocks.size() / 8 + 16); // and room for a few blocks more
        m_spare.clear();
    }
}

} // namespace memviz::trace
