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

// The nodes of one machine, and each expression's compiled form by Expr::id (compiled on first use).
class FastCode {
public:
    // Room for expressions 1..exprCount (every expression of the unit has an id up to exprCount); id 0 (an
    // expression outside the numbered bodies) has no compiled form, nor has any when `enabled` is false.
    void reset(std::uint32_t exprCount, bool enabled) {
        m_declRoots.clear();
        m_roots.assign(exprCount + 1, enabled ? &m_untried : nullptr);
        m_roots[0] = nullptr;
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
    std::deque<FastNode> m_nodes;
    FastNode m_untried;
};

} // namespace memviz::engine
