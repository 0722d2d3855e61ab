// HeapBuilder: the heap walk, block states with their payload words, and reuse of unchanged blocks.
#include "trace/heap_builder.h"

#include "alloc/block_format.h"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace memviz::trace {

using core::Address;
using memory::ByteKind;

namespace {

constexpr std::size_t kStorageNodes = 256;
constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kKinds = kOnes * memory::kKindMask;

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

void HeapBuilder::build(const memory::AddressSpace& space, const LiveBlockId& liveBlockId,
                        const BlockById& blockById, bool allChanged, std::span<const AddressRange> changed,
                        std::vector<HeapBlockState>& heap) {
    // A block's state depends only on its own bytes and shadow and on the live block at its payload (which
    // changes only with a heap operation there, a changed range too), except which words are pointers, which
    // depends on the segment bounds: with other bounds, nothing is reused.
    Bounds bounds = boundsOf(space);
    bool reuse = m_valid && !allChanged && bounds == m_bounds;
    if (!reuse) m_blocks.clear(); // nothing to take over: frees what no state holds, for this build to reuse
    sortChanges(space, reuse ? changed : std::span<const AddressRange>());
    m_nextBlocks.clear();
    m_nextBlocks.reserve(m_blocks.size() + 16);
    m_nextFirst.clear();
    m_nextPointers.clear();
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
        m_nextFirst.push_back(static_cast<std::uint32_t>(m_nextPointers.size()));
        if (reuse) {
            while (old < m_blocks.size() && m_blocks[old].address < at) ++old;
            while (change < m_changes.size() && m_changes[change].end <= at) ++change;
            if (old < m_blocks.size() && m_blocks[old].address == at &&
                (change == m_changes.size() || m_changes[change].begin >= at + m_blocks[old].size)) {
                m_nextPointers.insert(m_nextPointers.end(), m_pointers.begin() + m_firstPointer[old],
                                      m_pointers.begin() + m_firstPointer[old + 1]);
                m_nextBlocks.push_back(std::move(m_blocks[old]));
                at += m_nextBlocks.back().size;
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
        HeapBlockState& block = m_nextBlocks.emplace_back(buildBlock(space, walked, storage));
        for (const ValueNode& value : block.words)
            if (value.isPointer) m_nextPointers.push_back({value.address, value.pointee});
        block.id = walked.allocated && liveBlockId ? liveBlockId(block.payload) : 0;
        if (const BlockRecord* record = block.id != 0 && blockById ? blockById(block.id) : nullptr) {
            block.allocLine = record->allocLine;
            block.allocStep = record->allocStep;
        }
        at += walked.size;
    }
    if (storage && storage->capacity() - storage->size() > kMaxWords) storage->shrink_to_fit();
    if (m_nextFirst.size() > m_nextBlocks.size()) m_nextFirst.pop_back(); // the walk stopped before a block
    m_nextFirst.push_back(static_cast<std::uint32_t>(m_nextPointers.size()));
    m_blocks.swap(m_nextBlocks);
    m_firstPointer.swap(m_nextFirst);
    m_pointers.swap(m_nextPointers);
    m_nextBlocks.clear(); // drops the blocks not taken over
    m_bounds = bounds;
    m_valid = true;
    heap.assign(m_blocks.begin(), m_blocks.end());
}

} // namespace memviz::trace
