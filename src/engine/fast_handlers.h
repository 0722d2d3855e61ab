// FastHandlers: the general handlers of the compiled forms (fast_code.h), one per node kind, and what they
// share. Each does what the tree walk's fast path does for its node kind (eval_int.cpp, eval_expr.cpp,
// machine.h) and returns false wherever that path would leave its plain case. Private to fast_eval.cpp.
#pragma once

#include "engine/fast_kinds.h"
#include "engine/machine.h"
#include "engine/value_ops.h"

#include <cstring>

namespace memviz::engine {

// (Included by fast_eval.cpp alone: the names below are for its handlers.)
using core::Address;
using namespace memviz::lang;
using fast::compared;
using fast::forArithmeticKind;
using fast::forComparison;
using fast::forKind;
using fast::forOperator;
using fast::kindSize;

struct FastHandlers {
    // The `size` bytes of computeKind `kind` at `p`, as load()'s fast path with initialized bytes required
    // (plainAccess); a pointer's provenance is looked up when `pointer`.
    [[gnu::always_inline]] static bool loadAt(Machine& m, std::uint64_t size, TypeKind kind, bool pointer,
                                              const FastValue& p, FastValue& out) {
        memory::Segment* segment = m.plainAccess(Value::pointer(p.u, p.prov), size, false, true);
        if (segment == nullptr) return false;
        out.u = decodeKind(kind, segment->bytesAt(p.u));
        out.prov = pointer ? m.loadedProvenance(p.u, out.u) : Provenance{};
        return true;
    }

    // A node's value, with the commonest leaves (a constant, a scalar local) done here instead of by a call.
    [[gnu::always_inline]] static bool child(Machine& m, const FastNode& n, FastValue& out) {
        if (n.run == &constant) {
            out.u = n.imm;
            out.prov = {};
            return true;
        }
        return n.run(m, n, out);
    }

