// ValueReader: debugger-style printing of scalars, pointers, strings, arrays and records.
#include "trace/value_reader.h"

#include "core/address.h"

#include <charconv>
#include <cstring>

namespace memviz::trace {

using core::Address;
using lang::Type;
using lang::TypeKind;

namespace {

std::string shortest(double value) {
    char buffer[64];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    std::string text(buffer, result.ptr);
    if (text.find_first_of(".eEn") == std::string::npos) text += ".0"; // 3 -> 3.0 (not for inf/nan)
    return text;
}

void clip(std::string& text, std::size_t limit) {
    if (text.size() > limit) text = text.substr(0, limit) + "...";
}

bool isCharType(const Type* type) {
    return type != nullptr && (type->kind == TypeKind::Char || type->kind == TypeKind::SChar || type->kind == TypeKind::UChar);
}

} // namespace

std::string escapeChar(unsigned char c, char quote) {
    switch (c) {
    case '\n': return "\\n";
    case '\t': return "\\t";
    case '\r': return "\\r";
    case '\0': return "\\0";
    case '\\': return "\\\\";
    default: break;
    }
    if (c == static_cast<unsigned char>(quote)) return std::string("\\") + quote;
    if (c < 32 || c >= 127) {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, "\\%03o", c);
        return buffer;
    }
    return std::string(1, static_cast<char>(c));
}

bool ValueReader::initialized(Address address, std::uint64_t size) const {
    for (std::uint64_t i = 0; i < size; ++i)
        if (!memory::isInitialized(m_space.shadowAt(address + i))) return false;
    return true;
}

std::string ValueReader::stringAt(Address address, std::size_t limit) const {
    std::string text = "\"";
    for (std::size_t i = 0; i < limit; ++i) {
        std::uint8_t shadow = m_space.shadowAt(address + i);
        memory::ByteKind kind = memory::kindOf(shadow);
        if (!memory::isUserAccessible(kind) || !memory::isInitialized(shadow)) return i == 0 ? std::string() : text + "\"...";
        std::uint8_t c = 0;
        m_space.readRaw(address + i, c);
        if (c == 0) return text + "\"";
        text += escapeChar(c, '"');
    }
    return text + "\"...";
}

std::string ValueReader::scalarText(const Type* type, Address address, std::uint64_t& pointee, bool& isPointer) const {
    std::uint8_t raw[16] = {};
    std::uint64_t size = type->size > 16 ? 16 : type->size;
    const std::uint8_t* host = m_space.hostBytes(address, size);
    if (host == nullptr) return "<unreadable>";
    std::memcpy(raw, host, size);
    TypeKind kind = type->kind == TypeKind::Enum ? type->integerKind() : type->kind;
    auto asSigned = [&]() -> std::int64_t {
        switch (size) {
        case 1: return static_cast<std::int8_t>(raw[0]);
        case 2: { std::int16_t v; std::memcpy(&v, raw, 2); return v; }
        case 4: { std::int32_t v; std::memcpy(&v, raw, 4); return v; }
        default: { std::int64_t v; std::memcpy(&v, raw, 8); return v; }
        }
    };
    auto asUnsigned = [&]() -> std::uint64_t {
        std::uint64_t v = 0;
        std::memcpy(&v, raw, size > 8 ? 8 : size);
        return v;
    };
    switch (kind) {
    case TypeKind::Bool: return raw[0] != 0 ? "true" : "false";
    case TypeKind::Char:
    case TypeKind::SChar:
    case TypeKind::UChar: {
        std::int64_t v = kind == TypeKind::UChar ? static_cast<std::int64_t>(raw[0]) : asSigned();
        return std::to_string(v) + " '" + escapeChar(raw[0], '\'') + "'";
    }
    case TypeKind::Float: { float f; std::memcpy(&f, raw, 4); return shortest(f); }
    case TypeKind::Double:
    case TypeKind::LongDouble: { double d; std::memcpy(&d, raw, 8); return shortest(d); }
    case TypeKind::Pointer: {
        isPointer = true;
        pointee = asUnsigned();
        if (pointee == 0) return "NULL";
        std::string text = core::hexAddress(pointee);
        if (type->base != nullptr && type->base->isFunction()) {
            if (const lang::Function* f = m_image.functionAt(pointee)) text += " <" + f->name + ">";
        } else if (isCharType(type->base)) {
            std::string s = stringAt(pointee, kMaxText);
            if (!s.empty()) text += " " + s;
        }
        return text;
    }
    default: break;
    }
    if (type->isInteger()) return type->isSigned() ? std::to_string(asSigned()) : std::to_string(asUnsigned());
    return "?";
}

ValueNode ValueReader::read(std::string name, const Type* type, Address address) const {
    ValueNode node;
    node.name = std::move(name);
    node.type = lang::typeName(type);
    node.address = address;
    node.size = type->size;
    node.initialized = initialized(address, type->size);
    if (type->isArray() && type->base != nullptr) {
        std::uint64_t count = type->length < 0 ? 0 : static_cast<std::uint64_t>(type->length);
        std::uint64_t shown = count < kMaxElements ? count : kMaxElements;
        if (isCharType(type->base)) {
            // char buf[N]: the text up to its first NUL, as gdb prints it.
            std::string text = "\"";
            bool terminated = false;
            for (std::uint64_t i = 0; i < count && i < kMaxText; ++i) {
                std::uint8_t c = 0;
                m_space.readRaw(address + i, c);
                if (c == 0) {
                    terminated = true;
                    break;
                }
                text += escapeChar(c, '"');
            }
            node.value = text + (terminated || count <= kMaxText ? "\"" : "\"...");
        }
        std::string summary = "{";
        for (std::uint64_t i = 0; i < shown; ++i) {
            node.children.push_back(read("[" + std::to_string(i) + "]", type->base, address + i * type->base->size));
            if (i > 0) summary += ", ";
            summary += node.children.back().value;
            if (summary.size() > kMaxText) break;
        }
        if (shown < count || summary.size() > kMaxText) summary += "...";
        clip(summary, kMaxText);
        if (node.value.empty()) node.value = summary + "}";
        return node;
    }
    if (type->isRecord() && type->record != nullptr) {
        std::string summary = "{";
        bool first = true;
        for (const lang::Member& member : type->record->members) {
            if (member.indirect || member.type == nullptr) continue;
            std::string label = member.name.empty() ? "<anonymous>" : member.name;
            node.children.push_back(read("." + label, member.type, address + member.offset));
            if (!first) summary += ", ";
            first = false;
            summary += label + " = " + node.children.back().value;
        }
        clip(summary, kMaxText);
        node.value = summary + "}";
        return node;
    }
    std::uint64_t pointee = 0;
    bool isPointer = false;
    node.value = scalarText(type, address, pointee, isPointer);
    node.isPointer = isPointer;
    node.pointee = pointee;
    return node;
}

} // namespace memviz::trace
