// Machine: runs a checked translation unit on the simulated x86-64 machine, one statement per step: an
// AddressSpace with the program image, an alloc::Heap with the chosen policy, the CallStack as plain data,
// and a tree-walking evaluator over the typed AST (a switch per node kind, no allocation per node). Every
// access goes through the address space's checked load/store; faults become sanitizer-named errors.
// Machines share nothing: several may run side by side. run() executes on a worker thread of its own with
// a large stack, so deep simulated recursion cannot overflow the host stack.
#pragma once

#include "alloc/heap.h"
#include "engine/builtin.h"
#include "engine/call_stack.h"
#include "engine/event_sink.h"
#include "engine/fast_code.h"
#include "engine/fast_access.h"
#include "engine/glibc_random.h"
#include "engine/printf_formatter.h"
#include "engine/program_image.h"
#include "engine/run_options.h"
#include "engine/run_result.h"
#include "engine/stored_pointers.h"
#include "engine/value.h"
#include "engine/value_ops.h"
#include "lang/translation_unit.h"
#include "memory/address_space.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace memviz::engine {

class Machine {
public:
    Machine(const lang::TranslationUnit& unit, RunOptions options = {}, EventSink* sink = nullptr);
    ~Machine();
    Machine(const Machine&) = delete;
    Machine& operator=(const Machine&) = delete;

    // Runs the program from main to its end, an error, or the step limit. Call once.
    RunResult run();

    const memory::AddressSpace& space() const { return *m_space; }
    // An execution history's journal of the memory changes made outside the checked writes (call before run).
    void setChangeJournal(memory::ChangeJournal* journal) { m_space->setJournal(journal); }
    const alloc::Heap& heap() const { return *m_heap; }
    const CallStack& callStack() const { return m_stack; }
    const ProgramImage& image() const { return m_image; }
    std::uint64_t steps() const { return m_result.steps; }

private:
    struct Stop {
        RunStatus status;
        int exitCode;
    };
    enum class Flow : std::uint8_t { Normal, Break, Continue, Return, Seek };

    // machine.cpp: set-up, the run, calls and frames, errors, leaks
    void runToEnd();
    void loadProgram();
    void callMain();
    Value callFunction(const lang::Function* function, std::span<const Value> args,
                       std::span<const lang::ExprPtr> argExprs, core::Address returnSlot);
    // callFunction's parameters and variadic extras, stored into the new frame at frameBase (bottom: sp); the
    // rarer kinds of parameter (records, with a sink) and the extras out of line.
    void storeArguments(const lang::Function* function, std::span<const Value> args,
                        std::span<const lang::ExprPtr> argExprs, core::Address frameBase, core::Address sp);
    [[gnu::noinline]] void storeParameter(const lang::Type* type, core::Address address, const Value& value);
    [[gnu::noinline]] void storeVariadicExtras(const lang::Function* function, std::span<const Value> args,
                                               std::span<const lang::ExprPtr> argExprs, core::Address sp);
    void step(core::SourceLoc loc); // inline, below the class
    // step's rare checks, due at step m_stepCheckAt: the step limit, and every 4096 steps the cancel flag.
    [[gnu::noinline]] void checkStepBudget();
    // step with checkStepBudget first and the sink told after: every step when a sink listens, else the steps
    // at m_stepCheckAt.
    [[gnu::noinline]] void checkedStep(core::SourceLoc loc);
    // Reports a call that does not fit on the simulated stack (or recursion too deep for the host) and stops.
    [[noreturn, gnu::noinline]] void stackOverflow(const lang::Function* function, std::uint64_t frameBytes,
                                                   bool hostTooDeep);
    [[noreturn]] void stop(RunStatus status, int exitCode);
    void reportError(ErrorKind kind, std::string message, bool fatal = false);
    void collectLeaks();
    // Counts and reports a heap operation; returns the new block's pointer (null when none). The heap call
    // before it tags a new block with the line of the call (m_loc.line): the line a leak is reported at. It must
    // come right after that call: the new block's id and size are the heap's lastReturned().
    Value noteHeapOp(HeapEventKind kind, std::uint64_t oldId, core::Address oldPayload, core::Address payload,
                     std::uint64_t requested);
    void emitOutput(OutputStream stream, std::string_view text);

