// JsonWriter: layout, numbers, and escaping of quotes, backslashes, control characters and invalid UTF-8.
#include "replay/json_writer.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using memviz::replay::JsonWriter;

TEST_CASE("JsonWriter lays out nested objects and arrays", "[replay][json]") {
    JsonWriter json;
    json.beginObject();
    json.field("name", std::string_view("memviz"));
    json.field("count", std::uint64_t{3});
    json.field("delta", std::int64_t{-2});
    json.field("ok", true);
    json.key("list");
    json.beginArray();
    json.value(std::uint64_t{1});
    json.value(2.5);
    json.null();
    json.endArray();
    json.key("empty");
    json.beginObject();
    json.endObject();
    json.endObject();
    CHECK(json.text() == "{\n"
                         "  \"name\": \"memviz\",\n"
                         "  \"count\": 3,\n"
                         "  \"delta\": -2,\n"
                         "  \"ok\": true,\n"
                         "  \"list\": [\n"
                         "    1,\n"
                         "    2.5,\n"
                         "    null\n"
                         "  ],\n"
                         "  \"empty\": {}\n"
                         "}\n");
}

TEST_CASE("JsonWriter writes doubles exactly and non-finite ones as null", "[replay][json]") {
    auto one = [](double value) {
        JsonWriter json;
        json.beginArray();
        json.value(value);
        json.endArray();
        return json.text();
    };
    CHECK(one(0.1) == "[\n  0.1\n]\n");
    CHECK(one(3.0) == "[\n  3.0\n]\n");
    CHECK(one(1e300) == "[\n  1e+300\n]\n");
    CHECK(one(std::numeric_limits<double>::quiet_NaN()) == "[\n  null\n]\n");
    CHECK(one(std::numeric_limits<double>::infinity()) == "[\n  null\n]\n");
}

TEST_CASE("JsonWriter escapes strings", "[replay][json]") {
    CHECK(JsonWriter::escape("plain") == "\"plain\"");
    CHECK(JsonWriter::escape("a\"b\\c") == R"("a\"b\\c")");
    CHECK(JsonWriter::escape("\n\r\t\b\f") == R"("\n\r\t\b\f")");
    CHECK(JsonWriter::escape(std::string_view("\x01\x1f\x7f", 3)) == R"("\u0001\u001f\u007f")");
    CHECK(JsonWriter::escape("caf\xc3\xa9 \xe2\x82\xac") == "\"caf\xc3\xa9 \xe2\x82\xac\"");  // UTF-8 kept
    CHECK(JsonWriter::escape("bad\xff\xc3") == R"("bad\ufffd\ufffd")");
}
