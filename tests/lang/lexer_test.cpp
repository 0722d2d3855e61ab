// Lexer: every kind of token with its spelling, decoded value and exact line:column.
#include "lang/lexer.h"
#include "lang/number_literal.h"

#include <catch2/catch.hpp>

using namespace memviz::lang;

namespace {

std::vector<Token> lex(std::string_view text, DiagnosticSink& sink) {
    Lexer lexer(text, 0, sink);
    return lexer.tokenize();
}

std::string spellings(const std::vector<Token>& tokens) {
    std::string out;
    for (const Token& t : tokens) {
        if (t.kind == TokenKind::Eof) break;
        if (!out.empty()) out += ' ';
        out += t.text;
    }
    return out;
}

} // namespace

TEST_CASE("lexer: punctuators take the longest match") {
    DiagnosticSink sink;
    auto tokens = lex("a<<=b>>=c->d++--e...f&&g||h##i<=j!=k", sink);
    CHECK(spellings(tokens) == "a <<= b >>= c -> d ++ -- e ... f && g || h ## i <= j != k");
    CHECK_FALSE(sink.hasErrors());
}

TEST_CASE("lexer: locations are 1-based line and byte column") {
    DiagnosticSink sink;
    auto tokens = lex("int x;\n  /* c\n */ y = 42; // end\n\tz", sink);
    REQUIRE(tokens.size() == 9);
    CHECK(tokens[0].loc == memviz::core::SourceLoc{1, 1});
    CHECK(tokens[1].loc == memviz::core::SourceLoc{1, 5});
    CHECK(tokens[3].text == "y");
    CHECK(tokens[3].loc == memviz::core::SourceLoc{3, 5});
    CHECK(tokens[5].loc == memviz::core::SourceLoc{3, 9});
    CHECK(tokens[7].loc == memviz::core::SourceLoc{4, 2});
    CHECK(tokens[0].atLineStart);
    CHECK(tokens[3].atLineStart);
    CHECK_FALSE(tokens[4].atLineStart);
}

TEST_CASE("lexer: character constants and escapes") {
    DiagnosticSink sink;
    auto tokens = lex(R"('a' '\n' '\0' '\x41' '\101' '\\' '\'' '\xff' '"')", sink);
    std::vector<std::int64_t> values;
    for (const Token& t : tokens)
        if (t.kind == TokenKind::CharConst) values.push_back(t.charValue);
    CHECK(values == std::vector<std::int64_t>{'a', '\n', 0, 'A', 'A', '\\', '\'', -1, '"'});
    CHECK_FALSE(sink.hasErrors());
}

TEST_CASE("lexer: string literals keep raw spelling and decoded bytes") {
    DiagnosticSink sink;
    auto tokens = lex(R"("a\tb\n" "q\"\\" "\x41\0z")", sink);
    REQUIRE(tokens.size() == 4);
    CHECK(tokens[0].value == "a\tb\n");
    CHECK(tokens[0].text == R"("a\tb\n")");
    CHECK(tokens[1].value == "q\"\\");
    CHECK(tokens[2].value == std::string("A\0z", 3));
}

TEST_CASE("lexer: pp-numbers keep suffixes, exponents and dots") {
    DiagnosticSink sink;
    auto tokens = lex("0x1fUL 1.5e+3f .5 1e-3 0x1p-2 077 0b101 12ull 3.0L", sink);
    CHECK(spellings(tokens) == "0x1fUL 1.5e+3f .5 1e-3 0x1p-2 077 0b101 12ull 3.0L");
}

TEST_CASE("lexer: errors for stray characters and unterminated literals") {
    DiagnosticSink sink;
    lex("int @ x;\n\"open\n'", sink);
    REQUIRE(sink.diagnostics().size() >= 3);
    CHECK(sink.diagnostics()[0].message == "stray '@' in program");
    CHECK(sink.diagnostics()[0].loc == memviz::core::SourceLoc{1, 5});
    CHECK(sink.diagnostics()[1].message == "missing terminating \" character");
    CHECK(sink.diagnostics()[1].loc == memviz::core::SourceLoc{2, 1});
    DiagnosticSink comment;
    lex("/* never closed", comment);
    CHECK(comment.diagnostics().at(0).message == "unterminated comment");
}

TEST_CASE("number literals: types of integer constants on LP64") {
    CHECK(parseNumber("42").type == TypeKind::Int);
    CHECK(parseNumber("2147483647").type == TypeKind::Int);
    CHECK(parseNumber("2147483648").type == TypeKind::Long);
    CHECK(parseNumber("0x80000000").type == TypeKind::UInt);
    CHECK(parseNumber("0xFFFFFFFFFFFFFFFF").type == TypeKind::ULong);
    CHECK(parseNumber("42u").type == TypeKind::UInt);
    CHECK(parseNumber("42l").type == TypeKind::Long);
    CHECK(parseNumber("42UL").type == TypeKind::ULong);
    CHECK(parseNumber("42ll").type == TypeKind::LongLong);
    CHECK(parseNumber("42LLU").type == TypeKind::ULongLong);
    CHECK(parseNumber("017").intValue == 15);
    CHECK(parseNumber("0b1010").intValue == 10);
    CHECK(parseNumber("0x1F").intValue == 31);
    CHECK(parseNumber("0").intValue == 0);
    CHECK(parseNumber("09").error == "invalid digit \"9\" in octal constant");
    CHECK(parseNumber("12abc").error == "invalid suffix \"abc\" on integer constant");
    CHECK(parseNumber("99999999999999999999").error == "integer constant is too large for its type");
}

TEST_CASE("number literals: floating constants") {
    CHECK(parseNumber("1.5").type == TypeKind::Double);
    CHECK(parseNumber("1.5").floatValue == 1.5);
    CHECK(parseNumber("1.5f").type == TypeKind::Float);
    CHECK(parseNumber("2.5L").type == TypeKind::LongDouble);
    CHECK(parseNumber("1e3").floatValue == 1000.0);
    CHECK(parseNumber(".25").floatValue == 0.25);
    CHECK(parseNumber("0x1p-2").floatValue == 0.25);
    CHECK(parseNumber("0x1.8p1").floatValue == 3.0);
    CHECK(parseNumber("0.1f").floatValue == static_cast<double>(0.1f));
    CHECK_FALSE(parseNumber("1.5q").ok);
    CHECK(parseNumber("1e10000").floatValue == std::numeric_limits<double>::infinity());
}