    // memory_access.cpp: checked access through the address space, provenance
    // `noAccess` (when given) is set when some byte is not the program's to touch (a heap header or padding, a
    // freed block, a return-address slot, stack below the frames): valgrind's "invalid" access.
    bool checkAccess(const Value& pointer, std::uint64_t size, bool write, bool requireInit, bool* noAccess = nullptr);
    // The fast path (inline, below the class): the segment when [pointer, pointer + size) (size > 0) needs no
    // report at all (a defined pointer inside its object, every shadow byte alike and accessible, writable for a
    // write, initialized when asked), else nullptr and the caller takes the checked path, which explains why.
    memory::Segment* plainAccess(const Value& pointer, std::uint64_t size, bool write, bool requireInit);
    Value load(const Value& pointer, const lang::Type* type); // inline fast path, then loadChecked
    Value loadChecked(const Value& pointer, const lang::Type* type);
    IntValue loadInt(const Value& pointer, const lang::Type* type); // load of an integer type, inline
    // The provenance of pointer bits loaded from `storage`: as stored there, else recomputed from the address.
    Provenance loadedProvenance(core::Address storage, std::uint64_t bits) const;
    void store(const Value& pointer, const lang::Type* type, const Value& value); // inline fast path
    void storeChecked(const Value& pointer, const lang::Type* type, const Value& value);
    void noteStoredPointer(core::Address storage, const Value& value) {
        if (value.prov.known())
            m_storedPointers.put(storage, value.u, value.prov);
        else
            m_storedPointers.erase(storage);
    }
    void readBytes(const Value& pointer, std::uint8_t* out, std::uint64_t size, bool requireInit);
    // Writes `in`; the bytes' shadow becomes initialized, or uninitialized when !defined (an undefined value
    // copied into memory stays undefined there).
    void writeBytes(const Value& pointer, const std::uint8_t* in, std::uint64_t size, bool defined = true);
    void copyObject(const Value& target, const Value& source, std::uint64_t size);
    Provenance provenanceOf(core::Address address) const;
    std::string readString(const Value& pointer, std::uint64_t limit = 1u << 20);
    // A use of `value` (a branch, an address, a library argument, the exit status): undefined is an
    // uninitialized-read at the current location, as valgrind's memcheck reports it.
    void checkDefined(const Value& value, std::string_view what);
    // keep-going: a program write that hits heap headers or bookkeeping bytes (their old words are kept);
    // before the next heap operation the heap is checked against them and stops, as glibc aborts, if changed.
    void noteHeapDamage(core::Address address, std::uint64_t size);
    void checkHeapIntact(std::string_view operation, core::Address payload) {
        if (!m_heapDamage.empty()) checkHeapDamage(operation, payload); // nearly always empty: inline
    }
    [[gnu::noinline]] void checkHeapDamage(std::string_view operation, core::Address payload);

