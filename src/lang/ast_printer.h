// AstPrinter: a readable S-expression dump of expressions, statements and whole translation units, with
// each expression's type, for tests, debugging and the interpreter's author.
#pragma once

#include "lang/ast.h"
#include "lang/translation_unit.h"

#include <string>

namespace memviz::lang {

// "(+ int (cast int IntegralCast (var char c)) (int 1))"
std::string printExpr(const Expr& e);
// One statement per line, indented by nesting.
std::string printStmt(const Stmt& s, int indent = 0);
// Globals (with initializers) and function definitions of the user's file.
std::string printUnit(const TranslationUnit& unit);

const char* binaryOpName(BinaryOp op);
const char* unaryOpName(UnaryOp op);
const char* castKindName(CastKind kind);

} // namespace memviz::lang
