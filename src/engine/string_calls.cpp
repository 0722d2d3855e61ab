// Machine: string.h on simulated memory. Each function reads and writes through the checked access, so
// strcpy into a block too small is a heap-buffer-overflow at the line of the call.
#include "engine/machine.h"

#include <algorithm>
#include <cstring>

namespace memviz::engine {

using core::Address;
using namespace memviz::lang;

namespace {

int byteDifference(unsigned char a, unsigned char b) { return static_cast<int>(a) - static_cast<int>(b); }

Value intValue(int v) { return Value::bits(static_cast<std::uint64_t>(static_cast<std::int64_t>(v))); }

} // namespace

Value Machine::callString(Builtin builtin, std::span<const Value> args) {
    // References, not copies (a Value is 32 bytes and these run per call); a missing argument reads as 0.
    const Value none;
    const Value& a0 = args.size() > 0 ? args[0] : none;
    const Value& a1 = args.size() > 1 ? args[1] : none;
    const Value& a2 = args.size() > 2 ? args[2] : none;
    auto at = [](const Value& p, std::uint64_t offset) { return Value::pointer(p.u + offset, p.prov); };
    auto writeString = [&](const Value& target, const std::string& s) {
        writeBytes(target, reinterpret_cast<const std::uint8_t*>(s.c_str()), s.size() + 1);
    };
    switch (builtin) {
    case Builtin::Strlen: return Value::bits(stringLength(a0));
    case Builtin::Strnlen: return Value::bits(readString(a0, a1.u).size());
    case Builtin::Strcpy: writeString(a0, readString(a1)); return a0;
    case Builtin::Strncpy: {
        checkSize(a2.u);
        std::string s = readString(a1, a2.u);
        s.resize(a2.u, '\0');
        writeBytes(a0, reinterpret_cast<const std::uint8_t*>(s.data()), s.size());
        return a0;
    }
    case Builtin::Strcmp:
    case Builtin::Strncmp: {
        std::uint64_t limit = builtin == Builtin::Strncmp ? a2.u : ~std::uint64_t{0};
        for (std::uint64_t i = 0; i < limit; ++i) {
            std::uint8_t x = 0, y = 0;
            readBytes(at(a0, i), &x, 1, true);
            readBytes(at(a1, i), &y, 1, true);
            if (x != y) return intValue(byteDifference(x, y));
            if (x == 0) break;
        }
        return Value();
    }
    case Builtin::Strcat: writeString(at(a0, stringLength(a0)), readString(a1)); return a0;
    case Builtin::Strncat: writeString(at(a0, stringLength(a0)), readString(a1, a2.u)); return a0;
    case Builtin::Strchr:
    case Builtin::Strrchr: {
        std::string s = readString(a0);
        char c = static_cast<char>(a1.u);
        std::size_t pos = c == '\0' ? s.size() : builtin == Builtin::Strchr ? s.find(c) : s.rfind(c);
        return pos == std::string::npos ? Value() : at(a0, pos);
    }
    case Builtin::Strstr: {
        std::size_t pos = readString(a0).find(readString(a1));
        return pos == std::string::npos ? Value() : at(a0, pos);
    }
    case Builtin::Strpbrk: {
        std::size_t pos = readString(a0).find_first_of(readString(a1));
        return pos == std::string::npos ? Value() : at(a0, pos);
    }
    case Builtin::Strspn: {
        std::string s = readString(a0);
        std::size_t pos = s.find_first_not_of(readString(a1));
        return Value::bits(pos == std::string::npos ? s.size() : pos);
    }
    case Builtin::Strcspn: {
        std::string s = readString(a0);
        std::size_t pos = s.find_first_of(readString(a1));
        return Value::bits(pos == std::string::npos ? s.size() : pos);
    }
    case Builtin::Strtok: {
        // glibc: skip leading delimiters, end the token with a NUL written into the string, and remember
        // where to go on; at the end of the string every later strtok(NULL, ...) returns NULL.
        Value start = a0.u != 0 ? a0 : m_strtokNext;
        if (start.u == 0) return Value();
        std::string s = readString(start);
        std::string delimiters = readString(a1);
        std::size_t begin = s.find_first_not_of(delimiters);
        if (begin == std::string::npos) {
            m_strtokNext = Value();
            return Value();
        }
        std::size_t end = s.find_first_of(delimiters, begin);
        if (end == std::string::npos) {
            m_strtokNext = at(start, s.size());
        } else {
            std::uint8_t nul = 0;
            writeBytes(at(start, end), &nul, 1);
            m_strtokNext = at(start, end + 1);
        }
        return at(start, begin);
    }
    case Builtin::Strdup:
    case Builtin::Strndup: {
        std::string s = builtin == Builtin::Strdup ? readString(a0) : readString(a0, a1.u);
        checkHeapIntact("malloc", 0);
        Address payload = m_heap->malloc(s.size() + 1, m_loc.line);
        noteHeapOp(HeapEventKind::Allocated, 0, 0, payload, s.size() + 1);
        Value p = heapPointer(payload);
        if (payload != 0) writeString(p, s);
        return p;
    }
    case Builtin::Memcpy:
    case Builtin::Memmove: checkSize(a2.u); copyObject(a0, a1, a2.u); return a0;
    case Builtin::Memset: return memsetCall(a0, a1.u, a2.u);
    case Builtin::Memcmp: {
        checkSize(a2.u);
        std::vector<std::uint8_t> x(a2.u), y(a2.u);
        readBytes(a0, x.data(), x.size(), true);
        readBytes(a1, y.data(), y.size(), true);
        for (std::uint64_t i = 0; i < a2.u; ++i)
            if (x[i] != y[i]) return intValue(byteDifference(x[i], y[i]));
        return Value();
    }
    case Builtin::Memchr: {
        checkSize(a2.u);
        std::vector<std::uint8_t> x(a2.u);
        readBytes(a0, x.data(), x.size(), true);
        for (std::uint64_t i = 0; i < a2.u; ++i)
            if (x[i] == static_cast<std::uint8_t>(a1.u)) return at(a0, i);
        return Value();
    }
    default: break;
    }
    return Value();
}

Value Machine::memsetCall(const Value& target, std::uint64_t byte, std::uint64_t size) {
    checkSize(size);
    // writeBytes's plain case without a sink, with the bytes set in place instead of copied from a buffer.
    memory::Segment* segment = m_sink == nullptr && size != 0 ? plainAccess(target, size, true, false) : nullptr;
    if (segment != nullptr) {
        std::memset(segment->bytesAt(target.u), static_cast<std::uint8_t>(byte), size);
        std::uint8_t* shadow = segment->shadowAt(target.u);
        std::memset(shadow, shadow[0] | memory::kInitializedBit, size);
        return target;
    }
    m_copyBytes.assign(size, static_cast<std::uint8_t>(byte));
    writeBytes(target, m_copyBytes.data(), m_copyBytes.size());
    return target;
}

} // namespace memviz::engine
