// The typed AST an interpreter walks. After sema every expression has its type, knows whether it is an
// lvalue, and every implicit conversion is an explicit CastExpr (integer promotions, usual arithmetic
// conversions, assignment/argument/return conversions, array/function decay, default argument promotions).
//
// Evaluation rules for an interpreter:
//  - An expression is evaluated "for its address" where C needs an object: the operand of AddrOf, IncDec,
//    the lhs of Assign/CompoundAssign, the base of Member when the base isLvalue, and the operand of an
//    ArrayToPointer cast (whose value is that address). Elsewhere an lvalue is read (loaded) for its value.
//  - Conditions (if, loops, ?:, &&, ||, !) are any scalar type, tested against zero.
//  - p->m is Member(Deref(p), m, arrow=true); a[i] is Deref(PtrAdd(a, i), fromSubscript=true).
//  - sizeof, _Alignof and offsetof are folded into IntConst nodes of type size_t.
#pragma once

#include "core/source_loc.h"
#include "lang/type.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace memviz::lang {

struct Variable;
struct Function;
struct Expr;
struct Stmt;
using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;

// ---------------------------------------------------------------------------------------------- expressions

enum class ExprKind : std::uint8_t {
    IntConst,        // IntConstExpr
    FloatConst,      // FloatConstExpr
    StringLit,       // StringLitExpr (lvalue of type char[N])
    VarRef,          // VarRefExpr (lvalue)
    FuncRef,         // FuncRefExpr (function designator; decays through a FunctionToPointer cast)
    Unary,           // UnaryExpr
    IncDec,          // IncDecExpr
    Binary,          // BinaryExpr
    Assign,          // AssignExpr
    CompoundAssign,  // CompoundAssignExpr
    Conditional,     // ConditionalExpr
    Comma,           // CommaExpr
    Call,            // CallExpr
    Member,          // MemberExpr
    Cast,            // CastExpr
    CompoundLiteral, // CompoundLiteralExpr (lvalue)
};

struct Expr {
    ExprKind kind;
    bool isLvalue = false;
    std::uint32_t id = 0;         // 1.. over the unit's function bodies (numberExpressions), 0 elsewhere
    const Type* type = nullptr;   // never null after sema; array/function types only before decay
    core::SourceLoc loc;          // the operator's location (the first token for primaries)
    std::uint32_t depth = 1;      // height of the tree below (bounded, so walking it cannot overflow a stack)

    explicit Expr(ExprKind k) : kind(k) {}
    virtual ~Expr() = default;
    Expr(const Expr&) = delete;
    Expr& operator=(const Expr&) = delete;

    template <class T> const T& as() const { return static_cast<const T&>(*this); }
    template <class T> T& as() { return static_cast<T&>(*this); }
};

struct IntConstExpr : Expr {
    std::uint64_t value = 0; // the bits, already truncated/extended to `type` (read signed if type is signed)
    IntConstExpr() : Expr(ExprKind::IntConst) {}
    std::int64_t signedValue() const { return static_cast<std::int64_t>(value); }
};

struct FloatConstExpr : Expr {
    double value = 0; // already rounded to float for type float
    FloatConstExpr() : Expr(ExprKind::FloatConst) {}
};

struct StringLitExpr : Expr {
    std::uint32_t index = 0; // into TranslationUnit::strings
    StringLitExpr() : Expr(ExprKind::StringLit) {}
};

struct VarRefExpr : Expr {
    const Variable* var = nullptr;
    VarRefExpr() : Expr(ExprKind::VarRef) {}
};

struct FuncRefExpr : Expr {
    const Function* function = nullptr;
    FuncRefExpr() : Expr(ExprKind::FuncRef) {}
};

enum class UnaryOp : std::uint8_t {
    Plus,   // +x: operand already promoted
    Neg,    // -x: operand already promoted (int/unsigned wrap-around for unsigned)
    BitNot, // ~x: operand already promoted
    LogNot, // !x: scalar operand, result int 0/1
    Deref,  // *p: pointer operand, lvalue of the pointee type
    AddrOf, // &x: lvalue (or function designator) operand, pointer result
};

