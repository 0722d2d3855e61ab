// PrintfFormatter matches glibc byte for byte: every expected string is produced at test time by the
// host's own snprintf (glibc x86-64, the target's libc) with the same format and properly typed values.
#include "engine/printf_formatter.h"

#include <catch2/catch.hpp>

#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <variant>
#include <vector>

using namespace memviz::engine;

namespace {

// A fake variadic argument list: integers and pointers, doubles, long doubles; strings live in a fake
// memory at made-up addresses.
struct Str {
    std::string text;
};
struct Ptr {
    std::uint64_t address;
};
using Arg = std::variant<std::int64_t, double, long double, Str, Ptr>;

class FakeArgs : public ArgSource {
public:
    explicit FakeArgs(std::vector<Arg> args) : m_args(std::move(args)) {
        std::uint64_t next = 0x4000;
        for (Arg& arg : m_args) {
            if (auto* s = std::get_if<Str>(&arg)) {
                m_memory[next] = s->text;
                arg = Ptr{next};
                next += 0x1000;
            }
        }
    }

    std::optional<std::uint64_t> nextInt(LengthModifier, bool) override {
        if (m_next >= m_args.size()) return std::nullopt;
        const Arg& arg = m_args[m_next++];
        if (auto* i = std::get_if<std::int64_t>(&arg)) return static_cast<std::uint64_t>(*i);
        if (auto* p = std::get_if<Ptr>(&arg)) return p->address;
        return std::nullopt;
    }
    std::optional<double> nextDouble() override {
        if (m_next >= m_args.size()) return std::nullopt;
        const Arg& arg = m_args[m_next++];
        if (auto* d = std::get_if<double>(&arg)) return *d;
        return std::nullopt;
    }
    std::optional<long double> nextLongDouble() override {
        if (m_next >= m_args.size()) return std::nullopt;
        const Arg& arg = m_args[m_next++];
        if (auto* d = std::get_if<long double>(&arg)) return *d;
        return std::nullopt;
    }
    std::optional<std::uint64_t> nextPointer() override { return nextInt(LengthModifier::Long, false); }
    std::optional<std::string> readString(std::uint64_t address, std::optional<std::size_t> maxLen) override {
        auto it = m_memory.find(address);
        if (it == m_memory.end()) return std::nullopt;
        lastMaxLen = maxLen;
        if (maxLen && *maxLen < it->second.size()) return it->second.substr(0, *maxLen);
        return it->second;
    }
    bool writeCount(std::uint64_t address, std::int64_t count, LengthModifier length) override {
        if (address == 0) return false;
        counts.push_back({address, count, length});
        return true;
    }

    struct Count {
        std::uint64_t address;
        std::int64_t count;
        LengthModifier length;
    };
    std::vector<Count> counts;
    std::optional<std::size_t> lastMaxLen;
    std::size_t used() const { return m_next; }

private:
    std::vector<Arg> m_args;
    std::map<std::uint64_t, std::string> m_memory;
    std::size_t m_next = 0;
};

template <typename... Values>
std::string host(const std::string& format, Values... values) {
    if constexpr (sizeof...(Values) == 0) {
        return host(format, 0); // never a lone non-literal format
    } else {
        int n = std::snprintf(nullptr, 0, format.c_str(), values...);
        REQUIRE(n >= 0);
        std::string out(static_cast<std::size_t>(n) + 1, '\0');
        std::snprintf(out.data(), out.size(), format.c_str(), values...);
        out.resize(static_cast<std::size_t>(n));
        return out;
    }
}

std::string ours(const std::string& format, std::vector<Arg> args, FormatError* error = nullptr) {
    FakeArgs source(std::move(args));
    FormatError local;
    std::string out = formatPrintf(format, source, &local);
    if (error != nullptr) *error = local;
    return out;
}

// Counts the generated comparisons so the test log shows how many ran.
struct Tally {
    int cases = 0;
    int failures = 0;
    void check(const std::string& format, const std::string& expected, const std::string& actual) {
        ++cases;
        if (expected != actual) {
            ++failures;
            if (failures <= 20) FAIL_CHECK("format \"" << format << "\": glibc [" << expected << "] ours [" << actual << "]");
        }
    }
};

const std::vector<std::string> kFlagSets = {"", "-", "+", " ", "#", "0", "-0", "+ ", "+0", "#0", "-#", "' ", "-+ #0"};
const std::vector<std::string> kWidths = {"", "1", "5", "25"};
const std::vector<std::string> kPrecisions = {"", ".", ".0", ".1", ".3", ".20"};

} // namespace

