// Helpers for the front-end tests: compile a snippet, list its errors as "line:col: message", read a
// folded constant or the type of an expression.
#pragma once

#include "lang/ast_printer.h"
#include "lang/compiler.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

namespace memviz::lang::test {

inline std::string errorList(const CompileResult& r) {
    std::string out;
    for (const core::Diagnostic& d : r.diagnostics) {
        if (d.severity != core::Severity::Error) continue;
        out += std::to_string(d.loc.line) + ":" + std::to_string(d.loc.column) + ": " + d.message + "\n";
    }
    return out;
}

inline std::string warningList(const CompileResult& r) {
    std::string out;
    for (const core::Diagnostic& d : r.diagnostics)
        if (d.severity == core::Severity::Warning)
            out += std::to_string(d.loc.line) + ":" + std::to_string(d.loc.column) + ": " + d.message + "\n";
    return out;
}

// The first error as "line:col: message" (empty when it compiled).
inline std::string firstError(std::string_view source) {
    CompileResult r = compile(source, "t.c");
    std::string all = errorList(r);
    return all.substr(0, all.find('\n'));
}

inline CompileResult compileOk(std::string_view source) {
    CompileResult r = compile(source, "t.c");
    INFO(formatDiagnostics(r.diagnostics, "t.c", source));
    REQUIRE(r.ok());
    return r;
}

// Value of a constant expression after `decls` (sizeof, offsetof, enum values, folded arithmetic).
inline std::uint64_t constantOf(const std::string& decls, const std::string& expr) {
    std::string source = decls + "\nunsigned long probe_value = (" + expr + ");\nint main(void) { return 0; }\n";
    CompileResult r = compileOk(source);
    const Variable* v = r.unit->findGlobal("probe_value");
    REQUIRE(v);
    REQUIRE(v->init.entries.size() == 1);
    const Expr& e = *v->init.entries[0].value;
    REQUIRE(e.kind == ExprKind::IntConst);
    return e.as<IntConstExpr>().value;
}

// The type (gcc's spelling) of `expr` evaluated inside a function after `decls`.
inline std::string typeOf(const std::string& decls, const std::string& expr) {
    std::string source = decls + "\nvoid probe(void) { " + expr + "; }\nint main(void) { return 0; }\n";
    CompileResult r = compileOk(source);
    const Function* f = r.unit->findFunction("probe");
    REQUIRE(f);
    REQUIRE(f->body->body.size() == 1);
    const Stmt& s = *f->body->body[0];
    REQUIRE(s.kind == StmtKind::Expr);
    return typeName(s.as<ExprStmt>().expr->type);
}

// The S-expression of `expr` inside a function after `decls`.
inline std::string treeOf(const std::string& decls, const std::string& expr) {
    std::string source = decls + "\nvoid probe(void) { " + expr + "; }\nint main(void) { return 0; }\n";
    CompileResult r = compileOk(source);
    const Function* f = r.unit->findFunction("probe");
    REQUIRE(f);
    return printExpr(*f->body->body[0]->as<ExprStmt>().expr);
}

inline std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline const char* corpusFiles[] = {
    "linked_list.c", "tree.c",        "strings.c",      "matrix.c",        "unions.c",         "function_pointers.c",
    "control_flow.c", "preprocessor.c", "promotions.c", "struct_layout.c", "statics_globals.c",
};

inline std::string corpusPath(const std::string& name) {
    return std::string(MEMVIZ_SOURCE_DIR) + "/tests/lang/corpus/" + name;
}

} // namespace memviz::lang::test