struct UnaryExpr : Expr {
    UnaryOp op;
    ExprPtr operand;
    bool fromSubscript = false; // Deref that came from a[i]
    UnaryExpr(UnaryOp o, ExprPtr e) : Expr(ExprKind::Unary), op(o), operand(std::move(e)) {}
};

// ++x, x++, --x, x--. The operand is a modifiable scalar lvalue; the result has its (unqualified) type.
// For pointers the step is `step` bytes (the element size); for _Bool ++ stores 1; for floats the step is 1.0.
struct IncDecExpr : Expr {
    bool isIncrement = true;
    bool isPrefix = true;
    std::uint64_t step = 1;
    ExprPtr operand;
    IncDecExpr() : Expr(ExprKind::IncDec) {}
};

enum class BinaryOp : std::uint8_t {
    // Arithmetic: both operands already converted to the result type (usual arithmetic conversions).
    Mul, Div, Rem, Add, Sub, BitAnd, BitXor, BitOr,
    // Shifts: each operand promoted on its own; the result has the promoted left type.
    Shl, Shr,
    // Comparisons: operands converted to a common type (arithmetic, or both pointers); result int 0/1.
    Lt, Gt, Le, Ge, Eq, Ne,
    // Short-circuit: scalar operands, result int 0/1.
    LogAnd, LogOr,
    // Pointer arithmetic: lhs is the pointer, rhs a long (converted); moves by rhs * elementSize bytes.
    PtrAdd, PtrSub,
    // ptr - ptr: (lhs - rhs) / elementSize, type long (ptrdiff_t).
    PtrDiff,
};

struct BinaryExpr : Expr {
    BinaryOp op;
    ExprPtr lhs, rhs;
    std::uint64_t elementSize = 0; // PtrAdd, PtrSub, PtrDiff (1 for void *, as in GNU C)
    BinaryExpr(BinaryOp o, ExprPtr l, ExprPtr r) : Expr(ExprKind::Binary), op(o), lhs(std::move(l)), rhs(std::move(r)) {}
};

// lhs = rhs: rhs already converted to the lhs's unqualified type; structs copy their bytes.
struct AssignExpr : Expr {
    ExprPtr lhs, rhs;
    AssignExpr(ExprPtr l, ExprPtr r) : Expr(ExprKind::Assign), lhs(std::move(l)), rhs(std::move(r)) {}
};

// lhs op= rhs: value = convert(load(lhs), computationType) op rhs, stored back converted to lhs's type.
// rhs is already converted to computationType (to long for PtrAdd/PtrSub; promoted on its own for shifts).
struct CompoundAssignExpr : Expr {
    BinaryOp op;
    ExprPtr lhs, rhs;
    const Type* computationType = nullptr;
    std::uint64_t elementSize = 0; // PtrAdd/PtrSub
    CompoundAssignExpr(BinaryOp o, ExprPtr l, ExprPtr r)
        : Expr(ExprKind::CompoundAssign), op(o), lhs(std::move(l)), rhs(std::move(r)) {}
};

// cond ? a : b: a and b already converted to the result type (void when both are void).
struct ConditionalExpr : Expr {
    ExprPtr cond, thenExpr, elseExpr;
    ConditionalExpr() : Expr(ExprKind::Conditional) {}
};

struct CommaExpr : Expr {
    ExprPtr lhs, rhs; // lhs evaluated and discarded
    CommaExpr(ExprPtr l, ExprPtr r) : Expr(ExprKind::Comma), lhs(std::move(l)), rhs(std::move(r)) {}
};