TEST_CASE("integer conversions x flags x width x precision x length") {
    const std::vector<std::int64_t> values = {0, 1, -1, 7, 255, 256, 300, -129, 65535, 65536, INT_MAX, INT_MIN,
                                              static_cast<std::int64_t>(UINT_MAX), 4294967296LL, LLONG_MIN, LLONG_MAX,
                                              static_cast<std::int64_t>(0x8000000000000000ULL | 0xabcdef)};
    const std::vector<std::string> lengths = {"hh", "h", "", "l", "ll", "j", "z", "t", "L", "q"};
    Tally tally;
    for (const char* conversion : {"d", "i", "u", "o", "x", "X", "b", "B"}) {
        for (const std::string& flags : kFlagSets) {
            for (const std::string& width : kWidths) {
                for (const std::string& precision : kPrecisions) {
                    for (const std::string& length : lengths) {
                        std::string format = "[%" + flags + width + precision + length + conversion + "]";
                        bool narrow = length == "hh" || length == "h" || length.empty();
                        for (std::int64_t value : values) {
                            std::string expected = narrow ? host(format, static_cast<int>(value))
                                                          : host(format, static_cast<long long>(value));
                            tally.check(format, expected, ours(format, {value}));
                        }
                    }
                }
            }
        }
    }
    INFO("integer cases: " << tally.cases);
    CHECK(tally.failures == 0);
    CHECK(tally.cases > 50000);
}

TEST_CASE("floating conversions x flags x width x precision") {
    const std::vector<double> values = {0.0,   -0.0,     1.0,      -1.0,   0.5,     1.5,      2.5,     -2.5,
                                        0.125, 1e-5,     123.456,  -123.456, 1e300, 1e-300,   1e15,    123456789.0,
                                        0.1,   9.9999,   99999.5,  1e100,  DBL_MAX, DBL_MIN,  DBL_TRUE_MIN, 5e-324 * 3,
                                        INFINITY, -INFINITY, NAN, -NAN, 1.0 / 3.0, 100.0, 0.0001, 1234.5};
    Tally tally;
    for (const char* conversion : {"f", "F", "e", "E", "g", "G", "a", "A"}) {
        for (const std::string& flags : kFlagSets) {
            for (const std::string& width : kWidths) {
                for (const std::string& precision : kPrecisions) {
                    for (const char* length : {"", "l"}) {
                        std::string format = "[%" + flags + width + precision + length + conversion + "]";
                        for (double value : values) tally.check(format, host(format, value), ours(format, {value}));
                    }
                    // glibc reads a long double for ll and q as well as L.
                    for (const char* length : {"L", "ll", "q"}) {
                        std::string format = "[%" + flags + width + precision + length + conversion + "]";
                        for (double value : values) {
                            long double wide = static_cast<long double>(value) * 1.1L;
                            tally.check(format, host(format, wide), ours(format, {wide}));
                        }
                    }
                }
            }
        }
    }
    INFO("floating cases: " << tally.cases);
    CHECK(tally.failures == 0);
    CHECK(tally.cases > 50000);
}

TEST_CASE("%c, %s and %p with flags, width and precision") {
    Tally tally;
    const std::vector<std::string> widths = {"", "1", "3", "8"};
    for (const std::string& flags : kFlagSets) {
        for (const std::string& width : widths) {
            for (const std::string& precision : kPrecisions) {
                std::string c = "[%" + flags + width + precision + "c]";
                for (std::int64_t value : {65, 0, 255, 256 + 66, -1, 32})
                    tally.check(c, host(c, static_cast<int>(value)), ours(c, {value}));
                for (const char* length : {"", "h", "hh"}) {
                    std::string s = "[%" + flags + width + precision + length + "s]";
                    for (const char* text : {"", "a", "hello", "hello, world", "tab\there"})
                        tally.check(s, host(s, text), ours(s, {Str{text}}));
                    tally.check(s, host(s, static_cast<const char*>(nullptr)), ours(s, {Ptr{0}}));
                }
                std::string p = "[%" + flags + width + precision + "p]";
                for (std::uint64_t address : {std::uint64_t{0}, std::uint64_t{1}, std::uint64_t{0x4052a0},
                                              std::uint64_t{0x7ffffffde000}, ~std::uint64_t{0}}) {
                    void* pointer = reinterpret_cast<void*>(static_cast<std::uintptr_t>(address));
                    tally.check(p, host(p, pointer), ours(p, {Ptr{address}}));
                }
            }
        }
    }
    INFO("char/string/pointer cases: " << tally.cases);
    CHECK(tally.failures == 0);
}