    // eval_expr.cpp: expressions
    Value eval(const lang::Expr* expr);
    Value evalAddress(const lang::Expr* expr);
    // Evaluates `expr`; when it is a load of an object (a variable, *p, a[i], s.m, p->m), the access is
    // located at `accessLoc` (gcc's convention: the whole right-hand side of `=` faults at the `=`, an
    // argument at the call, an initializer at the declarator).
    [[gnu::noinline]] Value evalOperand(const lang::Expr* expr, core::SourceLoc accessLoc);
    // eval's cases (never inlined into it: see eval)
    [[gnu::noinline]] Value evalUnary(const lang::UnaryExpr& expr);
    [[gnu::noinline]] Value evalBinary(const lang::BinaryExpr& expr);
    [[gnu::noinline]] Value evalAssign(const lang::AssignExpr& expr);
    [[gnu::noinline]] Value evalCompoundAssign(const lang::CompoundAssignExpr& expr);
    [[gnu::noinline]] Value evalConditional(const lang::ConditionalExpr& expr);
    [[gnu::noinline]] Value evalIncDec(const lang::IncDecExpr& expr);
    [[gnu::noinline]] Value evalCall(const lang::CallExpr& expr);
    // evalCall's callee when called through a pointer: the function pointed to (an error if none).
    [[gnu::noinline]] const lang::Function* calledFunction(const lang::CallExpr& expr);
    // The hidden slot in the running frame for the record `call` returns (0 when none).
    core::Address recordReturnSlot(const lang::CallExpr& call) const;
    // evalCall of a library function: its builtin, with the arguments checked first when `undefinedArg` (one
    // of them is undefined).
    Value callLibrary(const lang::Function* function, std::span<const Value> args, bool undefinedArg,
                      const lang::CallExpr& call);
    [[gnu::noinline]] Value evalCast(const lang::CastExpr& expr);
    // p + n, p - n (PtrAdd, PtrSub), also where a[i] is *(a + i).
    Value evalPointerSum(const lang::BinaryExpr& expr);
    // eval of a pointer operand of * (or of +), with a variable or a pointer sum (a[i]) evaluated directly
    // (inline, below the class).
    Value evalPointer(const lang::Expr* expr);
    Value arithmetic(lang::BinaryOp op, const lang::Type* type, const Value& lhs, const Value& rhs);
    // eval_int.cpp: the integer paths: an integer-typed expression evaluated to bits and definedness only (see
    // IntValue), and conditions.
    // A branch's condition: its compiled form inline, else the tree walk (evalConditionWalk).
    bool evalCondition(const lang::Expr* expr) { return conditionHolds(fastRoot(expr, FastUse::Condition), expr); }
    // Condition `expr` by its compiled form `root` (looked up before: see fastRoot), else by the tree walk.
    bool conditionHolds(const FastNode* root, const lang::Expr* expr) {
        FastValue v;
        if (root != nullptr && root->run(*this, *root, v)) return v.u != 0;
        return evalConditionWalk(expr);
    }
    [[gnu::noinline]] bool evalConditionWalk(const lang::Expr* expr);
    IntValue evalInt(const lang::Expr* expr);
    IntValue evalIntOperand(const lang::Expr* expr); // inline, below the class
    [[gnu::noinline]] IntValue evalIntOther(const lang::Expr* expr);
    [[gnu::noinline]] IntValue evalIntDeref(const lang::UnaryExpr& expr);
    [[gnu::noinline]] IntValue evalIntBinary(const lang::BinaryExpr& expr);
    IntValue integerArithmetic(lang::BinaryOp op, const lang::Type* type, IntValue lhs, IntValue rhs); // inline
    // A scalar local of the running frame read straight from the cached frame bytes (inline, below the class).
    bool readLocal(const lang::Variable* variable, const lang::Type* type, IntValue& out);
    // store() of a scalar to a local of the running frame, straight to the cached frame bytes, when no sink
    // listens and the store needs no report; false (nothing done) otherwise: the caller takes store().
    bool storeLocal(const lang::Variable* variable, const lang::Type* type, const Value& value);
    // storeLocal's store (no sink; a scalar of 1..8 bytes) at frameBase - offset.
    bool storeLocalAt(std::uint64_t offset, const lang::Type* type, const Value& value);
    // integerArithmetic's division and remainder, with the divide error's reports (out of its hot path).
    [[gnu::noinline]] std::uint64_t integerDivision(lang::BinaryOp op, const lang::Type* type, std::uint64_t a,
                                                    std::uint64_t b);
    // Caches the host bytes and shadow at the running frame's base, for readLocal (after a push; the pop puts
    // the caller's back).
    void enterTopFrame() {
        memory::Segment& stack = m_space->segmentStorage(memory::SegmentKind::Stack);
        m_frameBase = m_stack.top().frameBase;
        m_frameBytes = stack.bytesAt(m_frameBase);
        m_frameShadow = stack.shadowAt(m_frameBase);
        m_frameSlots = m_stack.top().layout->pointerLocals
                           ? m_storedPointers.directRange(m_stack.top().stackPointer, m_frameBase)
                           : nullptr;
    }
    core::Address variableAddress(const lang::Variable* variable) const {
        if (variable->hasStaticStorage()) return m_image.staticAddress(variable);
        return m_stack.top().frameBase - m_image.localOffset(variable);
    }
    // evalAddress of a variable: a pointer to it with its own provenance.
    Value variableObject(const lang::Variable* variable) const {
        core::Address a = variableAddress(variable);
        return Value::pointer(a, {a, objectSize(variable->type)});
    }
    // load(object, type) of variable `variable` (object: its variableObject), a local read from the frame bytes.
    Value loadVariable(const lang::Variable* variable, const Value& object, const lang::Type* type);

