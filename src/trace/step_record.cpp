// Step records: encoding and decoding of the ops of one step.
#include "trace/step_record.h"

#include "memory/address_space.h"
#include "trace/history_log.h"

#include <cstring>

namespace memviz::trace {

namespace {
constexpr std::uint8_t kBytesChanged = 0x10;
constexpr std::uint8_t kShadowChanged = 0x20;
constexpr std::uint8_t kBytesRunCoded = 0x40; // the old and new bytes are run-length coded too

// The length of the run of equal bytes at p[0] (at most n), eight bytes at a time.
std::uint64_t runLength(const std::uint8_t* p, std::uint64_t n) {
    std::uint64_t pattern = 0x0101010101010101ull * p[0];
    std::uint64_t i = 0;
    while (i + 8 <= n) {
        std::uint64_t word;
        std::memcpy(&word, p + i, 8);
        if (word != pattern) break;
        i += 8;
    }
    while (i < n && p[i] == p[0]) ++i;
    return i;
}

// The number of runs in p[0..n), counting no further than `limit`.
std::uint64_t countRuns(const std::uint8_t* p, std::uint64_t n, std::uint64_t limit = ~std::uint64_t{0}) {
    std::uint64_t runs = 0;
    for (std::uint64_t i = 0; i < n && runs <= limit; i += runLength(p + i, n - i)) ++runs;
    return runs;
}
// Addresses are coded as the difference from the previous op's address, starting near the stack top.
constexpr core::Address kAddressBase = memory::AddressSpace::kStackTop;

const std::uint8_t* skipRuns(const std::uint8_t* at) {
    std::uint64_t count = getVarint(at);
    for (std::uint64_t i = 0; i < count; ++i) {
        ++at;
        getVarint(at);
    }
    return at;
}
} // namespace

void StepRecordWriter::clear() {
    m_out.clear();
    m_lastAddress = kAddressBase;
}

void StepRecordWriter::runs(const std::uint8_t* shadow, std::uint64_t size) {
    putVarint(m_out, countRuns(shadow, size));
    for (std::uint64_t i = 0; i < size;) {
        std::uint64_t length = runLength(shadow + i, size - i);
        m_out.push_back(shadow[i]);
        putVarint(m_out, length);
        i += length;
    }
}

void StepRecordWriter::memory(core::Address address, std::uint64_t size, const std::uint8_t* oldBytes,
                              const std::uint8_t* oldShadow, const std::uint8_t* newBytes,
                              const std::uint8_t* newShadow) {
    if (m_out.empty()) m_lastAddress = kAddressBase;
    bool bytesChanged = std::memcmp(oldBytes, newBytes, size) != 0;
    bool shadowChanged = std::memcmp(oldShadow, newShadow, size) != 0;
    if (!bytesChanged && !shadowChanged) return;
    // Long stretches of equal bytes (memset, zeroed or freshly mapped memory) are stored as runs.
    bool runCoded = false;
    if (bytesChanged && size >= 64) {
        std::uint64_t limit = size / 6;
        std::uint64_t oldRuns = countRuns(oldBytes, size, limit);
        runCoded = oldRuns <= limit && oldRuns + countRuns(newBytes, size, limit - oldRuns) <= limit;
    }
    m_out.push_back(static_cast<std::uint8_t>(static_cast<std::uint8_t>(OpTag::Memory) |
                                              (bytesChanged ? kBytesChanged : 0) | (shadowChanged ? kShadowChanged : 0) |
                                              (runCoded ? kBytesRunCoded : 0)));
    putVarint(m_out, zigzag(static_cast<std::int64_t>(address - m_lastAddress)));
    m_lastAddress = address;
    putVarint(m_out, size);
    if (runCoded) {
        runs(oldBytes, size);
        runs(newBytes, size);
    } else if (bytesChanged) {
        m_out.insert(m_out.end(), oldBytes, oldBytes + size);
        m_out.insert(m_out.end(), newBytes, newBytes + size);
    }
    if (shadowChanged) {
        runs(oldShadow, size);
        runs(newShadow, size);
    }
}

void StepRecordWriter::idOp(OpTag tag, std::uint64_t id) {
    if (m_out.empty()) m_lastAddress = kAddressBase;
    m_out.push_back(static_cast<std::uint8_t>(tag));
    putVarint(m_out, id);
}

void StepRecordWriter::bounds(memory::SegmentKind segment, core::Address oldBegin, core::Address oldEnd,
                              core::Address newBegin, core::Address newEnd) {
    if (m_out.empty()) m_lastAddress = kAddressBase;
    m_out.push_back(static_cast<std::uint8_t>(static_cast<std::uint8_t>(OpTag::Bounds) |
                                              (static_cast<std::uint8_t>(segment) << 4)));
    putVarint(m_out, oldBegin);
    putVarint(m_out, oldEnd);
    putVarint(m_out, newBegin);
    putVarint(m_out, newEnd);
}

StepRecordReader::StepRecordReader(std::span<const std::uint8_t> record)
    : m_at(record.data()), m_end(record.data() + record.size()), m_lastAddress(kAddressBase) {}

bool StepRecordReader::next(RecordOp& op) {
    if (m_at >= m_end) return false;
    std::uint8_t head = *m_at++;
    op = RecordOp{};
    op.tag = static_cast<OpTag>(head & 0x0f);
    switch (op.tag) {
    case OpTag::Memory: {
        op.address = m_lastAddress + static_cast<core::Address>(unzigzag(getVarint(m_at)));
        m_lastAddress = op.address;
        op.size = getVarint(m_at);
        if ((head & kBytesRunCoded) != 0) {
            op.oldByteRuns = m_at;
            m_at = skipRuns(m_at);
            op.newByteRuns = m_at;
            m_at = skipRuns(m_at);
        } else if ((head & kBytesChanged) != 0) {
            op.oldBytes = m_at;
            op.newBytes = m_at + op.size;
            m_at += 2 * op.size;
        }
        if ((head & kShadowChanged) != 0) {
            op.oldShadowRuns = m_at;
            m_at = skipRuns(m_at);
            op.newShadowRuns = m_at;
            m_at = skipRuns(m_at);
        }
        break;
    }
    case OpTag::Push:
    case OpTag::Pop:
    case OpTag::Heap: op.id = getVarint(m_at); break;
    case OpTag::Bounds:
        op.segment = static_cast<memory::SegmentKind>(head >> 4);
        op.oldBegin = getVarint(m_at);
        op.oldEnd = getVarint(m_at);
        op.newBegin = getVarint(m_at);
        op.newEnd = getVarint(m_at);
        break;
    }
    return true;
}

void expandRuns(const std::uint8_t* runs, std::uint8_t* out, std::uint64_t size) {
    std::uint64_t count = getVarint(runs);
    std::uint64_t filled = 0;
    for (std::uint64_t i = 0; i < count && filled < size; ++i) {
        std::uint8_t value = *runs++;
        std::uint64_t length = getVarint(runs);
        if (length > size - filled) length = size - filled;
        std::memset(out + filled, value, length);
        filled += length;
    }
}

} // namespace memviz::trace