// callee(args): callee is a pointer to function (usually FunctionToPointer(FuncRef)); arguments are already
// converted to the parameter types, and variadic extras got the default argument promotions.
struct CallExpr : Expr {
    ExprPtr callee;
    std::vector<ExprPtr> args;
    const Function* direct = nullptr; // set when the callee names a function directly
    CallExpr() : Expr(ExprKind::Call) {}
};

// base.member (base has struct/union type). For p->m the base is Deref(p) and arrow is set.
struct MemberExpr : Expr {
    ExprPtr base;
    const Member* member = nullptr; // offset is member->offset
    bool arrow = false;
    MemberExpr() : Expr(ExprKind::Member) {}
};

enum class CastKind : std::uint8_t {
    NoOp,               // same representation: qualifiers, enum<->int of same size/sign, struct to itself
    IntegralCast,       // integer to integer: truncate, sign- or zero-extend
    IntegralToBoolean,  // x != 0 (also used for _Bool targets)
    FloatingToBoolean,
    PointerToBoolean,
    IntegralToFloating,
    FloatingToIntegral, // truncates toward zero
    FloatingCast,       // float <-> double <-> long double
    PointerToIntegral,
    IntegralToPointer,  // includes the null pointer constant 0
    BitCast,            // pointer to pointer
    ArrayToPointer,     // operand is the array lvalue; the value is its address
    FunctionToPointer,  // operand is a function designator
    ToVoid,             // (void)x
};

struct CastExpr : Expr {
    CastKind castKind;
    ExprPtr operand;
    bool isExplicit = false; // written by the programmer
    CastExpr(CastKind k, ExprPtr e) : Expr(ExprKind::Cast), castKind(k), operand(std::move(e)) {}
};

// (type){ ... }: an unnamed object (a local of the enclosing function, or a global at file scope).
struct CompoundLiteralExpr : Expr {
    const Variable* var = nullptr;
    CompoundLiteralExpr() : Expr(ExprKind::CompoundLiteral) {}
};

// ---------------------------------------------------------------------------------------------- statements

enum class StmtKind : std::uint8_t {
    Compound, Expr, Decl, If, While, DoWhile, For, Switch, Case, Default, Break, Continue, Return, Goto,
    Label, Empty,
};

struct Stmt {
    StmtKind kind;
    core::SourceLoc loc;
    explicit Stmt(StmtKind k) : kind(k) {}
    virtual ~Stmt() = default;
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    template <class T> const T& as() const { return static_cast<const T&>(*this); }
    template <class T> T& as() { return static_cast<T&>(*this); }
};

struct CompoundStmt : Stmt {
    std::vector<StmtPtr> body;
    std::uint32_t id = 0; // 1.. over the unit's function bodies (numberExpressions), 0 elsewhere
    CompoundStmt() : Stmt(StmtKind::Compound) {}
};

struct ExprStmt : Stmt {
    ExprPtr expr;
    ExprStmt() : Stmt(StmtKind::Expr) {}
};

// Local declarations of one declaration statement, in order. A variable's initializer (if any) runs here
// each time, except for static locals (initialized once, before main, like globals).
struct DeclStmt : Stmt {
    std::vector<const Variable*> vars;
    DeclStmt() : Stmt(StmtKind::Decl) {}
};

struct IfStmt : Stmt {
    ExprPtr cond;
    StmtPtr thenStmt, elseStmt; // elseStmt may be null
    IfStmt() : Stmt(StmtKind::If) {}
};

struct WhileStmt : Stmt {
    ExprPtr cond;
    StmtPtr body;
    WhileStmt() : Stmt(StmtKind::While) {}
};

struct DoWhileStmt : Stmt {
    StmtPtr body;
    ExprPtr cond;
    DoWhileStmt() : Stmt(StmtKind::DoWhile) {}
};

// for (init; cond; step) body: init is a DeclStmt, an ExprStmt or null; cond and step may be null.
struct ForStmt : Stmt {
    StmtPtr init;
    ExprPtr cond, step;
    StmtPtr body;
    ForStmt() : Stmt(StmtKind::For) {}
};