    // fast_eval.cpp: the compiled forms of fast_code.h. fastRoot compiles on first use, for the one use the
    // expression has; nullptr when it has no compiled form.
    friend struct FastOps;
    friend struct FastHandlers;    // fast_handlers.h
    friend struct FastSpecialized; // fast_specialized.h
    const FastNode* fastRoot(const lang::Expr* expr, FastUse use) {
        const FastNode* root = m_fast.root(expr);
        return root != m_fast.untried() ? root : compileFast(expr, use);
    }
    [[gnu::noinline]] const FastNode* compileFast(const lang::Expr* expr, FastUse use);
    // The compiled `T x = e;` of local `var` (see FastCode::declRoot), compiled on first use.
    const FastNode* fastDeclRoot(const lang::Variable* var) {
        const FastNode* root = m_fast.declRoot(var);
        return root != m_fast.untried() ? root : compileFastDecl(var);
    }
    [[gnu::noinline]] const FastNode* compileFastDecl(const lang::Variable* var);
    // The compiled form's value of `expr` in `out`; false (out untouched) when the tree walk must evaluate it.
    bool fastValue(const lang::Expr* expr, Value& out) { return fastPointer(expr, FastUse::Value, out); }
    // The address of assignment target `lhs` (with its provenance) in its compiled form; false (out untouched)
    // when the tree walk must find it.
    bool fastAddress(const lang::Expr* lhs, Value& out) { return fastPointer(lhs, FastUse::Address, out); }
    // fastValue and fastAddress: the compiled form's bits and provenance as a Value.
    bool fastPointer(const lang::Expr* expr, FastUse use, Value& out) {
        const FastNode* root = fastRoot(expr, use);
        FastValue v;
        if (root == nullptr || !root->run(*this, *root, v)) return false;
        out = Value::pointer(v.u, v.prov);
        return true;
    }

