// Step records: encoding and decoding of the ops of one step.
#include "trace/step_record.h"

#include "memory/address_space.h"
#include "trace/history_log.h"
#include "trace/run_coding.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace memviz::trace {

namespace {
constexpr std::uint8_t kBytesChanged = 0x10;
constexpr std::uint8_t kShadowChanged = 0x20;
constexpr std::uint8_t kBytesRunCoded = 0x40; // the old and new bytes are run-length coded too

// The first index where a and b differ (n when they are equal), eight bytes at a time.
std::uint64_t firstDifference(const std::uint8_t* a, const std::uint8_t* b, std::uint64_t n) {
    std::uint64_t i = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t x, y;
        std::memcpy(&x, a + i, 8);
        std::memcpy(&y, b + i, 8);
        if (x != y) return i + static_cast<std::uint64_t>(std::countr_zero(x ^ y)) / 8;
    }
    while (i < n && a[i] == b[i]) ++i;
    return i;
}

// One past the last index where a and b differ, given that they differ somewhere at or after `from`.
std::uint64_t lastDifference(const std::uint8_t* a, const std::uint8_t* b, std::uint64_t n, std::uint64_t from) {
    std::uint64_t i = n;
    for (; i >= from + 8; i -= 8) {
        std::uint64_t x, y;
        std::memcpy(&x, a + i - 8, 8);
        std::memcpy(&y, b + i - 8, 8);
        if (x != y) return i - static_cast<std::uint64_t>(std::countl_zero(x ^ y)) / 8;
    }
    while (i > from && a[i - 1] == b[i - 1]) --i;
    return i;
}

// Addresses are coded as the difference from the previous op's address, starting near the stack top.
constexpr core::Address kAddressBase = memory::AddressSpace::kStackTop;

} // namespace

void StepRecordWriter::clear() {
    m_size = 0;
    m_lastAddress = kAddressBase;
}

std::uint8_t* StepRecordWriter::reserve(std::uint64_t bytes) {
    if (m_out.size() - m_size < bytes) m_out.resize(std::max<std::size_t>(m_size + bytes, 2 * m_out.size()));
    return m_out.data() + m_size;
}

void StepRecordWriter::memory(core::Address address, std::uint64_t size, const std::uint8_t* oldBytes,
                              const std::uint8_t* oldShadow, const std::uint8_t* newBytes,
                              const std::uint8_t* newShadow) {
    std::uint64_t bytesFrom = firstDifference(oldBytes, newBytes, size);
    std::uint64_t shadowFrom = firstDifference(oldShadow, newShadow, size);
    bool bytesChanged = bytesFrom < size, shadowChanged = shadowFrom < size;
    if (!bytesChanged && !shadowChanged) return;
    std::uint64_t bytesTo = bytesChanged ? lastDifference(oldBytes, newBytes, size, bytesFrom) : bytesFrom;
    std::uint64_t shadowTo = shadowChanged ? lastDifference(oldShadow, newShadow, size, shadowFrom) : shadowFrom;
    std::uint64_t bytesSize = bytesTo - bytesFrom, shadowSize = shadowTo - shadowFrom;
    std::uint8_t* out = reserve(64 + 4 * bytesSize + 4 * shadowSize);
    if (m_size == 0) m_lastAddress = kAddressBase;
    std::uint8_t* head = out++; // written once the bytes' coding is known
    out = putVarint(out, zigzag(static_cast<std::int64_t>(address - m_lastAddress)));
    m_lastAddress = address;
    out = putVarint(out, size);
    bool runCoded = false;
    if (bytesChanged) {
        out = putVarint(out, bytesFrom);
        out = putVarint(out, bytesSize);
        // Long stretches of equal bytes (memset, zeroed or freshly mapped memory) are stored as runs when the old
        // and the new bytes take at most bytesSize / 6 runs together.
        if (bytesSize >= 64) {
            std::uint64_t limit = bytesSize / 6, oldRuns = 0, newRuns = 0;
            std::uint8_t* end = putRunsUpTo(out, oldBytes + bytesFrom, bytesSize, limit, oldRuns);
            if (end != nullptr) end = putRunsUpTo(end, newBytes + bytesFrom, bytesSize, limit - oldRuns, newRuns);
            runCoded = end != nullptr;
            if (runCoded) out = end;
        }
        if (!runCoded) {
            std::memcpy(out, oldBytes + bytesFrom, bytesSize);
            std::memcpy(out + bytesSize, newBytes + bytesFrom, bytesSize);
            out += 2 * bytesSize;
        }
    }
    *head = static_cast<std::uint8_t>(static_cast<std::uint8_t>(OpTag::Memory) | (bytesChanged ? kBytesChanged : 0) |
                                      (shadowChanged ? kShadowChanged : 0) | (runCoded ? kBytesRunCoded : 0));
    if (shadowChanged) {
        out = putVarint(out, shadowFrom);
        out = putVarint(out, shadowSize);
        out = putRuns(out, oldShadow + shadowFrom, shadowSize);
        out = putRuns(out, newShadow + shadowFrom, shadowSize);
    }
    m_size = static_cast<std::size_t>(out - m_out.data());
}

void StepRecordWriter::idOp(OpTag tag, std::uint64_t id) {
    std::uint8_t* out = reserve(11);
    if (m_size == 0) m_lastAddress = kAddressBase;
    *out++ = static_cast<std::uint8_t>(tag);
    out = putVarint(out, id);
    m_size = static_cast<std::size_t>(out - m_out.data());
}

void StepRecordWriter::bounds(memory::SegmentKind segment, core::Address oldBegin, core::Address oldEnd,
                              core::Address newBegin, core::Address newEnd) {
    std::uint8_t* out = reserve(41);
    if (m_size == 0) m_lastAddress = kAddressBase;
    *out++ = static_cast<std::uint8_t>(static_cast<std::uint8_t>(OpTag::Bounds) | (static_cast<std::uint8_t>(segment) << 4));
    out = putVarint(out, oldBegin);
    out = putVarint(out, oldEnd);
    out = putVarint(out, newBegin);
    out = putVarint(out, newEnd);
    m_size = static_cast<std::size_t>(out - m_out.data());
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
        if ((head & kBytesChanged) != 0) {
            op.bytesAt = op.address + getVarint(m_at);
            op.bytesSize = getVarint(m_at);
            if ((head & kBytesRunCoded) != 0) {
                op.oldByteRuns = m_at;
                m_at = skipRuns(m_at, op.bytesSize);
                op.newByteRuns = m_at;
                m_at = skipRuns(m_at, op.bytesSize);
            } else {
                op.oldBytes = m_at;
                op.newBytes = m_at + op.bytesSize;
                m_at += 2 * op.bytesSize;
            }
        }
        if ((head & kShadowChanged) != 0) {
            op.shadowAt = op.address + getVarint(m_at);
            op.shadowSize = getVarint(m_at);
            op.oldShadowRuns = m_at;
            m_at = skipRuns(m_at, op.shadowSize);
            op.newShadowRuns = m_at;
            m_at = skipRuns(m_at, op.shadowSize);
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

} // namespace memviz::trace