TEST_CASE("'*' width and precision, including negative values") {
    Tally tally;
    for (const char* conversion : {"d", "x", "s", "f", "e", "g", "c", "%", "p"}) {
        for (int width : {-12, -1, 0, 3, 12}) {
            for (int precision : {-5, -1, 0, 2, 9}) {
                std::string both = std::string("[%*.*") + conversion + "]";
                std::string widthOnly = std::string("[%-*") + conversion + "]";
                std::string precisionOnly = std::string("[%+.*") + conversion + "]";
                std::string c = conversion;
                if (c == "d" || c == "x" || c == "c") {
                    tally.check(both, host(both, width, precision, 42), ours(both, {width, precision, std::int64_t{42}}));
                    tally.check(widthOnly, host(widthOnly, width, 42), ours(widthOnly, {width, std::int64_t{42}}));
                    tally.check(precisionOnly, host(precisionOnly, precision, 42),
                                ours(precisionOnly, {precision, std::int64_t{42}}));
                } else if (c == "s") {
                    tally.check(both, host(both, width, precision, "abcdef"),
                                ours(both, {width, precision, Str{"abcdef"}}));
                    tally.check(both, host(both, width, precision, static_cast<const char*>(nullptr)),
                                ours(both, {width, precision, Ptr{0}}));
                    tally.check(widthOnly, host(widthOnly, width, "xy"), ours(widthOnly, {width, Str{"xy"}}));
                } else if (c == "p") {
                    tally.check(both, host(both, width, precision, static_cast<void*>(nullptr)),
                                ours(both, {width, precision, Ptr{0}}));
                    void* pointer = reinterpret_cast<void*>(std::uintptr_t{0x1234});
                    tally.check(both, host(both, width, precision, pointer), ours(both, {width, precision, Ptr{0x1234}}));
                } else if (c == "%") {
                    tally.check(both, host(both, width, precision), ours(both, {width, precision}));
                } else {
                    tally.check(both, host(both, width, precision, -3.14159), ours(both, {width, precision, -3.14159}));
                    tally.check(widthOnly, host(widthOnly, width, 2.5), ours(widthOnly, {width, 2.5}));
                    tally.check(precisionOnly, host(precisionOnly, precision, 1e-5),
                                ours(precisionOnly, {precision, 1e-5}));
                }
            }
        }
    }
    CHECK(tally.failures == 0);
}

TEST_CASE("mixed formats as teaching programs write them") {
    CHECK(ours("x = %d, y = %d\n", {std::int64_t{3}, std::int64_t{-4}}) == host("x = %d, y = %d\n", 3, -4));
    CHECK(ours("%s has %zu bytes at %p\n", {Str{"buf"}, std::int64_t{16}, Ptr{0x4052a0}}) ==
          host("%s has %zu bytes at %p\n", "buf", std::size_t{16}, reinterpret_cast<void*>(std::uintptr_t{0x4052a0})));
    CHECK(ours("%-10s|%5.1f|%05d|%x\n", {Str{"name"}, 3.14159, std::int64_t{-42}, std::int64_t{255}}) ==
          host("%-10s|%5.1f|%05d|%x\n", "name", 3.14159, -42, 255));
    CHECK(ours("%c%c%c\n", {std::int64_t{'a'}, std::int64_t{'b'}, std::int64_t{'c'}}) == "abc\n");
    CHECK(ours("100%%\n", {}) == "100%\n");
    CHECK(ours("%lu %ld %lld %llu\n", {std::int64_t{-1}, std::int64_t{-1}, LLONG_MIN, std::int64_t{-1}}) ==
          host("%lu %ld %lld %llu\n", ~0UL, -1L, LLONG_MIN, ~0ULL));
    CHECK(ours("%.2f%%\n", {99.5}) == "99.50%\n");
    CHECK(ours("%5.2s|\n", {Str{"abc"}}) == "   ab|\n");
    CHECK(ours("%#o %#x %#X %#o %#x\n", {std::int64_t{8}, std::int64_t{255}, std::int64_t{255}, std::int64_t{0},
                                         std::int64_t{0}}) == host("%#o %#x %#X %#o %#x\n", 8, 255, 255, 0, 0));
    CHECK(ours("%.0d|%.0x|%#.0o|%5.0d|\n", {std::int64_t{0}, std::int64_t{0}, std::int64_t{0}, std::int64_t{0}}) ==
          host("%.0d|%.0x|%#.0o|%5.0d|\n", 0, 0, 0, 0));
    CHECK(ours("%hhd %hhu %hd %hu\n", {std::int64_t{200}, std::int64_t{-1}, std::int64_t{40000}, std::int64_t{-1}}) ==
          "-56 255 -25536 65535\n");
    // Arguments after the format text is done are not consumed.
    FakeArgs source({std::int64_t{1}, std::int64_t{2}});
    CHECK(formatPrintf("%d\n", source) == "1\n");
    CHECK(source.used() == 1);
}