    // exec_stmt.cpp: statements, initializers
    Flow exec(const lang::Stmt* stmt);
    // exec of a nested statement, with the commonest kinds dispatched here (one call less than through exec).
    Flow execNested(const lang::Stmt* stmt) {
        if (stmt != nullptr) {
            switch (stmt->kind) {
            case lang::StmtKind::Compound: return execCompound(stmt->as<lang::CompoundStmt>());
            case lang::StmtKind::Expr: execExpression(stmt); return Flow::Normal;
            case lang::StmtKind::If: return execIf(stmt->as<lang::IfStmt>());
            case lang::StmtKind::Decl: return execDecl(stmt->as<lang::DeclStmt>());
            default: break;
            }
        }
        return exec(stmt);
    }
    // An expression statement: its step, then its compiled form or the tree walk.
    void execExpression(const lang::Stmt* stmt) {
        const lang::Expr* expr = stmt->as<lang::ExprStmt>().expr.get();
        runExpression(fastRoot(expr, FastUse::Statement), stmt->loc, expr);
    }
    // The step at `loc`, then statement expression `expr` by its compiled form `root` (looked up before: see
    // fastRoot), else by the tree walk. Also a for loop's step.
    [[gnu::always_inline]] void runExpression(const FastNode* root, core::SourceLoc loc, const lang::Expr* expr) {
        step(loc);
        FastValue unused;
        if (root == nullptr || !root->run(*this, *root, unused)) eval(expr);
    }
    // `T x = e;` by its compiled form `root` (see fastDeclRoot), its step first; the walk initializes when the
    // compiled form gives up. Only while nothing listens: a sink hears of the declaration first.
    [[gnu::always_inline]] Flow runDeclaration(const FastNode* root, const lang::DeclStmt& stmt) {
        step(stmt.loc);
        FastValue unused;
        if (root->run(*this, *root, unused)) return Flow::Normal;
        return initializeDeclared(stmt);
    }
    // exec's cases (never inlined into it: see exec)
    // A block: by its plan (see PlannedStmt) while nothing seeks, else (and from where a seek lands) by
    // execCompoundWalk, statement by statement from the tree.
    [[gnu::noinline]] Flow execCompound(const lang::CompoundStmt& stmt);
    [[gnu::noinline]] Flow execCompoundWalk(const lang::CompoundStmt& stmt);
    const PlannedStmt* blockPlan(const lang::CompoundStmt& block) {
        const PlannedStmt* plan = m_fast.plan(block);
        return plan != nullptr ? plan : planBlock(block);
    }
    [[gnu::noinline]] const PlannedStmt* planBlock(const lang::CompoundStmt& block);
    PlannedStmt planStatement(const lang::Stmt* stmt);
    // A planned statement, while nothing seeks: as exec, with the compiled form at hand.
    Flow execPlanned(const PlannedStmt& planned); // inline, below the class
    // execIf without the seek, with its condition's compiled form `condition` at hand (see fastRoot); runIf
    // is its body, inlined into execIf too.
    [[gnu::noinline]] Flow execIfBy(const FastNode* condition, const lang::IfStmt& stmt);
    [[gnu::always_inline]] Flow runIf(const FastNode* condition, const lang::IfStmt& i) {
        step(i.loc);
        const lang::Stmt* taken = conditionHolds(condition, i.cond.get()) ? i.thenStmt.get() : i.elseStmt.get();
        if (taken != nullptr && taken->kind == lang::StmtKind::Compound)
            return execCompound(taken->as<lang::CompoundStmt>());
        return exec(taken);
    }
    [[gnu::noinline]] Flow execDecl(const lang::DeclStmt& stmt);
    Flow initializeDeclared(const lang::DeclStmt& stmt); // execDecl after its step: each variable's initializer
    [[gnu::noinline]] Flow execIf(const lang::IfStmt& stmt);
    [[gnu::noinline]] Flow execReturn(const lang::ReturnStmt& stmt);
    [[gnu::noinline]] Flow execFor(const lang::ForStmt& stmt);
    [[gnu::noinline]] Flow execWhile(const lang::WhileStmt& stmt);
    [[gnu::noinline]] Flow execDoWhile(const lang::DoWhileStmt& stmt);
    [[gnu::noinline]] Flow execSwitch(const lang::SwitchStmt& stmt);
    bool seekingInto(const lang::Stmt* stmt) const;
    void initialize(const Value& object, const lang::Type* type, const lang::Initializer& init,
                    core::SourceLoc declarator = {});

