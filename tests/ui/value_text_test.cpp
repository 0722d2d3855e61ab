// valueText: a value as the views print it: uninitialized values as such, and an array or struct that is
// only partly written with its written parts shown ("??" for the rest) instead of as wholly uninitialized.
#include "value_text.h"

#include <catch2/catch.hpp>

using namespace memviz::ui;
using memviz::trace::ValueNode;

namespace {

ValueNode leaf(const char* name, const char* value, bool initialized) {
    ValueNode n;
    n.name = name;
    n.type = "long";
    n.value = value;
    n.initialized = initialized;
    return n;
}

} // namespace

TEST_CASE("values print as written, uninitialized ones as such", "[ui][values]") {
    CHECK(valueText(leaf("x", "42", true)) == QStringLiteral("42"));
    CHECK(valueText(leaf("x", "0", false)) == QStringLiteral("?? (uninitialized)"));
    CHECK(hexAddress(0x4052a0) == QStringLiteral("0x4052a0"));
    CHECK(byteSize(24) == QStringLiteral("24 B"));
    CHECK(byteSize(4096) == QStringLiteral("4.0 KiB"));
}

TEST_CASE("a partly written array or struct shows what was written", "[ui][values]") {
    ValueNode array = leaf("trail", "{1, 0, 0}", false);
    array.children = {leaf("[0]", "1", true), leaf("[1]", "0", false), leaf("[2]", "0", false)};
    CHECK(valueText(array) == QStringLiteral("{1, ??, ??}"));

    ValueNode record = leaf("buf", "{data = 0x405010, size = 0}", false); // padding bytes never written
    record.children = {leaf(".data", "0x405010", true), leaf(".size", "0", true)};
    CHECK(valueText(record) == QStringLiteral("{data = 0x405010, size = 0}"));

    ValueNode none = leaf("name", "\"\"", false);
    none.children = {leaf("[0]", "0", false), leaf("[1]", "0", false)};
    CHECK(valueText(none) == QStringLiteral("?? (uninitialized)"));

    ValueNode big = leaf("many", "{...}", false);
    for (int i = 0; i < 20; ++i) big.children.push_back(leaf("[i]", "7", i == 0));
    CHECK(valueText(big).startsWith(QStringLiteral("{7, ??")));
    CHECK(valueText(big).endsWith(QStringLiteral(", …}")));
}
