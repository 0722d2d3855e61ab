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
constexpr std::uint8_t kBytesRunCoded = 0x40; // the bytes' XOR is run-length coded too
// Spans at least this long try run-length coding their XOR, kept when it takes at most a quarter as many runs
// as bytes (memset over zeroed, fresh or memset memory: a run or a few).
constexpr std::uint64_t kMinRunCoded = 16;

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

// The n (1..8) bytes at p as a little-endian word, the rest zero.
std::uint64_t loadWord(const std::uint8_t* p, std::uint64_t n) {
    std::uint64_t word = 0;
    if (n == 8) std::memcpy(&word, p, 8);
    else if (n == 4) std::memcpy(&word, p, 4);
    else
        for (std::uint64_t i = 0; i < n; ++i) word |= static_cast<std::uint64_t>(p[i]) << (8 * i);
    return word;
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
    if (size <= 8) {
        memoryWord(address, size, loadWord(oldBytes, size) ^ loadWord(newBytes, size),
                   loadWord(oldShadow, size) ^ loadWord(newShadow, size));
        return;
    }
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
        if (bytesSize >= kMinRunCoded) {
            std::uint64_t runs = 0;
            std::uint8_t* end =
                putXorRunsUpTo(out, oldBytes + bytesFrom, newBytes + bytesFrom, bytesSize, bytesSize / 4, runs);
            runCoded = end != nullptr;
            if (runCoded) out = end;
        }
        if (!runCoded) {
            xorBytes(out, oldBytes + bytesFrom, newBytes + bytesFrom, bytesSize);
            out += bytesSize;
        }
    }
    *head = static_cast<std::uint8_t>(static_cast<std::uint8_t>(OpTag::Memory) | (bytesChanged ? kBytesChanged : 0) |
                                      (shadowChanged ? kShadowChanged : 0) | (runCoded ? kBytesRunCoded : 0));
    if (shadowChanged) {
        out = putVarint(out, shadowFrom);
        out = putVarint(out, shadowSize);
        out = putXorRuns(out, oldShadow + shadowFrom, newShadow + shadowFrom, shadowSize);
    }
    m_size = static_cast<std::size_t>(out - m_out.data());
}

// The common small write (an int, a pointer, a header word): the same op as memory() writes, from the XOR
// words of the bytes and of the shadow (spans shorter than kMinRunCoded: the bytes' XOR raw).
void StepRecordWriter::memoryWord(core::Address address, std::uint64_t size, std::uint64_t bytesXor,
                                  std::uint64_t shadowXor) {
    if ((bytesXor | shadowXor) == 0 || size == 0) return;
    std::uint8_t* out = reserve(64);
    if (m_size == 0) m_lastAddress = kAddressBase;
    *out++ = static_cast<std::uint8_t>(static_cast<std::uint8_t>(OpTag::Memory) | (bytesXor != 0 ? kBytesChanged : 0) |
                                       (shadowXor != 0 ? kShadowChanged : 0));
    out = putVarint(out, zigzag(static_cast<std::int64_t>(address - m_lastAddress)));
    m_lastAddress = address;
    *out++ = static_cast<std::uint8_t>(size);
    if (bytesXor != 0) {
        auto from = static_cast<unsigned>(std::countr_zero(bytesXor)) / 8;
        auto to = 8 - static_cast<unsigned>(std::countl_zero(bytesXor)) / 8;
        *out++ = static_cast<std::uint8_t>(from);
        *out++ = static_cast<std::uint8_t>(to - from);
        std::uint64_t span = bytesXor >> (8 * from);
        std::memcpy(out, &span, 8); // room reserved; only to - from of them are kept
        out += to - from;
    }
    if (shadowXor != 0) {
        auto from = static_cast<unsigned>(std::countr_zero(shadowXor)) / 8;
        auto to = 8 - static_cast<unsigned>(std::countl_zero(shadowXor)) / 8;
        *out++ = static_cast<std::uint8_t>(from);
        *out++ = static_cast<std::uint8_t>(to - from);
        for (unsigned i = from; i < to;) { // runs, as putXorRuns writes them
            auto value = static_cast<std::uint8_t>(shadowXor >> (8 * i));
            unsigned j = i + 1;
            while (j < to && static_cast<std::uint8_t>(shadowXor >> (8 * j)) == value) ++j;
            *out++ = value;
            *out++ = static_cast<std::uint8_t>(j - i);
            i = j;
        }
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
                op.bytesXorRuns = m_at;
                m_at = skipRuns(m_at, op.bytesSize);
            } else {
                op.bytesXor = m_at;
                m_at += op.bytesSize;
            }
        }
        if ((head & kShadowChanged) != 0) {
            op.shadowAt = op.address + getVarint(m_at);
            op.shadowSize = getVarint(m_at);
            op.shadowXorRuns = m_at;
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