    // library_calls.cpp, string_calls.cpp, stdio_calls.cpp: the C library
    // The reports before a library call: an unknown function (fatal), undefined arguments.
    [[gnu::noinline]] void checkLibraryCall(Builtin builtin, const lang::Function* function,
                                            std::span<const Value> args);
    // malloc, calloc, realloc, free, memset (their errors reported out of line, off the hot path).
    Value heapMalloc(std::uint64_t size);
    Value heapCalloc(std::uint64_t count, std::uint64_t size);
    Value heapRealloc(core::Address old, std::uint64_t size);
    Value heapFree(core::Address payload);
    Value memsetCall(const Value& target, std::uint64_t byte, std::uint64_t size);
    [[gnu::noinline]] void reportBadRealloc(core::Address old);
    [[gnu::noinline]] void reportBadFree(alloc::FreeStatus status, core::Address payload);
    [[gnu::noinline]] Value callBuiltin(Builtin builtin, const lang::Function* function,
                                        std::span<const Value> args, const lang::CallExpr& call);
    Value callStdlib(Builtin builtin, std::span<const Value> args, const lang::CallExpr& call);
    Value callString(Builtin builtin, std::span<const Value> args);
    Value callMath(Builtin builtin, std::span<const Value> args);
    Value callStdio(Builtin builtin, std::span<const Value> args, const lang::CallExpr& call);
    // stdio_calls.cpp: the printf family through formatPrintfFull over a call's variadic arguments (or a
    // va_list); scan_input.cpp: the scanf family through scanFormat, storing through the checked access.
    struct VarArgs {
        std::span<const Value> values;        // the arguments after the format (direct calls)
        std::span<const lang::ExprPtr> exprs; // their expressions: which of them travel as doubles
        core::Address list = 0;               // nonzero: a va_list cursor over 8-byte slots instead
    };
    FormatResult formatCall(const Value& format, const VarArgs& args);
    void finishFormat(std::string_view function, const FormatResult& result);
    int scanCall(std::string_view function, const Value& format, std::span<const Value> targets,
                 std::string_view input, std::size_t& position);
    friend class CallArgSource;
    friend class CallScanSink;
    void checkSize(std::uint64_t size) { // a size no object has (a negative one cast to size_t): fatal
        if (size > (std::uint64_t{1} << 28)) reportSizeBeyondObjects(size);
    }
    [[noreturn, gnu::noinline]] void reportSizeBeyondObjects(std::uint64_t size);
    void qsort(const Value& base, std::uint64_t count, std::uint64_t size, const Value& compare);
    int compareCallback(const lang::Function* function, const Value& a, const Value& b);
    std::uint64_t stringLength(const Value& pointer);
    Value heapPointer(core::Address payload) const;

    const lang::TranslationUnit& m_unit;
    RunOptions m_options;
    EventSink* m_sink;
    ProgramImage m_image;
    std::unique_ptr<memory::AddressSpace> m_space;
    std::unique_ptr<alloc::Heap> m_heap;
    CallStack m_stack;
    RunResult m_result;
    std::vector<Builtin> m_builtins; // by Function::id

    core::SourceLoc m_loc;                  // where the machine is (for errors)
    const lang::Stmt* m_seekTarget = nullptr; // goto / switch: the statement control jumps to
    Value m_returnValue;
    std::vector<Value> m_argStack;          // argument values of calls in progress
    std::uint64_t m_nextFrameId = 1;
    std::uint64_t m_stepCheckAt = 0;       // the step at which step calls checkedStep next (0 with a sink)
    core::Address m_frameBase = 0;         // the running frame's base (enterTopFrame)
    std::uint8_t* m_frameBytes = nullptr;  // host bytes at the running frame's base (enterTopFrame)
    std::uint8_t* m_frameShadow = nullptr; // and its shadow
    // The direct stored-pointer slot at the running frame's base when every 8-byte slot of the frame has one (the
    // slot of frameBase - offset is m_frameSlots[-offset / 8]), else nullptr.
    StoredPointers::DirectEntry* m_frameSlots = nullptr;
    core::Address m_initialStackPointer = 0;
    std::uintptr_t m_hostStackBase = 0;
    StoredPointers m_storedPointers;
    FastCode m_fast;
    std::map<core::Address, std::uint64_t> m_heapDamage; // keep-going: overwritten heap words -> old value
    std::uint32_t m_heapDamageLine = 0;                  // the line of the first such write
    std::unordered_map<std::uint64_t, bool> m_reportedSites;            // keep-going: (kind, line) seen
    std::vector<std::uint8_t> m_scratch, m_scratchShadow;               // old bytes for write events
    std::vector<std::uint8_t> m_copyBytes, m_copyShadow;                // copyObject's source copy, memset's bytes
    std::size_t m_stdinPosition = 0;
    GlibcRandom m_random;
    Value m_strtokNext;                      // strtok: where the next call with NULL goes on (null: done)
    core::Address m_errnoAddress = 0;
    bool m_ran = false;
};