    static bool constant(Machine&, const FastNode& n, FastValue& out) {
        out.u = n.imm;
        out.prov = {};
        return true;
    }
    static bool constantPointer(Machine&, const FastNode& n, FastValue& out) {
        out.u = n.imm;
        out.prov = {n.imm, n.size};
        return true;
    }
    static bool localAddress(Machine& m, const FastNode& n, FastValue& out) {
        out.u = m.m_frameBase - n.imm;
        out.prov = {out.u, n.size};
        return true;
    }
    // (The general handlers the specialized ones fall back to are never inlined into them: a tail call keeps the
    // specialized fast path free of the registers a call needs saved.)
    [[gnu::noinline]] static bool localLoad(Machine& m, const FastNode& n, FastValue& out) {
        // readLocal's check, with initialized bytes required.
        if (!readableShadow(m.m_frameShadow - n.imm, n.size)) return false;
        out.u = decodeKind(n.kind, m.m_frameBytes - n.imm);
        out.prov = n.pointer ? m.loadedProvenance(m.m_frameBase - n.imm, out.u) : Provenance{};
        return true;
    }
    [[gnu::noinline]] static bool memberAddress(Machine& m, const FastNode& n, FastValue& out) {
        if (!child(m, *n.a, out)) return false;
        out.u += n.imm;
        return true;
    }
    [[gnu::noinline]] static bool pointerSum(Machine& m, const FastNode& n, FastValue& out) {
        FastValue index;
        if (!child(m, *n.a, out) || !child(m, *n.b, index)) return false;
        out.u += index.u * n.imm; // imm: the element size, negated for p - n
        return true;
    }
    static bool pointerDifference(Machine& m, const FastNode& n, FastValue& out) {
        FastValue l, r;
        if (!child(m, *n.a, l) || !child(m, *n.b, r)) return false;
        out.u = static_cast<std::uint64_t>(static_cast<std::int64_t>(l.u - r.u) / static_cast<std::int64_t>(n.imm));
        out.prov = {};
        return true;
    }
    // divide of an unsigned value by a power of two (n.imm: its log2, or the mask for %); the result is no wider
    // than the operand, so it needs no normalization.
    static bool shiftDivide(Machine& m, const FastNode& n, FastValue& out) {
        if (!child(m, *n.a, out)) return false;
        out.u >>= n.imm;
        out.prov = {};
        return true;
    }
    static bool maskRemainder(Machine& m, const FastNode& n, FastValue& out) {
        if (!child(m, *n.a, out)) return false;
        out.u &= n.imm;
        out.prov = {};
        return true;
    }
    static bool logicalAnd(Machine& m, const FastNode& n, FastValue& out) {
        if (!child(m, *n.a, out)) return false;
        if (out.u != 0 && !child(m, *n.b, out)) return false;
        out.u = out.u != 0 ? 1 : 0;
        out.prov = {};
        return true;
    }
    static bool logicalOr(Machine& m, const FastNode& n, FastValue& out) {
        if (!child(m, *n.a, out)) return false;
        if (out.u == 0 && !child(m, *n.b, out)) return false;
        out.u = out.u != 0 ? 1 : 0;
        out.prov = {};
        return true;
    }
    static bool negate(Machine& m, const FastNode& n, FastValue& out) {
        if (!child(m, *n.a, out)) return false;
        out.u = normalizeKind(0 - out.u, n.kind);
        return true;
    }
    static bool complement(Machine& m, const FastNode& n, FastValue& out) {
        if (!child(m, *n.a, out)) return false;
        out.u = normalizeKind(~out.u, n.kind);
        return true;
    }
    static bool isZero(Machine& m, const FastNode& n, FastValue& out) {
        if (!child(m, *n.a, out)) return false;
        out.u = out.u == 0 ? 1 : 0;
        out.prov = {};
        return true;
    }
    static bool nonZero(Machine& m, const FastNode& n, FastValue& out) {
        if (!child(m, *n.a, out)) return false;
        out.u = out.u != 0 ? 1 : 0;
        out.prov = {};
        return true;
    }
    static bool normalized(Machine& m, const FastNode& n, FastValue& out) {
        if (!child(m, *n.a, out)) return false;
        out.u = normalizeKind(out.u, n.kind);
        out.prov = {};
        return true;
    }
    static bool bitsOnly(Machine& m, const FastNode& n, FastValue& out) {
        if (!child(m, *n.a, out)) return false;
        out.prov = {};
        return true;
    }

