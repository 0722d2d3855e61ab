// FastCode: the compiled form of the expressions a machine evaluates most: integer and pointer expressions
// without side effects (constants, variables, loads through pointers and members, integer arithmetic,
// comparisons, pointer sums, casts between integers and pointers), and the statements `lvalue = e`,
// `lvalue op= e` and `lvalue++` built from them, and `T x = e;` (also `T x = f(...);`: the call by the tree walk,
// the declaration around it compiled). Each node's work is chosen once, when it is compiled: the handler, the
// local's offset, the access size, the normalization. The commonest handlers are specialized (fast_kinds.h):
// one instance per kind and operator, and fused nodes for `local op constant`, `p[i]` with p and i locals,
// `p->member` with p a local, so a node's handler decides nothing at run time.
//
// A compiled form only takes the plain case: every load inside its object, of accessible, initialized bytes, no
// division fault. Anything else (an undefined value, a bad pointer, a division by zero) makes it give up before
// it has changed anything, and the tree walk evaluates the same expression again: an expression without side
// effects can be evaluated twice, so the walk's values, errors and their locations stay the reference.
#pragma once

#include "engine/value.h"
#include "lang/ast.h"

#include <cstdint>
#include <deque>
#include <vector>

namespace memviz::engine {

class Machine;
struct FastNode;
}

namespace memviz::memory {
struct Segment;
}

namespace memviz::engine {

// An integer's or a pointer's bits with a pointer's provenance (never undefined: see above). Left unset when
// made: every handler sets what it returns, and the zeroing would cost each node a few stores.
struct FastValue {
    std::uint64_t u;
    union {
        Provenance prov;
    };
    FastValue() {}
};

// What an expression is compiled for: a value (with a pointer's provenance), a branch condition (bits only), a
// statement (`lvalue = e`, `lvalue op= e`, `lvalue++`: stored, the value unused), or the address of an
// assignment's target (an lvalue that is never evaluated for its value, so its one root is free for this use).
enum class FastUse : std::uint8_t { Value, Condition, Statement, Address };

// false: the plain case does not hold; nothing was changed.
using FastHandler = bool (*)(Machine& machine, const FastNode& node, FastValue& out);

struct FastNode {
    FastHandler run = nullptr;
    const FastNode* a = nullptr;
    const FastNode* b = nullptr;
    std::uint64_t imm = 0;  // a constant, a local's offset below the frame base, an address, a member offset, a step
    std::uint64_t size = 0; // bytes loaded or stored; an address's object size; a fused compare's constant
    lang::TypeKind kind = lang::TypeKind::Int; // the type loaded or computed in (its computeKind)
    lang::BinaryOp op = lang::BinaryOp::Add;
    bool pointer = false;   // a load of a pointer whose provenance is looked up
    lang::TypeKind targetKind = lang::TypeKind::Int; // a statement on an integer local: the local's computeKind
    const lang::Expr* expr = nullptr;      // statements: the expression (locations, types)
    const lang::Variable* local = nullptr; // statements: a local target, stored straight to the frame
    memory::Segment* segment = nullptr;    // a global's (static address's) segment: its load or store skips the search
};

// One statement of a block as Machine::execCompound runs it while no goto or switch is seeking: its kind and
// location and the compiled form it starts with, looked up once for the block instead of at every run, so a
// statement costs one load before its handler instead of a chain of them (statement, expression, id, root).
// (An if's branches are not planned with it: run through exec, a branch that is not a block measured faster,
// because execIfBy then stays small.)
struct PlannedStmt {
    const FastNode* root;    // Expr: the statement's compiled form; Decl: the `T x = e;`'s; If: the condition's;
                             // nullptr: none (the tree walk)
    const lang::Stmt* stmt;
    core::SourceLoc loc;     // stmt->loc
    lang::StmtKind kind;     // stmt->kind
};

// The nodes of one machine, each expression's compiled form by Expr::id and each block's plan by
// CompoundStmt::id (compiled on first use).
class FastCode {
public:
    // Room for expressions 1..exprCount and blocks 1..blockCount (every expression and block of the unit has an
    // id up to these); id 0 (outside the numbered bodies) has no compiled form, nor has any expression when
    // `enabled` is false (blocks are still planned: their statements then run by the tree walk).
    void reset(std::uint32_t exprCount, std::uint32_t blockCount, bool enabled) {
        m_declRoots.clear();
        m_roots.assign(exprCount + 1, enabled ? &m_untried : nullptr);
        m_roots[0] = nullptr;
        m_plans.assign(blockCount + 1, nullptr);
        m_planStorage.clear();
    }
    // The plan of `block` (one entry per statement), nullptr before it is made or for block id 0.
    const PlannedStmt* plan(const lang::CompoundStmt& block) const { return m_plans[block.id]; }
    const PlannedStmt* setPlan(const lang::CompoundStmt& block, std::vector<PlannedStmt> plan) {
        if (block.id == 0) return nullptr;
        return m_plans[block.id] = m_planStorage.emplace_back(std::move(plan)).data();
    }
    // The compiled form of `expr`, nullptr when it has none; `untried()` before the first compile.
    const FastNode* root(const lang::Expr* expr) const { return m_roots[expr->id]; }
    const FastNode* untried() const { return &m_untried; }
    void setRoot(const lang::Expr* expr, const FastNode* node) { m_roots[expr->id] = node; }
    // The compiled initialization `T x = e;` of local `var`, by Variable::id, nullptr when it has none.
    const FastNode* declRoot(const lang::Variable* var) const {
        return var->id < m_declRoots.size() ? m_declRoots[var->id] : &m_untried;
    }
    void setDeclRoot(const lang::Variable* var, const FastNode* node) {
        if (var->id >= m_declRoots.size()) m_declRoots.resize(var->id + 1, &m_untried);
        m_declRoots[var->id] = node;
    }
    FastNode* add() { return &m_nodes.emplace_back(); }

private:
    std::vector<const FastNode*> m_roots;
    std::vector<const FastNode*> m_declRoots;
    std::vector<const PlannedStmt*> m_plans;
    std::deque<std::vector<PlannedStmt>> m_planStorage; // a plan's entries stay where they are
    std::deque<FastNode> m_nodes;
    FastNode m_untried;
};

} // namespace memviz::engine