inline void Machine::step(core::SourceLoc loc) {
    if (m_result.steps >= m_stepCheckAt) {
        checkedStep(loc);
        return;
    }
    ++m_result.steps;
    m_result.lastLine = loc.line;
    m_loc = loc;
    m_stack.setLine(loc.line);
}

[[gnu::always_inline]] inline Machine::Flow Machine::execPlanned(const PlannedStmt& p) {
    // Tests in order of frequency (cheaper than a switch's jump table for the first two).
    if (p.kind == lang::StmtKind::Expr) { // the commonest statement: as execExpression
        runExpression(p.root, p.loc, p.stmt->as<lang::ExprStmt>().expr.get());
        return Flow::Normal;
    }
    if (p.kind == lang::StmtKind::If) return execIfBy(p.root, p.stmt->as<lang::IfStmt>());
    if (p.kind == lang::StmtKind::Decl) { // as execDecl
        if (p.root != nullptr && m_sink == nullptr) return runDeclaration(p.root, p.stmt->as<lang::DeclStmt>());
        return execDecl(p.stmt->as<lang::DeclStmt>());
    }
    if (p.kind == lang::StmtKind::Return) return execReturn(p.stmt->as<lang::ReturnStmt>());
    if (p.kind == lang::StmtKind::Compound) return execCompound(p.stmt->as<lang::CompoundStmt>());
    return exec(p.stmt);
}

[[gnu::always_inline]] inline memory::Segment* Machine::plainAccess(const Value& pointer, std::uint64_t size,
                                                                    bool write, bool requireInit) {
    if (pointer.undef || (pointer.prov.known() && !pointer.prov.covers(pointer.u, size))) return nullptr;
    memory::Segment* segment = m_space->segmentFor(pointer.u, size);
    if (segment == nullptr || (write && !segment->writable)) return nullptr;
    int shadow = uniformShadow(segment->shadowAt(pointer.u), size);
    if (shadow < 0 || !isAccessibleShadow(static_cast<std::uint8_t>(shadow))) return nullptr;
    if (requireInit && !memory::isInitialized(static_cast<std::uint8_t>(shadow))) return nullptr;
    return segment;
}

inline Value Machine::load(const Value& pointer, const lang::Type* type) {
    std::uint64_t size = type->size;
    if (size - 1 >= 8 || !type->isScalar()) return loadChecked(pointer, type);
    memory::Segment* segment = plainAccess(pointer, size, false, false);
    if (segment == nullptr) return loadChecked(pointer, type);
    Value v = decodeScalar(type, segment->bytesAt(pointer.u));
    v.undef = !memory::isInitialized(*segment->shadowAt(pointer.u));
    if (type->kind == lang::TypeKind::Pointer) v.prov = loadedProvenance(pointer.u, v.u);
    return v;
}

inline IntValue Machine::loadInt(const Value& pointer, const lang::Type* type) {
    std::uint64_t size = type->size;
    if (size - 1 < 8) {
        if (memory::Segment* segment = plainAccess(pointer, size, false, false)) {
            bool undef = !memory::isInitialized(*segment->shadowAt(pointer.u));
            return {decodeBits(type, segment->bytesAt(pointer.u)), undef};
        }
    }
    Value v = loadChecked(pointer, type);
    return {v.u, v.undef};
}

