// Machine: every load and store of the program goes through here: the pointer's provenance is checked
// (an access must stay inside the object the pointer was derived from), then the address space's shadow
// bytes; a refusal becomes a sanitizer-named error at the current location. With keep-going the access then
// really happens, into the allocator's headers too (the damage is remembered and the next heap operation
// stops on it, as glibc aborts on a corrupted header, so the allocator never follows a garbage size).
// Loads carry the bytes' definedness into the Value; stores write it back to the shadow.
#include "engine/machine.h"

#include "alloc/block_format.h"
#include "core/address.h"
#include "engine/fast_access.h"

#include <algorithm>
#include <cstring>

namespace memviz::engine {

using core::Address;
using memory::ByteKind;
using memory::FaultKind;
using namespace memviz::lang;

namespace {

std::string describeAccess(std::uint64_t size, bool write, Address address) {
    return std::to_string(size) + "-byte " + (write ? "write" : "read") + " at " + core::hexAddress(address);
}

} // namespace

bool Machine::checkAccess(const Value& pointer, std::uint64_t size, bool write, bool requireInit, bool* noAccess) {
    if (size == 0) return true;
    if (pointer.undef) checkDefined(pointer, "the address of a " + std::to_string(size) + "-byte " +
                                                 (write ? "write" : "read"));
    Address address = pointer.u;
    bool reported = false;
    if (pointer.prov.known() && !pointer.prov.covers(address, size)) {
        const Provenance& p = pointer.prov;
        ErrorKind kind = ErrorKind::GlobalBufferOverflow;
        const char* where = "global";
        if (p.base >= m_space->stackLowest() && p.base < m_space->stackTop()) {
            kind = ErrorKind::StackBufferOverflow;
            where = "stack";
        } else if (p.base >= m_space->heapStart() && p.base < m_space->heapBreak()) {
            kind = ErrorKind::HeapBufferOverflow;
            where = "heap";
        }
        std::string relation = address >= p.base + p.size
                                   ? std::to_string(address - (p.base + p.size)) + " bytes past the end of"
                               : address < p.base ? std::to_string(p.base - address) + " bytes before"
                                                  : "running past the end of";
        reportError(kind, describeAccess(size, write, address) + " is " + relation + " the " +
                              std::to_string(p.size) + "-byte " + where + " object at " + core::hexAddress(p.base));
        reported = true;
    }
    memory::Fault fault = m_space->checkAccess(address, size, write, requireInit);
    if (!fault) return true;
    std::string what = describeAccess(size, write, address);
    if (noAccess != nullptr && fault.kind != FaultKind::Uninitialized) *noAccess = true;
    switch (fault.kind) {
    case FaultKind::None: return true;
    case FaultKind::Unmapped:
        if (address < 4096)
            reportError(ErrorKind::NullDereference, what + ": dereference of a null pointer", true);
        reportError(ErrorKind::WildPointer, what + ": no memory is mapped at " + core::hexAddress(fault.badByte), true);
        return false;
    case FaultKind::ReadOnly:
        reportError(ErrorKind::WildPointer, what + ": the memory is read-only (a string literal or code)", true);
        return false;
    case FaultKind::HeapMetadata:
    case FaultKind::HeapPadding:
    case FaultKind::HeapFree:
        if (!reported)
            reportError(ErrorKind::HeapBufferOverflow, what + " is outside any allocated block (" +
                                                           std::string(memory::byteKindName(fault.found)) + ")");
        if (write) noteHeapDamage(address, size); // keep-going: the write happens, the heap may notice later
        return true;
    case FaultKind::HeapFreed:
        if (!reported) reportError(ErrorKind::HeapUseAfterFree, what + " is inside a block that was freed");
        return true;
    case FaultKind::StackControl:
        if (!reported)
            reportError(ErrorKind::StackBufferOverflow,
                        what + " overwrites a return address or saved frame pointer slot");
        return true;
    case FaultKind::StackUnused:
        if (!reported) {
            bool liveObject = pointer.prov.known() && m_stack.frameHolding(pointer.prov.base) != nullptr;
            if (liveObject)
                reportError(ErrorKind::StackBufferOverflow, what + " is below every live stack frame");
            else
                reportError(ErrorKind::StackUseAfterReturn,
                            what + " is in a stack frame that has already returned");
        }
        return true;
    case FaultKind::Uninitialized:
        if (!reported)
            reportError(ErrorKind::UninitializedRead,
                        what + " reads memory that was never written (byte " + core::hexAddress(fault.badByte) + ")");
        return true;
    }
    return true;
}

Provenance Machine::provenanceOf(Address address) const {
    if (address >= m_space->stackLowest() && address < m_space->stackTop()) {
        const Frame* frame = m_stack.frameHolding(address);
        if (frame == nullptr || frame->layout == nullptr) return {};
        std::uint64_t below = frame->frameBase - address; // address = base - offset + k, k < size
        for (const FrameSlot& slot : frame->layout->slots)
            if (slot.offset >= below && slot.offset - below < slot.size)
                return {frame->frameBase - slot.offset, slot.size};
        return {};
    }
    if (address < m_space->heapStart()) {
        if (const StaticObject* object = m_image.staticObjectAt(address)) return {object->address, object->size};
    }
    return {};
}

Value Machine::loadChecked(const Value& pointer, const Type* type) {
    if (type->isRecord() || type->isArray()) return pointer; // aggregates are passed by address
    std::uint64_t size = type->size;
    bool noAccess = false;
    if (!checkAccess(pointer, size, false, false, &noAccess)) return Value();
    const std::uint8_t* host = m_space->hostBytes(pointer.u, size);
    const std::uint8_t* shadow = m_space->hostShadow(pointer.u, size);
    if (host == nullptr || shadow == nullptr) return Value();
    Value v = decodeScalar(type, host);
    // As valgrind's memcheck: a value read from bytes the program may not touch (reported just now) counts as
    // defined, so one bad read is not reported again at each later use of its value.
    for (std::uint64_t i = 0; i < size && !noAccess; ++i)
        if (!memory::isInitialized(shadow[i])) v.undef = true;
    if (type->kind == TypeKind::Pointer) v.prov = loadedProvenance(pointer.u, v.u);
    return v;
}

Provenance Machine::loadedProvenance(Address storage, std::uint64_t bits) const {
    Provenance stored;
    if (m_storedPointers.find(storage, bits, stored)) return stored;
    if (bits == 0) return {}; // NULL: no object
    if (bits < m_space->heapStart() || bits >= m_space->stackLowest()) return provenanceOf(bits);
    return {};
}

void Machine::storeChecked(const Value& pointer, const Type* type, const Value& value) {
    std::uint8_t bytes[16] = {};
    std::uint64_t size = type->size;
    switch (type->kind) {
    case TypeKind::Float: { float f = static_cast<float>(value.d); std::memcpy(bytes, &f, 4); break; }
    case TypeKind::Double:
    case TypeKind::LongDouble: std::memcpy(bytes, &value.d, 8); break;
    default: std::memcpy(bytes, &value.u, 8); break;
    }
    if (size > 16) size = 16;
    writeBytes(pointer, bytes, size, !value.undef);
    if (type->isPointer()) noteStoredPointer(pointer.u, value);
}

void Machine::readBytes(const Value& pointer, std::uint8_t* out, std::uint64_t size, bool requireInit) {
    if (size == 0) return;
    if (memory::Segment* segment = plainAccess(pointer, size, false, requireInit)) {
        std::memcpy(out, segment->bytesAt(pointer.u), size);
        return;
    }
    if (!checkAccess(pointer, size, false, requireInit)) {
        std::memset(out, 0, size);
        return;
    }
    if (const std::uint8_t* host = m_space->hostBytes(pointer.u, size)) std::memcpy(out, host, size);
}

void Machine::writeBytes(const Value& pointer, const std::uint8_t* in, std::uint64_t size, bool defined) {
    if (size == 0) return;
    std::uint8_t* host = nullptr;
    std::uint8_t* shadow = nullptr;
    if (memory::Segment* segment = plainAccess(pointer, size, true, false)) {
        host = segment->bytesAt(pointer.u);
        shadow = segment->shadowAt(pointer.u);
        if (m_sink == nullptr) { // the shadow bytes are all alike: one memset sets their initialized bit
            std::memmove(host, in, size);
            std::memset(shadow, defined ? shadow[0] | memory::kInitializedBit : shadow[0] & ~memory::kInitializedBit,
                        size);
            return;
        }
    } else {
        if (!checkAccess(pointer, size, true, false)) return;
        host = m_space->hostBytes(pointer.u, size);
        shadow = m_space->hostShadow(pointer.u, size);
        if (host == nullptr || shadow == nullptr) return;
    }
    if (m_sink) {
        m_scratch.assign(host, host + size);
        m_scratchShadow.assign(shadow, shadow + size);
    }
    std::memmove(host, in, size);
    if (defined)
        for (std::uint64_t i = 0; i < size; ++i) shadow[i] |= memory::kInitializedBit;
    else
        for (std::uint64_t i = 0; i < size; ++i) shadow[i] &= static_cast<std::uint8_t>(~memory::kInitializedBit);
    if (m_sink)
        m_sink->onMemoryWritten({pointer.u, static_cast<std::uint32_t>(size), m_scratch.data(), host,
                                 m_scratchShadow.data()});
}

void Machine::copyObject(const Value& target, const Value& source, std::uint64_t size) {
    if (size == 0 || target.u == source.u) return;
    if (!checkAccess(source, size, false, false)) return;
    const std::uint8_t* from = m_space->hostBytes(source.u, size);
    const std::uint8_t* fromShadow = m_space->hostShadow(source.u, size);
    if (from == nullptr || fromShadow == nullptr) return;
    std::vector<std::uint8_t>& bytes = m_copyBytes;
    std::vector<std::uint8_t>& inits = m_copyShadow;
    bytes.assign(from, from + size);
    inits.assign(fromShadow, fromShadow + size);
    if (!checkAccess(target, size, true, false)) return;
    std::uint8_t* host = m_space->hostBytes(target.u, size);
    std::uint8_t* shadow = m_space->hostShadow(target.u, size);
    if (host == nullptr || shadow == nullptr) return;
    if (m_sink) {
        m_scratch.assign(host, host + size);
        m_scratchShadow.assign(shadow, shadow + size);
    }
    std::memcpy(host, bytes.data(), size);
    // Copying a struct copies its bytes' initialized state too: padding stays unwritten, and is no error.
    for (std::uint64_t i = 0; i < size; ++i)
        shadow[i] = static_cast<std::uint8_t>((shadow[i] & ~memory::kInitializedBit) |
                                              (inits[i] & memory::kInitializedBit));
    if (m_sink)
        m_sink->onMemoryWritten({target.u, static_cast<std::uint32_t>(size), m_scratch.data(), host,
                                 m_scratchShadow.data()});
}

std::string Machine::readString(const Value& pointer, std::uint64_t limit) {
    std::string out;
    for (std::uint64_t i = 0; i < limit; ++i) {
        Value at = Value::pointer(pointer.u + i, pointer.prov);
        if (!checkAccess(at, 1, false, true)) break;
        std::uint8_t c = 0;
        m_space->readRaw(at.u, c);
        if (c == 0) break;
        out.push_back(static_cast<char>(c));
    }
    return out;
}

std::uint64_t Machine::stringLength(const Value& pointer) { return readString(pointer).size(); }

void Machine::checkDefined(const Value& value, std::string_view what) {
    if (!value.undef) return;
    reportError(ErrorKind::UninitializedRead,
                std::string(what) + " depends on a value that was never initialized (valgrind: \"" +
                    (what == "a conditional jump" ? "Conditional jump or move depends on uninitialised value(s)"
                                                  : "Use of uninitialised value") +
                    "\")");
}

void Machine::noteHeapDamage(Address address, std::uint64_t size) {
    const std::uint8_t* shadow = m_space->hostShadow(address, size);
    if (shadow == nullptr) return;
    for (std::uint64_t i = 0; i < size; ++i) {
        ByteKind kind = memory::kindOf(shadow[i]);
        if (kind != ByteKind::HeapHeader && kind != ByteKind::HeapMeta) continue;
        Address word = (address + i) & ~Address{7};
        std::uint64_t old = 0;
        if (m_heapDamage.count(word) == 0 && m_space->readRaw(word, old)) {
            if (m_heapDamage.empty()) m_heapDamageLine = m_loc.line;
            m_heapDamage.emplace(word, old);
        }
    }
}

void Machine::checkHeapDamage(std::string_view operation, Address payload) {
    Address changed = 0;
    for (const auto& [word, old] : m_heapDamage) {
        std::uint64_t now = 0;
        m_space->readRaw(word, now);
        if (now != old) {
            changed = word;
            break;
        }
    }
    if (changed == 0) { // the bytes written were the ones already there: nothing to notice
        m_heapDamage.clear();
        return;
    }
    // As glibc's checks (free(): invalid size, free(): invalid next size, malloc(): corrupted top size), the
    // run stops here even with keep-going: the allocator must not follow a header it cannot trust.
    std::string line = " by the out-of-bounds write at line " + std::to_string(m_heapDamageLine);
    std::string message;
    auto live = payload != 0 ? m_heap->liveBlock(payload) : std::nullopt;
    if (live && changed == alloc::blockOf(payload))
        message = std::string(operation) + "(): invalid size (the block header was overwritten" + line + ")";
    else if (live && m_heapDamage.count(alloc::blockOf(payload)) == 0 &&
             changed == alloc::blockOf(payload) + live->blockSize)
        message = std::string(operation) + "(): invalid next size (the next block's header was overwritten" + line + ")";
    else
        message = std::string(operation) + "(): corrupted heap (the header word at " + core::hexAddress(changed) +
                  " was overwritten" + line + ")";
    reportError(ErrorKind::HeapBufferOverflow, message, true);
}

} // namespace memviz::engine