struct CaseStmt;
struct DefaultStmt;

// switch (cond) body: cond is promoted; control jumps to the case whose value equals it, else to default.
struct SwitchStmt : Stmt {
    ExprPtr cond;
    StmtPtr body;
    std::vector<const CaseStmt*> cases;
    const DefaultStmt* defaultCase = nullptr;
    SwitchStmt() : Stmt(StmtKind::Switch) {}
};

struct CaseStmt : Stmt {
    std::uint64_t value = 0; // converted to the switch condition's type
    StmtPtr body;            // the labelled statement
    CaseStmt() : Stmt(StmtKind::Case) {}
};

struct DefaultStmt : Stmt {
    StmtPtr body;
    DefaultStmt() : Stmt(StmtKind::Default) {}
};

struct BreakStmt : Stmt {
    const Stmt* target = nullptr; // the loop or switch it leaves
    BreakStmt() : Stmt(StmtKind::Break) {}
};

struct ContinueStmt : Stmt {
    const Stmt* target = nullptr; // the loop it continues
    ContinueStmt() : Stmt(StmtKind::Continue) {}
};

struct ReturnStmt : Stmt {
    ExprPtr value; // converted to the return type; null for `return;`
    ReturnStmt() : Stmt(StmtKind::Return) {}
};

struct LabelStmt;

struct GotoStmt : Stmt {
    std::string label;
    const LabelStmt* target = nullptr;
    GotoStmt() : Stmt(StmtKind::Goto) {}
};

struct LabelStmt : Stmt {
    std::string name;
    StmtPtr body;
    LabelStmt() : Stmt(StmtKind::Label) {}
};

struct EmptyStmt : Stmt {
    EmptyStmt() : Stmt(StmtKind::Empty) {}
};

// ---------------------------------------------------------------------------------------------- objects

// One store of an initializer: `value` (already converted to `type`) at byte `offset` of the object, or,
// when value is null, the raw `bytes` (a char array initialized from a string literal, padded with NULs to
// the array's size).
struct InitEntry {
    std::uint64_t offset = 0;
    const Type* type = nullptr;
    ExprPtr value;
    std::string bytes;
};

struct Initializer {
    bool zeroFill = false; // a braced or string initializer: the whole object is zeroed before the entries
    std::vector<InitEntry> entries;
};

enum class Storage : std::uint8_t {
    Global,      // file scope (static or external linkage)
    StaticLocal, // `static` inside a function: lives for the whole run
    Local,       // automatic, in the stack frame
    Parameter,   // automatic, in the callee's frame
};

struct Variable {
    std::string name;        // empty for compound literals
    const Type* type = nullptr;
    core::SourceLoc loc;
    Storage storage = Storage::Local;
    bool isStatic = false;   // internal linkage (file-scope static) or static local
    bool isExtern = false;   // declared `extern` and never defined in this file
    bool hasInit = false;
    bool isLibrary = false;  // declared by a built-in header (stdin, stdout, stderr): provided by the machine
    bool isUsed = false;
    Initializer init;
    const Function* owner = nullptr; // for locals, parameters and static locals
    std::uint32_t id = 0;    // unique in the translation unit

    bool hasStaticStorage() const { return storage == Storage::Global || storage == Storage::StaticLocal; }
};

struct Function {
    std::string name;
    const Type* type = nullptr; // a Function type
    core::SourceLoc loc;
    bool isStatic = false;
    bool isLibrary = false; // declared by a built-in header; without a body the interpreter provides it
    bool isUsed = false;
    std::vector<const Variable*> params;   // in order (definition only)
    std::vector<const Variable*> locals;   // every automatic variable of the body and its compound literals
    std::unique_ptr<CompoundStmt> body;    // null when only declared (a library function, or undefined)
    std::uint32_t id = 0;

    bool isDefined() const { return body != nullptr; }
    const Type* returnType() const { return type->base; }
};

} // namespace memviz::lang
