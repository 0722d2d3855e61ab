// JsonWriter: a small streaming JSON writer (objects, arrays, strings escaped per RFC 8259, integers,
// doubles in their shortest round-trip form, non-finite doubles as null), indented for people.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace memviz::replay {

class JsonWriter {
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    // The key of the next value inside an object.
    JsonWriter& key(std::string_view name);

    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(std::uint64_t number);
    void value(std::int64_t number);
    void value(double number);
    void value(bool flag);
    void null();

    template <class T> void field(std::string_view name, const T& v) { key(name).value(v); }

    // The document so far (complete once every object and array is closed), ending in a newline.
    const std::string& text() const { return m_out; }

    static std::string escape(std::string_view text);  // with the quotes

private:
    void beforeValue();
    void open(char bracket);
    void close(char bracket);
    void newline();

    std::string m_out;
    std::vector<bool> m_hasItems;  // per open container: something written in it yet
    bool m_afterKey = false;
};

} // namespace memviz::replay
