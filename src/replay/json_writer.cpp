// JsonWriter: layout (commas, indentation) and escaping.
#include "replay/json_writer.h"

#include <charconv>
#include <cmath>

namespace memviz::replay {

namespace {

// The length of the well-formed UTF-8 sequence `text` starts with (its first byte >= 0x80), or 0.
std::size_t utf8Length(std::string_view text) {
    auto lead = static_cast<unsigned char>(text[0]);
    std::size_t length = lead >= 0xf0 && lead <= 0xf4  ? 4
                         : lead >= 0xe0                ? 3
                         : lead >= 0xc2 && lead < 0xe0 ? 2
                                                       : 0;
    if (length == 0 || text.size() < length) return 0;
    for (std::size_t i = 1; i < length; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xc0) != 0x80) return 0;
    return length;
}

} // namespace

void JsonWriter::beforeValue() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasItems.empty()) {
        if (m_hasItems.back()) m_out += ',';
        m_hasItems.back() = true;
        newline();
    }
}

void JsonWriter::newline() {
    m_out += '\n';
    m_out.append(m_hasItems.size() * 2, ' ');
}

void JsonWriter::open(char bracket) {
    beforeValue();
    m_out += bracket;
    m_hasItems.push_back(false);
}

void JsonWriter::close(char bracket) {
    bool hadItems = !m_hasItems.empty() && m_hasItems.back();
    if (!m_hasItems.empty()) m_hasItems.pop_back();
    if (hadItems) newline();
    m_out += bracket;
    if (m_hasItems.empty()) m_out += '\n';
}

void JsonWriter::beginObject() { open('{'); }
void JsonWriter::endObject() { close('}'); }
void JsonWriter::beginArray() { open('['); }
void JsonWriter::endArray() { close(']'); }

JsonWriter& JsonWriter::key(std::string_view name) {
    beforeValue();
    m_out += escape(name);
    m_out += ": ";
    m_afterKey = true;
    return *this;
}

void JsonWriter::value(std::string_view text) {
    beforeValue();
    m_out += escape(text);
}

void JsonWriter::value(std::uint64_t number) {
    beforeValue();
    m_out += std::to_string(number);
}

void JsonWriter::value(std::int64_t number) {
    beforeValue();
    m_out += std::to_string(number);
}

void JsonWriter::value(double number) {
    beforeValue();
    if (!std::isfinite(number)) {
        m_out += "null";
        return;
    }
    char buffer[32];
    auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, number);
    std::string_view digits(buffer, error == std::errc() ? static_cast<std::size_t>(end - buffer) : 0);
    m_out += digits;
    // "1e+20" and "3" are valid JSON numbers already; keep integral doubles recognisable as reals.
    if (digits.find_first_of(".eE") == std::string_view::npos) m_out += ".0";
}

void JsonWriter::value(bool flag) {
    beforeValue();
    m_out += flag ? "true" : "false";
}

void JsonWriter::null() {
    beforeValue();
    m_out += "null";
}

std::string JsonWriter::escape(std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80) {
            std::size_t length = utf8Length(text.substr(i));
            if (length == 0) {
                out += "\\ufffd";  // not UTF-8: the replacement character keeps the document valid
            } else {
                out.append(text.substr(i, length));
                i += length - 1;
            }
            continue;
        }
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (byte < 0x20 || byte == 0x7f) {
                out += "\\u00";
                out += kHex[byte >> 4];
                out += kHex[byte & 15];
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

} // namespace memviz::replay
