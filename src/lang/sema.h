// Sema: builds typed expressions for the parser. Each builder checks its operands with gcc's rules and
// messages, applies decay, integer promotions and the usual arithmetic conversions, and makes every
// implicit conversion an explicit CastExpr. A failed check reports an error and yields an expression of
// the context's error type, which silences follow-up errors about it.
#pragma once

#include "lang/ast.h"
#include "lang/diagnostic_sink.h"
#include "lang/translation_unit.h"

#include <optional>
#include <string>
#include <vector>

namespace memviz::lang {

// Where a value is converted "as if by assignment" (for the wording of messages).
struct ConversionSite {
    enum class Kind : std::uint8_t { Assignment, Initialization, Argument, Return };
    Kind kind = Kind::Assignment;
    std::string function; // Argument: the callee's name (may be empty for calls through pointers)
    int argument = 0;     // Argument: 1-based
};

class Sema {
public:
    static constexpr std::uint32_t maxExprDepth = 1000;

    Sema(TranslationUnit& unit, DiagnosticSink& sink) : m_unit(unit), m_types(*unit.types), m_sink(sink) {}

    TypeContext& types() { return m_types; }
    void error(core::SourceLoc loc, std::string message) { m_sink.error(loc, std::move(message)); }
    void warning(core::SourceLoc loc, std::string message) { m_sink.warning(loc, std::move(message)); }

    // leaves (sema_expressions.cpp)
    ExprPtr intConst(std::uint64_t value, const Type* type, core::SourceLoc loc);
    ExprPtr floatConst(double value, const Type* type, core::SourceLoc loc);
    ExprPtr stringLiteral(std::string bytes, core::SourceLoc loc);
    ExprPtr varRef(const Variable* var, core::SourceLoc loc);
    ExprPtr funcRef(const Function* function, core::SourceLoc loc);
    ExprPtr compoundLiteral(const Variable* var, core::SourceLoc loc);
    ExprPtr errorExpr(core::SourceLoc loc);
    bool isError(const Expr& e) const { return e.type == m_types.errorType(); }

    // conversions (sema_conversions.cpp)
    ExprPtr decay(ExprPtr e);                       // array -> pointer, function -> pointer
    ExprPtr promote(ExprPtr e);                     // decay, then the integer promotions
    ExprPtr convert(ExprPtr e, const Type* to, bool isExplicit = false); // a cast, folded on constants
    ExprPtr assignConvert(ExprPtr e, const Type* to, const ConversionSite& site, core::SourceLoc loc);
    ExprPtr condition(ExprPtr e);                   // a scalar tested against zero
    ExprPtr defaultArgumentPromotion(ExprPtr e);    // variadic arguments: float -> double, small ints -> int
    const Type* promotedType(const Type* t) const;
    const Type* commonArithmeticType(const Type* a, const Type* b) const;
    static bool isNullPointerConstant(const Expr& e);

    // operators (sema_expressions.cpp, sema_postfix.cpp)
    ExprPtr unary(UnaryOp op, ExprPtr operand, core::SourceLoc loc);
    ExprPtr incDec(bool isIncrement, bool isPrefix, ExprPtr operand, core::SourceLoc loc);
    ExprPtr binary(BinaryOp op, ExprPtr lhs, ExprPtr rhs, core::SourceLoc loc);
    ExprPtr assign(ExprPtr lhs, ExprPtr rhs, core::SourceLoc loc);
    ExprPtr compoundAssign(BinaryOp op, ExprPtr lhs, ExprPtr rhs, core::SourceLoc loc);
    ExprPtr conditional(ExprPtr cond, ExprPtr thenExpr, ExprPtr elseExpr, core::SourceLoc loc);
    ExprPtr comma(ExprPtr lhs, ExprPtr rhs, core::SourceLoc loc);
    ExprPtr call(ExprPtr callee, std::vector<ExprPtr> args, core::SourceLoc loc);
    ExprPtr member(ExprPtr base, const std::string& name, bool arrow, core::SourceLoc loc);
    ExprPtr subscript(ExprPtr base, ExprPtr index, core::SourceLoc loc);
    ExprPtr cast(const Type* to, ExprPtr operand, core::SourceLoc loc);
    ExprPtr sizeOf(const Type* type, core::SourceLoc loc, bool isAlignof = false);
    ExprPtr sizeOfExpr(ExprPtr operand, core::SourceLoc loc);

    // Integer constant expressions (array sizes, case labels, enum values, bit widths).
    std::optional<std::int64_t> constantInteger(const Expr& e) const;
    // Folds a static initializer expression; false (after an error) when it is not a constant.
    bool checkStaticInitializer(ExprPtr& e);

private:
    ExprPtr pointerArithmetic(BinaryOp op, ExprPtr ptr, ExprPtr integer, core::SourceLoc loc);
    bool checkModifiable(const Expr& e, core::SourceLoc loc, const char* lvalueMessage, const char* verb);
    bool checkComplete(const Type* t, core::SourceLoc loc);
    std::string describe(const Expr& e) const; // "variable 'x'", "member 'y'", "location"
    void invalidOperands(core::SourceLoc loc, const char* op, const Expr& lhs, const Expr& rhs);
    static void setDepth(Expr& e, std::initializer_list<const Expr*> children);
    ExprPtr finish(ExprPtr e);

    TranslationUnit& m_unit;
    TypeContext& m_types;
    DiagnosticSink& m_sink;
};

} // namespace memviz::lang