TEST_CASE("a format ends at its first NUL byte") {
    std::string format("ab%d\0%d", 7);
    CHECK(ours(format, {std::int64_t{5}, std::int64_t{6}}) == "ab5");
}

TEST_CASE("%s precision limits how much memory is read") {
    FakeArgs source({Str{"abcdefgh"}, Str{"xyz"}});
    CHECK(formatPrintf("%.3s|%s", source) == "abc|xyz");
    CHECK(!source.lastMaxLen.has_value());
    FakeArgs limited({Str{"abcdefgh"}});
    CHECK(formatPrintf("%.3s", limited) == "abc");
    REQUIRE(limited.lastMaxLen.has_value());
    CHECK(*limited.lastMaxLen == 3);
}

TEST_CASE("%n stores the count so far through the ArgSource") {
    FakeArgs source({Str{"hello"}, Ptr{0x9000}, std::int64_t{12}, Ptr{0x9100}, Ptr{0x9200}});
    FormatError error;
    CHECK(formatPrintf("%s%n and %5d%hhn%ln", source, &error) == "hello and    12");
    CHECK(error.ok());
    REQUIRE(source.counts.size() == 3);
    CHECK(source.counts[0].address == 0x9000);
    CHECK(source.counts[0].count == 5);
    CHECK(source.counts[0].length == LengthModifier::None);
    CHECK(source.counts[1].count == 15);
    CHECK(source.counts[1].length == LengthModifier::Char);
    CHECK(source.counts[2].length == LengthModifier::Long);
    // A failed store stops the output.
    FakeArgs bad({Ptr{0}});
    CHECK(formatPrintf("ab%ncd", bad, &error) == "ab");
    CHECK(error.kind == FormatErrorKind::MemoryError);
}

TEST_CASE("unknown conversions print as glibc prints them, with a warning") {
    Tally tally;
    for (const char* format : {"a%yb", "a%5yb", "a%-+ #05.3yb", "a%lyb", "a%hhyb", "%lly", "%Lk", "%hhhd", "%llld",
                               "%lh", "%w32d", "%5-d", "%.-3d", "%$d", "%!", "%\x80", "% y", "%'y", "%Iy"}) {
        FormatError error;
        std::string actual = ours(format, {}, &error);
        tally.check(format, host(format), actual);
        CHECK(error.kind == FormatErrorKind::UnknownConversion);
        CHECK(!error.stopsOutput());
    }
    // An unknown conversion takes no argument, but its '*' does.
    CHECK(ours("%y%d", {std::int64_t{7}}) == host("%y%d", 7));
    CHECK(ours("%*y|%d", {std::int64_t{7}, std::int64_t{9}}) == host("%*y|%d", 7, 9));
    CHECK(ours("%-*.*y|%d", {std::int64_t{-7}, std::int64_t{3}, std::int64_t{9}}) == host("%-*.*y|%d", -7, 3, 9));
    CHECK(ours("%5%|%-5%|%05%", {}) == host("%5%|%-5%|%05%"));
    CHECK(tally.failures == 0);
}

TEST_CASE("a format ending inside a spec stops output and printf returns -1") {
    for (const char* format : {"abc%", "abc%5", "abc%-", "abc%.3", "abc%l", "abc%hh", "%Z", "x%*"}) {
        FakeArgs source({std::int64_t{4}});
        FormatResult result = formatPrintfFull(format, source);
        CHECK(result.returnValue == -1);
        CHECK(result.error.kind == FormatErrorKind::IncompleteSpec);
        char buffer[64];
        std::memset(buffer, 0, sizeof buffer);
        CHECK(std::snprintf(buffer, sizeof buffer, format, 4) == -1);
        CHECK(result.output == std::string(buffer));
    }
}

