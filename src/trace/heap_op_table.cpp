// HeapOpTable: the packed coding of heap operations, group keys, look-up and the cost so far.
#include "trace/heap_op_table.h"

#include "trace/history_log.h"

#include <algorithm>

namespace memviz::trace {

namespace {
// First byte: the event's and the report's kinds and flags.
constexpr std::uint8_t kFailed = 0x10, kInPlace = 0x20, kSameBlock = 0x40, kSamePayload = 0x80;
// Second byte: which fields are there (absent ones are zero) and whether the three counts share one byte.
constexpr std::uint8_t kBlock = 0x01, kOldBlock = 0x02, kPayload = 0x04, kOldPayload = 0x08, kGrown = 0x10,
                       kRemainder = 0x20, kMerged = 0x40, kSmallCounts = 0x80;

std::uint64_t difference(std::uint64_t value, std::uint64_t base) { return zigzag(static_cast<std::int64_t>(value - base)); }
std::uint64_t undifference(std::uint64_t coded, std::uint64_t base) {
    return base + static_cast<std::uint64_t>(unzigzag(coded));
}
// Payloads are 16-byte aligned, so their differences are too: the difference in granules, zigzag coded, with
// the low four bits at the top, where they cost nothing when zero (any other value round-trips, only longer).
std::uint64_t addressDifference(core::Address value, core::Address base) {
    auto delta = static_cast<std::int64_t>(value - base);
    return zigzag(delta >> 4) | (static_cast<std::uint64_t>(delta & 15) << 60);
}
core::Address undoAddressDifference(std::uint64_t coded, core::Address base) {
    auto granules = static_cast<std::uint64_t>(unzigzag(coded & ((std::uint64_t{1} << 60) - 1)));
    return base + ((granules << 4) | (coded >> 60));
}
} // namespace

HeapOpRecord HeapOpRecord::of(const engine::HeapEvent& event, std::uint64_t step) {
    const alloc::OpReport* report = event.report; // null: an op the allocator did not report on
    // Every field named, so nothing is cleared first.
    return {.step = step,
            .kind = event.kind,
            .reportKind = report != nullptr ? report->kind : alloc::OpKind::Malloc,
            .failed = report != nullptr && report->failed,
            .inPlace = report != nullptr && report->inPlace,
            .blockId = event.blockId,
            .oldBlockId = event.oldBlockId,
            .payload = event.payload,
            .oldPayload = event.oldPayload,
            .requested = event.requested,
            .blockSize = report != nullptr ? report->blockSize : 0,
            .examined = report != nullptr ? report->examined : 0,
            .grownBy = report != nullptr ? report->grownBy : 0,
            .remainderSize = report != nullptr ? report->remainderSize : 0,
            .mergedSize = report != nullptr ? report->mergedSize : 0,
            .splits = report != nullptr ? report->splits : 0,
            .coalesces = report != nullptr ? report->coalesces : 0,
            .headerWrites = report != nullptr ? report->headerWrites : 0};
}

void HeapCost::add(const HeapOpRecord& op) {
    ++operations;
    examined += op.examined;
    splits += op.splits;
    coalesces += op.coalesces;
    headerWrites += op.headerWrites;
    growth += op.grownBy;
}

std::uint8_t* HeapOpTable::encode(const HeapOpRecord& op, Coder& coder, std::uint8_t* out) {
    bool sameBlock = op.blockId != 0 && op.blockId == op.oldBlockId;
    bool samePayload = op.payload != 0 && op.payload == op.oldPayload;
    bool smallCounts = op.splits <= 1 && op.coalesces <= 3 && op.headerWrites <= 15;
    *out++ = static_cast<std::uint8_t>(static_cast<std::uint8_t>(op.kind) | (static_cast<std::uint8_t>(op.reportKind) << 2) |
                                       (op.failed ? kFailed : 0) | (op.inPlace ? kInPlace : 0) |
                                       (sameBlock ? kSameBlock : 0) | (samePayload ? kSamePayload : 0));
    *out++ = static_cast<std::uint8_t>((op.blockId != 0 ? kBlock : 0) | (op.oldBlockId != 0 ? kOldBlock : 0) |
                                       (op.payload != 0 ? kPayload : 0) | (op.oldPayload != 0 ? kOldPayload : 0) |
                                       (op.grownBy != 0 ? kGrown : 0) | (op.remainderSize != 0 ? kRemainder : 0) |
                                       (op.mergedSize != 0 ? kMerged : 0) | (smallCounts ? kSmallCounts : 0));
    out = putVarint(out, difference(op.step, coder.step));
    coder.step = op.step;
    // Block ids: mostly the next new one, or one still live.
    if (op.oldBlockId != 0) out = putVarint(out, difference(op.oldBlockId, coder.maxBlockId + 1));
    if (op.blockId != 0 && !sameBlock) out = putVarint(out, difference(op.blockId, coder.maxBlockId + 1));
    coder.maxBlockId = std::max({coder.maxBlockId, op.blockId, op.oldBlockId});
    if (op.oldPayload != 0) {
        out = putVarint(out, addressDifference(op.oldPayload, coder.lastAddress));
        coder.lastAddress = op.oldPayload;
    }
    if (op.payload != 0 && !samePayload) {
        out = putVarint(out, addressDifference(op.payload, coder.lastAddress));
        coder.lastAddress = op.payload;
    }
    out = putVarint(out, op.requested);
    out = putVarint(out, difference(op.blockSize, op.requested));
    out = putVarint(out, op.examined);
    if (smallCounts) {
        *out++ = static_cast<std::uint8_t>(op.splits | (op.coalesces << 1) | (op.headerWrites << 3));
    } else {
        out = putVarint(out, op.splits);
        out = putVarint(out, op.coalesces);
        out = putVarint(out, op.headerWrites);
    }
    if (op.grownBy != 0) out = putVarint(out, op.grownBy);
    if (op.remainderSize != 0) out = putVarint(out, op.remainderSize);
    if (op.mergedSize != 0) out = putVarint(out, op.mergedSize);
    return out;
}

const std::uint8_t* HeapOpTable::decode(const std::uint8_t* in, Coder& coder, HeapOpRecord& op) {
    std::uint8_t head = *in++;
    std::uint8_t fields = *in++;
    op = HeapOpRecord{};
    op.kind = static_cast<engine::HeapEventKind>(head & 0x03);
    op.reportKind = static_cast<alloc::OpKind>((head >> 2) & 0x03);
    op.failed = (head & kFailed) != 0;
    op.inPlace = (head & kInPlace) != 0;
    op.step = coder.step = undifference(getVarint(in), coder.step);
    if ((fields & kOldBlock) != 0) op.oldBlockId = undifference(getVarint(in), coder.maxBlockId + 1);
    if ((fields & kBlock) != 0)
        op.blockId = (head & kSameBlock) != 0 ? op.oldBlockId : undifference(getVarint(in), coder.maxBlockId + 1);
    coder.maxBlockId = std::max({coder.maxBlockId, op.blockId, op.oldBlockId});
    if ((fields & kOldPayload) != 0) op.oldPayload = coder.lastAddress = undoAddressDifference(getVarint(in), coder.lastAddress);
    if ((fields & kPayload) != 0) {
        if ((head & kSamePayload) != 0) op.payload = op.oldPayload;
        else op.payload = coder.lastAddress = undoAddressDifference(getVarint(in), coder.lastAddress);
    }
    op.requested = getVarint(in);
    op.blockSize = undifference(getVarint(in), op.requested);
    op.examined = getVarint(in);
    if ((fields & kSmallCounts) != 0) {
        std::uint8_t counts = *in++;
        op.splits = counts & 0x01;
        op.coalesces = (counts >> 1) & 0x03;
        op.headerWrites = counts >> 3;
    } else {
        op.splits = static_cast<std::uint32_t>(getVarint(in));
        op.coalesces = static_cast<std::uint32_t>(getVarint(in));
        op.headerWrites = static_cast<std::uint32_t>(getVarint(in));
    }
    if ((fields & kGrown) != 0) op.grownBy = getVarint(in);
    if ((fields & kRemainder) != 0) op.remainderSize = getVarint(in);
    if ((fields & kMerged) != 0) op.mergedSize = getVarint(in);
    return in;
}

void HeapOpTable::closeGroup() {
    m_keys.back().data = m_arena.append({m_open.get(), m_openSize});
    m_openSize = 0;
}

void HeapOpTable::append(const HeapOpRecord& op) {
    if (m_size % kGroup == 0) {
        if (!m_keys.empty()) closeGroup();
        Key key;
        key.step = m_coder.step = op.step;
        key.maxBlockId = m_coder.maxBlockId;
        key.lastAddress = m_coder.lastAddress;
        key.cost = m_cost;
        m_keys.push_back(key);
    }
    if (!m_open) m_open = std::make_unique_for_overwrite<std::uint8_t[]>(kGroup * kMaxRecord);
    m_openSize = static_cast<std::size_t>(encode(op, m_coder, m_open.get() + m_openSize) - m_open.get());
    m_cost.add(op);
    ++m_size;
}

const std::uint8_t* HeapOpTable::groupBytes(std::size_t group) const {
    return m_keys[group].data != nullptr ? m_keys[group].data : m_open.get();
}

std::size_t HeapOpTable::decodeGroup(std::size_t group, std::array<HeapOpRecord, kGroup>& out) const {
    if (group >= m_keys.size()) return 0;
    const Key& key = m_keys[group];
    Coder coder{key.step, key.maxBlockId, key.lastAddress};
    std::size_t count = std::min(kGroup, m_size - group * kGroup);
    const std::uint8_t* in = groupBytes(group);
    for (std::size_t i = 0; i < count; ++i) in = decode(in, coder, out[i]);
    return count;
}

HeapOpRecord HeapOpTable::at(std::uint64_t index) const {
    HeapOpRecord op;
    if (index >= m_size) return op;
    const Key& key = m_keys[index / kGroup];
    Coder coder{key.step, key.maxBlockId, key.lastAddress};
    const std::uint8_t* in = groupBytes(index / kGroup);
    for (std::uint64_t i = 0; i <= index % kGroup; ++i) in = decode(in, coder, op);
    return op;
}

HeapCost HeapOpTable::costBefore(std::uint64_t step) const {
    // The last group that starts before `step`, then its ops before `step`.
    auto after = std::partition_point(m_keys.begin(), m_keys.end(), [step](const Key& key) { return key.step < step; });
    if (after == m_keys.begin()) return {};
    auto group = static_cast<std::size_t>(after - m_keys.begin() - 1);
    const Key& key = m_keys[group];
    HeapCost cost = key.cost;
    cost.operations = group * kGroup;
    Coder coder{key.step, key.maxBlockId, key.lastAddress};
    std::size_t count = std::min(kGroup, m_size - group * kGroup);
    const std::uint8_t* in = groupBytes(group);
    HeapOpRecord op;
    for (std::size_t i = 0; i < count; ++i) {
        in = decode(in, coder, op);
        if (op.step >= step) break;
        cost.add(op);
    }
    return cost;
}

std::size_t HeapOpTable::bytesHeld() const {
    return m_arena.bytesHeld() + (m_open ? kGroup * kMaxRecord : 0) + m_keys.capacity() * sizeof(Key);
}

const HeapOpRecord& HeapOpReader::operator[](std::uint64_t index) {
    std::size_t group = static_cast<std::size_t>(index / HeapOpTable::kGroup);
    std::size_t within = static_cast<std::size_t>(index % HeapOpTable::kGroup);
    if (group != m_group || within >= m_count) {
        m_count = m_table.decodeGroup(group, m_ops);
        m_group = group;
        if (within >= m_count) { // past the end: an empty op
            m_ops[within] = HeapOpRecord{};
            m_group = ~std::size_t{0};
        }
    }
    return m_ops[within];
}

} // namespace memviz::trace