// Without a sink to tell of the old bytes, a scalar store that needs no report is a copy and one shadow memset.
inline void Machine::store(const Value& pointer, const lang::Type* type, const Value& value) {
    std::uint64_t size = type->size;
    memory::Segment* segment = nullptr;
    if (m_sink == nullptr && size - 1 < 8 && type->isScalar()) segment = plainAccess(pointer, size, true, false);
    if (segment == nullptr) return storeChecked(pointer, type, value);
    encodeScalar(type, value, segment->bytesAt(pointer.u));
    std::uint8_t* shadow = segment->shadowAt(pointer.u);
    std::uint8_t marked = value.undef ? shadow[0] & ~memory::kInitializedBit : shadow[0] | memory::kInitializedBit;
    fillShadow(shadow, marked, size);
    if (type->kind == lang::TypeKind::Pointer) noteStoredPointer(pointer.u, value);
}

// A local of the running frame is on mapped stack and the read stays inside its own object: only its shadow
// can refuse the read (then false, and the checked path explains).
inline bool Machine::readLocal(const lang::Variable* v, const lang::Type* type, IntValue& out) {
    std::uint64_t size = type->size;
    if (v->hasStaticStorage() || size - 1 >= 8) return false;
    std::uint64_t offset = m_image.localOffset(v); // the variable is at frameBase - offset
    int shadow = uniformShadow(m_frameShadow - offset, size);
    if (shadow < 0 || !isAccessibleShadow(static_cast<std::uint8_t>(shadow))) return false;
    out = {decodeBits(type, m_frameBytes - offset), !memory::isInitialized(static_cast<std::uint8_t>(shadow))};
    return true;
}

// As store's fast path: a local is inside its own object on the writable stack, so only its shadow can
// refuse (then the checked path explains).
inline bool Machine::storeLocal(const lang::Variable* v, const lang::Type* type, const Value& value) {
    std::uint64_t size = type->size;
    if (m_sink != nullptr || v->hasStaticStorage() || size - 1 >= 8 || !type->isScalar()) return false;
    return storeLocalAt(m_image.localOffset(v), type, value);
}

[[gnu::always_inline]] inline bool Machine::storeLocalAt(std::uint64_t offset, const lang::Type* type, const Value& value) {
    if (!storeUniform(m_frameBytes - offset, m_frameShadow - offset, type, value)) return false;
    if (type->kind == lang::TypeKind::Pointer) noteStoredPointer(m_frameBase - offset, value);
    return true;
}

inline Value Machine::loadVariable(const lang::Variable* v, const Value& object, const lang::Type* type) {
    IntValue local;
    if (type->isScalar() && readLocal(v, type, local)) {
        Value r = Value::bits(local.u);
        r.undef = local.undef;
        if (type->kind == lang::TypeKind::Pointer) r.prov = loadedProvenance(object.u, r.u);
        return r;
    }
    return load(object, type);
}

inline Value Machine::evalPointer(const lang::Expr* e) {
    if (e->kind == lang::ExprKind::VarRef) return evalOperand(e, e->loc); // as eval does
    if (e->kind == lang::ExprKind::Binary) {
        const auto& b = e->as<lang::BinaryExpr>();
        if (b.op == lang::BinaryOp::PtrAdd || b.op == lang::BinaryOp::PtrSub) return evalPointerSum(b);
    }
    return eval(e);
}

inline IntValue Machine::integerArithmetic(lang::BinaryOp op, const lang::Type* type, IntValue l, IntValue r) {
    lang::TypeKind kind = computeKind(type);
    std::uint64_t result = op == lang::BinaryOp::Div || op == lang::BinaryOp::Rem
                               ? integerDivision(op, type, l.u, r.u)
                               : integerOperation(op, kind, type->size, l.u, r.u);
    return {normalizeKind(result, kind), l.undef || r.undef};
}

// evalInt with the leaves it meets most (constants, scalar locals) handled here, without a call.
inline IntValue Machine::evalIntOperand(const lang::Expr* e) {
    if (e->kind == lang::ExprKind::IntConst) return {e->as<lang::IntConstExpr>().value, false};
    if (e->kind == lang::ExprKind::VarRef) {
        IntValue local;
        m_loc = e->loc;
        if (readLocal(e->as<lang::VarRefExpr>().var, e->type, local)) return local;
    }
    return evalInt(e);
}

} // namespace memviz::engine