TEST_CASE("a missing argument is an error, not garbage") {
    FormatError error;
    CHECK(ours("a=%d b=%d\n", {std::int64_t{1}}, &error) == "a=1 b=");
    CHECK(error.kind == FormatErrorKind::MissingArgument);
    CHECK(error.offset == 7);
    CHECK(error.stopsOutput());
    CHECK(error.message.find("%d") != std::string::npos);
    ours("%f", {}, &error);
    CHECK(error.kind == FormatErrorKind::MissingArgument);
    ours("%s", {}, &error);
    CHECK(error.kind == FormatErrorKind::MissingArgument);
    ours("%*d", {std::int64_t{3}}, &error);
    CHECK(error.kind == FormatErrorKind::MissingArgument);
    // A double where an int is expected (the fake keeps one list) counts as missing too.
    ours("%d", {1.5}, &error);
    CHECK(error.kind == FormatErrorKind::MissingArgument);
}

TEST_CASE("string read failures, unsupported and failing specs") {
    FormatError error;
    CHECK(ours("x%sy", {Ptr{0x1234}}, &error) == "x");
    CHECK(error.kind == FormatErrorKind::MemoryError);
    CHECK(ours("a%1$db", {std::int64_t{5}}, &error) == "a");
    CHECK(error.kind == FormatErrorKind::Unsupported);
    CHECK(ours("a%lsb", {Ptr{0x1234}}, &error) == "a");
    CHECK(error.kind == FormatErrorKind::Unsupported);
    // %lc of an ASCII value works; of anything else glibc fails in the C locale and printf returns -1.
    CHECK(ours("[%lc|%3lc]", {std::int64_t{'A'}, std::int64_t{'b'}}, &error) == host("[%lc|%3lc]", L'A', L'b'));
    CHECK(error.ok());
    FakeArgs wide({std::int64_t{0xe9}});
    FormatResult result = formatPrintfFull("[%lc]", wide);
    CHECK(result.output == "[");
    CHECK(result.returnValue == -1);
    CHECK(result.error.kind == FormatErrorKind::OutputError);
    // A width past INT_MAX makes glibc fail with EOVERFLOW.
    FakeArgs big({std::int64_t{1}});
    result = formatPrintfFull("a%99999999999d", big);
    CHECK(result.returnValue == -1);
    std::string overflowing = "a%99999999999d";
    CHECK(std::snprintf(nullptr, 0, overflowing.c_str(), 1) == -1);
    // %m prints the ArgSource's errno text.
    CHECK(ours("[%m|%10m|%-3.2m]", {}) == "[Success|   Success|Su ]");
}

TEST_CASE("the output limit stops a runaway width before it is allocated") {
    FakeArgs source({std::int64_t{1}, std::int64_t{2}});
    FormatResult result = formatPrintfFull("x%d%500d", source, 100);
    CHECK(result.output == "x1");
    CHECK(result.error.kind == FormatErrorKind::OutputLimit);
    FakeArgs star({std::int64_t{999999999}, std::int64_t{2}});
    result = formatPrintfFull("%*d", star, 1000);
    CHECK(result.error.kind == FormatErrorKind::OutputLimit);
    FakeArgs precision({1.0});
    result = formatPrintfFull("%.5000f", precision, 1000);
    CHECK(result.error.kind == FormatErrorKind::OutputLimit);
}

TEST_CASE("return value is the byte count") {
    FakeArgs source({std::int64_t{12345}});
    FormatResult result = formatPrintfFull("n=%d\n", source);
    CHECK(result.output == "n=12345\n");
    CHECK(result.returnValue == 8);
    CHECK(result.error.ok());
}

TEST_CASE("the host locale cannot leak into the output") {
    // Whatever the app set, formatting uses "C": a decimal point, no grouping.
    CHECK(ours("%.2f %'d", {1234.5, std::int64_t{1234567}}) == "1234.50 1234567");
}

TEST_CASE("integer conversion helpers") {
    CHECK(convertInteger(300, LengthModifier::Char, true) == 44);
    CHECK(convertInteger(200, LengthModifier::Char, true) == static_cast<std::uint64_t>(-56));
    CHECK(convertInteger(~0ULL, LengthModifier::Short, false) == 0xffff);
    CHECK(convertInteger(0x80000000ULL, LengthModifier::None, true) == 0xffffffff80000000ULL);
    CHECK(convertInteger(~0ULL, LengthModifier::Size, false) == ~0ULL);
    CHECK(integerSize(LengthModifier::LongDouble) == 8);
    CHECK(lengthModifierText(LengthModifier::Char) == "hh");
}