    // Statements: node.a is the target's address, node.b the operand; node.expr the expression.
    static Value asValue(const FastValue& v) { return Value::pointer(v.u, v.prov); }
    // As storeLocal, then store: a local straight to the frame bytes (node.a is its localAddress: the offset).
    [[gnu::always_inline]] static void storeResult(Machine& m, const FastNode& n, const Type* type,
                                                   const FastValue& where, const Value& v) {
        if (n.local != nullptr && m.m_sink == nullptr && m.storeLocalAt(n.a->imm, type, v)) return;
        if (n.segment != nullptr && m.m_sink == nullptr && storeStatic(m, n.segment, where.u, type, v)) return;
        m.store(asValue(where), type, v);
    }
    // store's fast path for a static target in `segment` (target): false (nothing done) where store must decide.
    static bool storeStatic(Machine& m, memory::Segment* segment, Address address, const Type* type, const Value& v) {
        if (!segment->writable || !type->isScalar()) return false;
        if (!storeUniform(segment->bytesAt(address), segment->shadowAt(address), type, v)) return false;
        if (type->kind == TypeKind::Pointer) m.noteStoredPointer(address, v);
        return true;
    }
    [[gnu::noinline]] static bool assign(Machine& m, const FastNode& n, FastValue&) {
        FastValue v, where;
        if (!child(m, *n.b, v) || !child(m, *n.a, where)) return false;
        m.m_loc = n.expr->loc; // gcc places the store at the `=`
        storeResult(m, n, n.expr->as<AssignExpr>().lhs->type, where, asValue(v));
        return true;
    }
    [[gnu::noinline]] static bool compoundAssign(Machine& m, const FastNode& n, FastValue&) {
        const auto& c = n.expr->as<CompoundAssignExpr>();
        const Type* type = c.lhs->type;
        FastValue where, rhs, current;
        if (!child(m, *n.a, where) || !child(m, *n.b, rhs)) return false;
        if (!loadAt(m, type->size, computeKind(type), type->isPointer(), where, current)) return false;
        Value result;
        if (type->isPointer()) {
            std::uint64_t delta = rhs.u * n.size;
            result = Value::pointer(n.op == BinaryOp::PtrAdd ? current.u + delta : current.u - delta, current.prov);
        } else {
            std::uint64_t computed = integerOperation(n.op, n.kind, n.size, normalizeKind(current.u, n.kind), rhs.u);
            result = Value::bits(normalize(normalizeKind(computed, n.kind), type));
        }
        m.m_loc = c.lhs->loc; // gcc places the read and the write at the target
        storeResult(m, n, type, where, result);
        return true;
    }
    // The frame bytes of integer local statement `n` (toLocal) when they hold an initialized value the program may
    // touch (what loadAt and storeLocalAt check for a local), else nullptr. The shadow needs no change on a store.
    [[gnu::always_inline]] static std::uint8_t* localTarget(Machine& m, const FastNode& n, std::uint64_t size) {
        std::uint64_t offset = n.a->imm;
        return readableShadow(m.m_frameShadow - offset, size) ? m.m_frameBytes - offset : nullptr;
    }
    // The low `size` bytes of `bits`, little-endian, at `host`.
    [[gnu::always_inline]] static void writeLow(std::uint8_t* host, std::uint64_t bits, std::uint64_t size) {
        switch (size) {
        case 1: host[0] = static_cast<std::uint8_t>(bits); break;
        case 2: { auto x = static_cast<std::uint16_t>(bits); std::memcpy(host, &x, 2); break; }
        case 4: { auto x = static_cast<std::uint32_t>(bits); std::memcpy(host, &x, 4); break; }
        default: std::memcpy(host, &bits, 8); break;
        }
    }
    static bool compoundAssignLocal(Machine& m, const FastNode& n, FastValue& out) {
        if (m.m_sink != nullptr) return compoundAssign(m, n, out);
        FastValue rhs;
        if (!child(m, *n.b, rhs)) return false;
        std::uint64_t size = n.local->type->size;
        std::uint8_t* bytes = localTarget(m, n, size);
        if (bytes == nullptr) return false;
        std::uint64_t current = normalizeKind(decodeKind(n.targetKind, bytes), n.kind);
        writeLow(bytes, integerOperation(n.op, n.kind, n.size, current, rhs.u), size);
        m.m_loc = n.expr->as<CompoundAssignExpr>().lhs->loc;
        return true;
    }
    [[gnu::noinline]] static bool incDec(Machine& m, const FastNode& n, FastValue&) {
        const auto& e = n.expr->as<IncDecExpr>();
        const Type* type = e.operand->type;
        FastValue where, current;
        if (!child(m, *n.a, where)) return false;
        if (!loadAt(m, type->size, computeKind(type), type->isPointer(), where, current)) return false;
        Value now;
        if (type->isPointer())
            now = Value::pointer(e.isIncrement ? current.u + e.step : current.u - e.step, current.prov);
        else
            now = Value::bits(normalize(e.isIncrement ? current.u + 1 : current.u - 1, type));
        m.m_loc = e.operand->loc;
        storeResult(m, n, type, where, now);
        return true;
    }
    // The call's value stored as initializeDeclared stores it; never gives up (the call has run).
    static bool declareByCall(Machine& m, const FastNode& n, FastValue&) {
        Value value = m.evalCall(n.expr->as<CallExpr>());
        if (!m.storeLocal(n.local, n.local->type, value)) m.store(m.variableObject(n.local), n.local->type, value);
        return true;
    }
};

} // namespace memviz::engine
