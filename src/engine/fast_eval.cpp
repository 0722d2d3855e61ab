// Machine: the compiled forms of fast_code.h: FastOps compiles an expression into FastNodes and holds their
// handlers. Each handler does what the tree walk's fast path does for its node kind (eval_int.cpp,
// eval_expr.cpp, machine.h) and returns false wherever that path would leave its plain case.
#include "engine/machine.h"

#include "engine/fast_kinds.h"
#include "engine/value_ops.h"

#include <cstring>

namespace memviz::engine {

using core::Address;
using namespace memviz::lang;
using fast::compared;
using fast::forArithmeticKind;
using fast::forComparison;
using fast::forKind;
using fast::forOperator;
using fast::kindSize;

struct FastOps {
    // ------------------------------------------------------------------------------------------ compiling
    Machine& m;
    FastCode& code;

    FastNode* node(FastHandler run, const FastNode* a = nullptr, const FastNode* b = nullptr) {
        FastNode* n = code.add();
        n->run = run;
        n->a = a;
        n->b = b;
        return n;
    }

    static bool loadable(const Type* type) { return isBitsType(type) && type->size >= 1 && type->size <= 8; }

    // The value of an integer- or pointer-typed expression without side effects; nullptr when it has no form.
    // Without `provenance` a pointer's bits are enough (a comparison, a condition): no provenance is looked up.
    const FastNode* value(const Expr* e, bool provenance = true) {
        if (!isBitsType(e->type)) return nullptr;
        switch (e->kind) {
        case ExprKind::IntConst: {
            FastNode* n = node(&constant);
            n->imm = e->as<IntConstExpr>().value;
            return n;
        }
        case ExprKind::VarRef: {
            const Variable* v = e->as<VarRefExpr>().var;
            if (!loadable(e->type)) return nullptr;
            if (!v->hasStaticStorage()) {
                FastNode* n = node(&localLoad);
                n->imm = m.m_image.localOffset(v);
                describeLoad(n, e->type, provenance);
                specialize(n, localLoadFor(n->kind, n->pointer));
                return n;
            }
            return load(address(e), e->type, provenance);
        }
        case ExprKind::Member: return load(address(e), e->type, provenance);
        case ExprKind::Unary: return unary(e->as<UnaryExpr>(), provenance);
        case ExprKind::Binary: return binary(e->as<BinaryExpr>(), provenance);
        case ExprKind::Cast: return cast(e->as<CastExpr>(), provenance);
        default: return nullptr;
        }
    }

    const FastNode* unary(const UnaryExpr& u, bool provenance) {
        switch (u.op) {
        case UnaryOp::Deref:
            if (u.type->isFunction() || !u.operand->type->isPointer()) return nullptr;
            return load(value(u.operand.get()), u.type, provenance);
        case UnaryOp::Plus: return value(u.operand.get(), provenance);
        case UnaryOp::Neg:
        case UnaryOp::BitNot: {
            if (!u.operand->type->isInteger()) return nullptr;
            const FastNode* operand = value(u.operand.get());
            if (operand == nullptr) return nullptr;
            FastNode* n = node(u.op == UnaryOp::Neg ? &negate : &complement, operand);
            n->kind = computeKind(u.type);
            return n;
        }
        case UnaryOp::LogNot: {
            const FastNode* operand = value(u.operand.get(), false);
            return operand == nullptr ? nullptr : node(&isZero, operand);
        }
        case UnaryOp::AddrOf:
            if (u.operand->kind == ExprKind::FuncRef) return nullptr;
            return address(u.operand.get());
        }
        return nullptr;
    }

    const FastNode* binary(const BinaryExpr& b, bool provenance) {
        if (isIntegerBinary(b)) { // integers and comparisons: only bits
            const FastNode* l = value(b.lhs.get(), false);
            const FastNode* r = l == nullptr ? nullptr : value(b.rhs.get(), false);
            if (r == nullptr) return nullptr;
            if (b.op >= BinaryOp::Lt) { // Lt .. Ne
                if (FastNode* fused = compareLocal(b.op, isSignedInteger(b.lhs->type), l, r)) return fused;
                FastNode* n = node(&compare, l, r);
                n->op = b.op;
                n->pointer = isSignedInteger(b.lhs->type);
                specialize(n, compareFor(n->op, n->pointer));
                return n;
            }
            bool division = b.op == BinaryOp::Div || b.op == BinaryOp::Rem;
            FastNode* n = node(division ? &divide : &arithmetic, l, r);
            n->op = b.op;
            n->kind = computeKind(b.type);
            n->size = b.type->size;
            specialize(n, division ? divideFor(n->op, n->kind) : arithmeticFor(n->op, n->kind));
            if (division && !isSignedKind(n->kind) && r->run == &constant && r->imm != 0 &&
                (r->imm & (r->imm - 1)) == 0 && normalizeKind(r->imm, n->kind) == r->imm) {
                // An unsigned x / 2^k or x % 2^k (a table's index, a halving) as a shift or a mask: no divide.
                n->run = n->op == BinaryOp::Div ? &shiftDivide : &maskRemainder;
                n->imm = n->op == BinaryOp::Div ? static_cast<std::uint64_t>(__builtin_ctzll(r->imm)) : r->imm - 1;
            }
            return n;
        }
        switch (b.op) {
        case BinaryOp::LogAnd:
        case BinaryOp::LogOr: {
            const FastNode* l = value(b.lhs.get(), false);
            const FastNode* r = l == nullptr ? nullptr : value(b.rhs.get(), false);
            if (r == nullptr) return nullptr;
            return node(b.op == BinaryOp::LogAnd ? &logicalAnd : &logicalOr, l, r);
        }
        case BinaryOp::PtrAdd:
        case BinaryOp::PtrSub: {
            const Expr* base = b.lhs.get();
            const FastNode* p = nullptr;
            if (base->kind == ExprKind::Cast && base->as<CastExpr>().castKind == CastKind::ArrayToPointer &&
                base->as<CastExpr>().operand->kind == ExprKind::VarRef)
                p = address(base->as<CastExpr>().operand.get());
            else
                p = value(base, provenance);
            const FastNode* index = p == nullptr || !b.rhs->type->isInteger() ? nullptr : value(b.rhs.get(), false);
            if (index == nullptr) return nullptr;
            FastNode* n = node(&pointerSum, p, index);
            n->imm = b.op == BinaryOp::PtrAdd ? b.elementSize : 0 - b.elementSize;
            specialize(n, indexedFor(p, index));
            return n;
        }
        case BinaryOp::PtrDiff: {
            const FastNode* l = value(b.lhs.get(), false);
            const FastNode* r = l == nullptr ? nullptr : value(b.rhs.get(), false);
            if (r == nullptr) return nullptr;
            FastNode* n = node(&pointerDifference, l, r);
            n->imm = std::max<std::uint64_t>(b.elementSize, 1);
            return n;
        }
        default: return nullptr;
        }
    }

    const FastNode* cast(const CastExpr& c, bool provenance) {
        const Expr* operand = c.operand.get();
        switch (c.castKind) {
        case CastKind::NoOp:
        case CastKind::BitCast: return value(operand, provenance);
        case CastKind::ArrayToPointer: return address(operand);
        case CastKind::IntegralCast:
        case CastKind::PointerToIntegral: {
            if (!isBitsType(operand->type)) return nullptr;
            const FastNode* v = value(operand, false);
            if (v == nullptr) return nullptr;
            // Every integer value here is normalized to its type (sign- or zero-extended to 64 bits), so widening
            // it changes no bit, unless a signed value goes to a narrower-than-64-bit unsigned type.
            const Type* from = operand->type;
            if (c.castKind == CastKind::IntegralCast && from->size < c.type->size && !c.type->isBool() &&
                (c.type->size == 8 || !isSignedInteger(from) || isSignedInteger(c.type)))
                return v;
            if (v->run == &constant) { // folded: a constant converted (`k < SLOTS` with k unsigned)
                FastNode* n = node(&constant);
                n->imm = normalizeKind(v->imm, computeKind(c.type));
                return n;
            }
            FastNode* n = node(&normalized, v);
            n->kind = computeKind(c.type);
            return n;
        }
        case CastKind::IntegralToBoolean:
        case CastKind::PointerToBoolean: {
            const FastNode* v = value(operand, false);
            return v == nullptr ? nullptr : node(&nonZero, v);
        }
        case CastKind::IntegralToPointer: {
            const FastNode* v = value(operand, false);
            if (v != nullptr && v->run == &constant) return v; // NULL: a constant's provenance is none already
            return v == nullptr ? nullptr : node(&bitsOnly, v);
        }
        default: return nullptr;
        }
    }

    // The address of an lvalue, as a pointer with the object's provenance (evalAddress).
    const FastNode* address(const Expr* e) {
        switch (e->kind) {
        case ExprKind::VarRef: {
            const Variable* v = e->as<VarRefExpr>().var;
            if (v->hasStaticStorage()) {
                FastNode* n = node(&constantPointer);
                n->imm = m.m_image.staticAddress(v);
                n->size = objectSize(v->type);
                return n;
            }
            FastNode* n = node(&localAddress);
            n->imm = m.m_image.localOffset(v);
            n->size = objectSize(v->type);
            return n;
        }
        case ExprKind::StringLit: {
            std::uint32_t index = e->as<StringLitExpr>().index;
            FastNode* n = node(&constantPointer);
            n->imm = m.m_image.stringAddress(index);
            n->size = objectSize(m.m_unit.strings[index].type);
            return n;
        }
        case ExprKind::Unary: {
            const auto& u = e->as<UnaryExpr>();
            if (u.op != UnaryOp::Deref || u.type->isFunction() || !u.operand->type->isPointer()) return nullptr;
            return value(u.operand.get());
        }
        case ExprKind::Member: {
            const auto& member = e->as<MemberExpr>();
            const FastNode* base = member.base->isLvalue ? address(member.base.get()) : nullptr;
            if (base == nullptr) return nullptr;
            FastNode* n = node(&memberAddress, base);
            n->imm = member.member->offset;
            if (base->run == localLoadFor(TypeKind::Pointer, true)) specialize(n, &memberOfLocal);
            return n;
        }
        case ExprKind::Cast:
            if (e->as<CastExpr>().castKind == CastKind::NoOp && e->as<CastExpr>().operand->isLvalue)
                return address(e->as<CastExpr>().operand.get());
            return nullptr;
        default: return nullptr;
        }
    }

    // The node's specialized handler where there is one (else it keeps its general handler).
    static void specialize(FastNode* n, FastHandler run) {
        if (run != nullptr) n->run = run;
    }
    // `local op constant` as one compareLocalOf node, nullptr when l and r are not that.
    // (The comparison's signedness must be the local's: a widened unsigned local compares as signed long.)
    FastNode* compareLocal(BinaryOp op, bool isSigned, const FastNode* l, const FastNode* r) {
        if (r->run != &constant || l->pointer || l->run != localLoadFor(l->kind, false) ||
            isSigned != isSignedKind(l->kind))
            return nullptr;
        FastHandler run = compareLocalFor(op, l->kind);
        if (run == nullptr) return nullptr;
        FastNode* n = node(run);
        n->imm = l->imm;
        n->size = r->imm;
        return n;
    }

    static void describeLoad(FastNode* n, const Type* type, bool provenance = true) {
        n->size = type->size;
        n->kind = computeKind(type);
        n->pointer = type->isPointer() && provenance;
    }

    const FastNode* load(const FastNode* address, const Type* type, bool provenance) {
        if (address == nullptr || !loadable(type)) return nullptr;
        FastNode* n = node(&loadThrough, address);
        describeLoad(n, type, provenance);
        specialize(n, loadThroughFor(n->kind, n->pointer));
        if (memory::Segment* segment = staticSegment(address, type->size)) {
            n->run = &loadStatic;
            n->imm = address->imm;
            n->segment = segment;
            specialize(n, loadStaticFor(n->kind, n->pointer));
        }
        return n;
    }
    // The segment holding all of a static object's access at constant address node `address` (a global, a
    // string literal) when the access stays inside the object, else nullptr. Static segments never move or
    // change their bounds, so plainAccess's search would find this one every time.
    memory::Segment* staticSegment(const FastNode* address, std::uint64_t size) {
        if (address->run != &constantPointer || size > address->size) return nullptr;
        memory::Segment* segment = m.m_space->segmentFor(address->imm, size);
        if (segment == nullptr || segment->kind == memory::SegmentKind::Heap ||
            segment->kind == memory::SegmentKind::Stack)
            return nullptr;
        return segment;
    }

    // `lhs = rhs`, `lhs op= rhs`, `lhs++` and the like, as statements (their value unused).
    const FastNode* statement(const Expr* e) {
        switch (e->kind) {
        case ExprKind::Assign: {
            const auto& a = e->as<AssignExpr>();
            FastNode* n = target(a.lhs.get(), &assign, value(a.rhs.get(), a.lhs->type->isPointer()), e);
            if (n != nullptr && n->local != nullptr) specialize(n, assignLocalFor(computeKind(a.lhs->type)));
            else if (n != nullptr && n->segment == nullptr) specialize(n, assignThroughFor(computeKind(a.lhs->type)));
            else if (n != nullptr) specialize(n, assignStaticFor(computeKind(a.lhs->type)));
            return n;
        }
        case ExprKind::CompoundAssign: {
            const auto& c = e->as<CompoundAssignExpr>();
            const Type* type = c.lhs->type;
            bool integer = type->isInteger() && c.computationType->isInteger() && c.rhs->type->isInteger();
            bool pointer = type->isPointer() && (c.op == BinaryOp::PtrAdd || c.op == BinaryOp::PtrSub);
            if (!integer && !pointer) return nullptr;
            if (c.op == BinaryOp::Div || c.op == BinaryOp::Rem) return nullptr;
            FastNode* n = target(c.lhs.get(), &compoundAssign, value(c.rhs.get(), false), e);
            if (n == nullptr) return nullptr;
            n->op = c.op;
            n->kind = computeKind(pointer ? type : c.computationType);
            n->size = pointer ? c.elementSize : c.computationType->size;
            if (n->local != nullptr && integer && !type->isBool()) {
                toLocal(n, &compoundAssignLocal, type);
                if (n->targetKind == n->kind) specialize(n, compoundAssignLocalFor(n->op, n->kind));
            }
            return n;
        }
        case ExprKind::IncDec: {
            const auto& i = e->as<IncDecExpr>();
            const Type* type = i.operand->type;
            if (type->isBool() || !isBitsType(type)) return nullptr;
            FastNode* n = node(&constant);
            n->imm = 1;
            FastNode* statement = target(i.operand.get(), &incDec, n, e);
            if (statement != nullptr && statement->local != nullptr && type->isInteger()) {
                toLocal(statement, &incDecLocal, type);
                specialize(statement, incDecLocalFor(statement->targetKind));
                statement->imm = i.isIncrement ? 1 : ~std::uint64_t{0}; // added: +1 or -1 in two's complement
            }
            return statement;
        }
        default: return nullptr;
        }
    }

    // `T x = e;` for scalar local x with one side-effect-free initializer (execDecl's first case).
    const FastNode* declaration(const Variable* v) {
        if (v->hasStaticStorage() || !v->hasInit || !loadable(v->type) || !v->loc.valid()) return nullptr;
        const Initializer& init = v->init;
        if (init.entries.size() != 1 || init.zeroFill) return nullptr;
        const InitEntry& only = init.entries[0];
        if (!only.value || only.offset != 0 || only.type != v->type) return nullptr;
        const FastNode* operand = value(only.value.get(), v->type->isPointer());
        if (operand == nullptr) return byCall(v, only.value.get());
        FastNode* n = node(&initializeLocal, nullptr, operand);
        n->imm = m.m_image.localOffset(v);
        n->local = v;
        specialize(n, initializeLocalFor(computeKind(v->type)));
        return n;
    }

    // `T x = f(...);`: a call has no compiled form, but the declaration around it needs no tree walk (execDecl's
    // steps for it, initializeDeclared's checks, evalOperand's dispatch): declareByCall. nullptr for anything else.
    const FastNode* byCall(const Variable* v, const Expr* init) {
        while (init->kind == ExprKind::Cast && (init->as<CastExpr>().castKind == CastKind::NoOp ||
                                                init->as<CastExpr>().castKind == CastKind::BitCast))
            init = init->as<CastExpr>().operand.get(); // as evalOperand strips them
        if (init->kind != ExprKind::Call) return nullptr;
        FastNode* n = node(&declareByCall);
        n->expr = init;
        n->local = v;
        return n;
    }
    // The call's value stored as initializeDeclared stores it; never gives up (the call has run).
    static bool declareByCall(Machine& m, const FastNode& n, FastValue&) {
        Value value = m.evalCall(n.expr->as<CallExpr>());
        if (!m.storeLocal(n.local, n.local->type, value)) m.store(m.variableObject(n.local), n.local->type, value);
        return true;
    }

    // A statement on integer local `type` (not a pointer: no provenance to keep) of the running frame: its handler
    // reads and writes the frame bytes itself (node.a keeps the local's offset).
    static void toLocal(FastNode* n, FastHandler run, const Type* type) {
        n->run = run;
        n->targetKind = computeKind(type);
    }

    // A statement node storing to `lhs` (a local straight to the frame bytes, else through its address).
    FastNode* target(const Expr* lhs, FastHandler run, const FastNode* operand, const Expr* e) {
        if (operand == nullptr || !loadable(lhs->type)) return nullptr;
        const Variable* local = nullptr;
        if (lhs->kind == ExprKind::VarRef && !lhs->as<VarRefExpr>().var->hasStaticStorage())
            local = lhs->as<VarRefExpr>().var;
        const FastNode* where = address(lhs);
        if (where == nullptr) return nullptr;
        FastNode* n = node(run, where, operand);
        n->expr = e;
        n->local = local;
        n->segment = staticSegment(where, lhs->type->size);
        return n;
    }

    // ------------------------------------------------------------------------------------------ running
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
        return localLoadInline(m, n, out);
    }
    [[gnu::always_inline]] static bool localLoadInline(Machine& m, const FastNode& n, FastValue& out) {
        // readLocal's check, with initialized bytes required (kept here: the commonest leaf of all).
        if (!readableShadow(m.m_frameShadow - n.imm, n.size)) return false;
        out.u = decodeKind(n.kind, m.m_frameBytes - n.imm);
        out.prov = n.pointer ? m.loadedProvenance(m.m_frameBase - n.imm, out.u) : Provenance{};
        return true;
    }
    static bool loadThrough(Machine& m, const FastNode& n, FastValue& out) {
        FastValue p;
        if (!child(m, *n.a, p)) return false;
        return loadAt(m, n.size, n.kind, n.pointer, p, out);
    }
    // loadThrough of a static object at constant address n.imm in n.segment (load): plainAccess without the search.
    static bool loadStatic(Machine& m, const FastNode& n, FastValue& out) {
        if (!readableShadow(n.segment->shadowAt(n.imm), n.size)) return false;
        out.u = decodeKind(n.kind, n.segment->bytesAt(n.imm));
        out.prov = n.pointer ? m.loadedProvenance(n.imm, out.u) : Provenance{};
        return true;
    }
    [[gnu::noinline]] static bool memberAddress(Machine& m, const FastNode& n, FastValue& out) {
        if (!child(m, *n.a, out)) return false;
        out.u += n.imm;
        return true;
    }
    // memberAddress of `p->member` with p a pointer local (node.a its localLoad): the load done here.
    static bool memberOfLocal(Machine& m, const FastNode& n, FastValue& out) {
        if (!localPointer(m, n.a->imm, out)) return memberAddress(m, n, out); // the rarer cases: the general handler
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
    static bool arithmetic(Machine& m, const FastNode& n, FastValue& out) {
        FastValue l, r;
        if (!child(m, *n.a, l) || !child(m, *n.b, r)) return false;
        out.u = normalizeKind(integerOperation(n.op, n.kind, n.size, l.u, r.u), n.kind);
        out.prov = {};
        return true;
    }
    // x / y, x % y: the divide error (y == 0, the most negative value by -1) is the tree walk's to report.
    static bool quotient(const FastNode& n, std::uint64_t a, std::uint64_t b, std::uint64_t& out) {
        if (b == 0) return false;
        if (isSignedKind(n.kind)) {
            auto x = static_cast<std::int64_t>(a), y = static_cast<std::int64_t>(b);
            std::int64_t minimum = n.size == 8 ? INT64_MIN : INT32_MIN;
            if (x == minimum && y == -1) return false;
            out = static_cast<std::uint64_t>(n.op == BinaryOp::Div ? x / y : x % y);
        } else {
            out = n.op == BinaryOp::Div ? a / b : a % b;
        }
        out = normalizeKind(out, n.kind);
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
    static bool divide(Machine& m, const FastNode& n, FastValue& out) {
        FastValue l, r;
        if (!child(m, *n.a, l) || !child(m, *n.b, r)) return false;
        out.prov = {};
        return quotient(n, l.u, r.u, out.u);
    }
    static bool compare(Machine& m, const FastNode& n, FastValue& out) {
        FastValue l, r;
        if (!child(m, *n.a, l) || !child(m, *n.b, r)) return false;
        bool result;
        if (n.pointer) {
            auto x = static_cast<std::int64_t>(l.u), y = static_cast<std::int64_t>(r.u);
            switch (n.op) {
            case BinaryOp::Lt: result = x < y; break;
            case BinaryOp::Gt: result = x > y; break;
            case BinaryOp::Le: result = x <= y; break;
            case BinaryOp::Ge: result = x >= y; break;
            case BinaryOp::Eq: result = x == y; break;
            default: result = x != y; break;
            }
        } else {
            switch (n.op) {
            case BinaryOp::Lt: result = l.u < r.u; break;
            case BinaryOp::Gt: result = l.u > r.u; break;
            case BinaryOp::Le: result = l.u <= r.u; break;
            case BinaryOp::Ge: result = l.u >= r.u; break;
            case BinaryOp::Eq: result = l.u == r.u; break;
            default: result = l.u != r.u; break;
            }
        }
        out.u = result ? 1 : 0;
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
    // compoundAssign and incDec on an integer local without a sink (a sink hears of every store: the general
    // handlers then). The computation type is at least as wide as the local, so its low bytes are the result.
    // execDecl's store of a scalar initializer, without a sink (see declaration).
    static bool initializeLocal(Machine& m, const FastNode& n, FastValue&) {
        FastValue v;
        if (!child(m, *n.b, v)) return false;
        Value value = asValue(v);
        if (!m.storeLocalAt(n.imm, n.local->type, value)) m.store(m.variableObject(n.local), n.local->type, value);
        return true;
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
    static bool incDecLocal(Machine& m, const FastNode& n, FastValue& out) {
        if (m.m_sink != nullptr) return incDec(m, n, out);
        std::uint64_t size = n.local->type->size;
        std::uint8_t* bytes = localTarget(m, n, size);
        if (bytes == nullptr) return false;
        writeLow(bytes, decodeKind(n.targetKind, bytes) + n.imm, size);
        m.m_loc = n.expr->as<IncDecExpr>().operand->loc;
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
    // ------------------------------------------------------------------------------------------ specialized
    // The commonest handlers again, one instance per kind and operator: what the general handlers decide per
    // node at run time (the access size, the decoding, the operator) is a constant here. The general handlers
    // stay for the rest (a sink listening, a compute kind other than the target's, a static target).

    // The frame bytes of a local at frameBase - offset are readable as a plain load: every one StackFrame and
    // initialized (the one kind of stack byte a program may touch, so this is readableShadow for a local).
    template <std::uint64_t Size> [[gnu::always_inline]] static bool localReadable(Machine& m, std::uint64_t offset) {
        constexpr std::uint64_t byte = memory::shadowByte(memory::ByteKind::StackFrame, true);
        constexpr std::uint64_t pattern = byte * 0x0101010101010101ull;
        const std::uint8_t* shadow = m.m_frameShadow - offset;
        if constexpr (Size == 1) return shadow[0] == byte;
        if constexpr (Size == 2) {
            std::uint16_t word;
            std::memcpy(&word, shadow, 2);
            return word == static_cast<std::uint16_t>(pattern);
        }
        if constexpr (Size == 4) {
            std::uint32_t word;
            std::memcpy(&word, shadow, 4);
            return word == static_cast<std::uint32_t>(pattern);
        }
        if constexpr (Size == 8) {
            std::uint64_t word;
            std::memcpy(&word, shadow, 8);
            return word == pattern;
        }
    }
    // The pointer local at frameBase - offset with the provenance its direct slot holds, without a call; false
    // (out partly set) where the general path must decide: an unreadable local, no slot, a provenance kept elsewhere.
    [[gnu::always_inline]] static bool localPointer(Machine& m, std::uint64_t offset, FastValue& out) {
        if (m.m_frameSlots == nullptr || (offset & 7) != 0 || !localReadable<8>(m, offset)) return false;
        std::memcpy(&out.u, m.m_frameBytes - offset, 8);
        return StoredPointers::findInSlot(m.m_frameSlots[-static_cast<std::ptrdiff_t>(offset / 8)], out.u, out.prov);
    }
    // noteStoredPointer for pointer `v` stored to the running frame at frameBase - offset.
    [[gnu::always_inline]] static void noteLocalPointer(Machine& m, std::uint64_t offset, const FastValue& v) {
        if (m.m_frameSlots != nullptr && (offset & 7) == 0 &&
            m.m_storedPointers.putInSlot(m.m_frameSlots[-static_cast<std::ptrdiff_t>(offset / 8)], v.u, v.prov))
            return;
        m.noteStoredPointer(m.m_frameBase - offset, asValue(v));
    }
    // localLoad of a local of computeKind K (its provenance looked up when Provenanced).
    template <TypeKind K, bool Provenanced> static bool localLoadOf(Machine& m, const FastNode& n, FastValue& out) {
        if constexpr (Provenanced) {
            return localPointer(m, n.imm, out) || localLoad(m, n, out); // the rarer cases: the general handler
        } else {
            if (!localReadable<kindSize(K)>(m, n.imm)) return false;
            out.u = decodeKind(K, m.m_frameBytes - n.imm);
            out.prov = {};
            return true;
        }
    }
    static FastHandler localLoadFor(TypeKind kind, bool provenanced) {
        return forKind(kind, [provenanced](auto k) -> FastHandler {
            return provenanced ? &localLoadOf<decltype(k)::value, true> : &localLoadOf<decltype(k)::value, false>;
        });
    }
    // loadStatic of computeKind K.
    template <TypeKind K, bool Provenanced> static bool loadStaticOf(Machine& m, const FastNode& n, FastValue& out) {
        if (!readableShadow(n.segment->shadowAt(n.imm), kindSize(K))) return false;
        out.u = decodeKind(K, n.segment->bytesAt(n.imm));
        if constexpr (Provenanced) return loadStaticProvenance(m, n, out);
        out.prov = {};
        return true;
    }
    [[gnu::noinline]] static bool loadStaticProvenance(Machine& m, const FastNode& n, FastValue& out) {
        out.prov = m.loadedProvenance(n.imm, out.u);
        return true;
    }
    static FastHandler loadStaticFor(TypeKind kind, bool provenanced) {
        return forKind(kind, [provenanced](auto k) -> FastHandler {
            return provenanced ? &loadStaticOf<decltype(k)::value, true> : &loadStaticOf<decltype(k)::value, false>;
        });
    }
    // loadThrough of computeKind K.
    template <TypeKind K, bool Provenanced> static bool loadThroughOf(Machine& m, const FastNode& n, FastValue& out) {
        FastValue p;
        if (!child(m, *n.a, p)) return false;
        return loadAt(m, kindSize(K), K, Provenanced, p, out);
    }
    static FastHandler loadThroughFor(TypeKind kind, bool provenanced) {
        return forKind(kind, [provenanced](auto k) -> FastHandler {
            return provenanced ? &loadThroughOf<decltype(k)::value, true> : &loadThroughOf<decltype(k)::value, false>;
        });
    }
    // compare with operator Op, signed or not.
    template <BinaryOp Op, bool Signed> static bool compareOf(Machine& m, const FastNode& n, FastValue& out) {
        FastValue l, r;
        if (!child(m, *n.a, l) || !child(m, *n.b, r)) return false;
        out.u = compared<Op, Signed>(l.u, r.u) ? 1 : 0;
        out.prov = {};
        return true;
    }
    // `local op constant` (a loop's `i < n`, a counter's test) in one node: the local at offset n.imm, of computeKind
    // K (not bool: its decoding is not its bits), the constant in n.size.
    template <BinaryOp Op, TypeKind K> static bool compareLocalOf(Machine& m, const FastNode& n, FastValue& out) {
        if (!localReadable<kindSize(K)>(m, n.imm)) return false;
        out.u = compared<Op, isSignedKind(K)>(decodeKind(K, m.m_frameBytes - n.imm), n.size) ? 1 : 0;
        out.prov = {};
        return true;
    }
    static FastHandler compareFor(BinaryOp op, bool isSigned) {
        return forComparison(op, [isSigned](auto o) -> FastHandler {
            return isSigned ? &compareOf<decltype(o)::value, true> : &compareOf<decltype(o)::value, false>;
        });
    }
    static FastHandler compareLocalFor(BinaryOp op, TypeKind kind) {
        if (kind == TypeKind::Bool) return nullptr;
        return forComparison(op, [kind](auto o) {
            return forKind(kind, [](auto k) -> FastHandler { return &compareLocalOf<decltype(o)::value, decltype(k)::value>; });
        });
    }
    // arithmetic with operator Op in computeKind K.
    template <BinaryOp Op, TypeKind K> static bool arithmeticOf(Machine& m, const FastNode& n, FastValue& out) {
        FastValue l, r;
        if (!child(m, *n.a, l) || !child(m, *n.b, r)) return false;
        out.u = normalizeKind(integerOperation(Op, K, kindSize(K), l.u, r.u), K);
        out.prov = {};
        return true;
    }
    static FastHandler arithmeticFor(BinaryOp op, TypeKind kind) {
        return forOperator(op, [kind](auto o) {
            return forArithmeticKind(kind, [](auto k) -> FastHandler {
                return &arithmeticOf<decltype(o)::value, decltype(k)::value>;
            });
        });
    }
    // divide with operator Op (Div or Rem) in computeKind K; the divide error is the tree walk's to report.
    template <BinaryOp Op, TypeKind K> static bool divideOf(Machine& m, const FastNode& n, FastValue& out) {
        FastValue l, r;
        if (!child(m, *n.a, l) || !child(m, *n.b, r) || r.u == 0) return false;
        if constexpr (isSignedKind(K)) {
            auto x = static_cast<std::int64_t>(l.u), y = static_cast<std::int64_t>(r.u);
            constexpr std::int64_t minimum = kindSize(K) == 8 ? INT64_MIN : INT32_MIN;
            if (x == minimum && y == -1) return false;
            out.u = normalizeKind(static_cast<std::uint64_t>(Op == BinaryOp::Div ? x / y : x % y), K);
        } else {
            out.u = normalizeKind(Op == BinaryOp::Div ? l.u / r.u : l.u % r.u, K);
        }
        out.prov = {};
        return true;
    }
    static FastHandler divideFor(BinaryOp op, TypeKind kind) {
        return forArithmeticKind(kind, [op](auto k) -> FastHandler {
            return op == BinaryOp::Div ? &divideOf<BinaryOp::Div, decltype(k)::value>
                                       : &divideOf<BinaryOp::Rem, decltype(k)::value>;
        });
    }

    // storeUniform of a value of computeKind K to `address` (host `bytes`, `shadow`), without a sink: false (nothing
    // written) when the shadow is not alike and the program's to touch.
    // (A pointer's provenance is not noted: the caller's to do.)
    template <TypeKind K>
    [[gnu::always_inline]] static bool storePlainOf(std::uint8_t* bytes, std::uint8_t* shadow, const FastValue& v) {
        constexpr std::uint64_t size = kindSize(K);
        int uniform = uniformShadow(shadow, size);
        if (uniform < 0 || !isAccessibleShadow(static_cast<std::uint8_t>(uniform))) return false;
        writeLow(bytes, v.u, size);
        fillShadow(shadow, static_cast<std::uint8_t>(uniform | memory::kInitializedBit), size);
        return true;
    }
    // storeLocalAt of a value of computeKind K at frameBase - offset.
    template <TypeKind K> [[gnu::always_inline]] static bool storeLocalOf(Machine& m, std::uint64_t offset,
                                                                          const FastValue& v) {
        if (!storePlainOf<K>(m.m_frameBytes - offset, m.m_frameShadow - offset, v)) return false;
        if constexpr (K == TypeKind::Pointer) noteLocalPointer(m, offset, v);
        return true;
    }
    // assign to a static target (node.a its constantPointer, node.segment its segment) of computeKind K.
    template <TypeKind K> static bool assignStaticOf(Machine& m, const FastNode& n, FastValue& out) {
        if (m.m_sink != nullptr) return assign(m, n, out);
        FastValue v;
        Address address = n.a->imm;
        if (!child(m, *n.b, v) || !n.segment->writable ||
            !storePlainOf<K>(n.segment->bytesAt(address), n.segment->shadowAt(address), v))
            return false;
        if constexpr (K == TypeKind::Pointer) m.noteStoredPointer(address, asValue(v));
        m.m_loc = n.expr->loc;
        return true;
    }
    // assign to local target (node.a its localAddress) of computeKind K.
    template <TypeKind K> static bool assignLocalOf(Machine& m, const FastNode& n, FastValue& out) {
        if (m.m_sink != nullptr) return assign(m, n, out);
        FastValue v;
        if (!child(m, *n.b, v) || !storeLocalOf<K>(m, n.a->imm, v)) return false;
        m.m_loc = n.expr->loc; // gcc places the store at the `=`
        return true;
    }
    // assign through a computed address (node.a) of computeKind K: store's plain case.
    template <TypeKind K> static bool assignThroughOf(Machine& m, const FastNode& n, FastValue& out) {
        if (m.m_sink != nullptr) return assign(m, n, out);
        constexpr std::uint64_t size = kindSize(K);
        FastValue v, where;
        if (!child(m, *n.b, v) || !child(m, *n.a, where)) return false;
        memory::Segment* segment = m.plainAccess(asValue(where), size, true, false);
        if (segment == nullptr) return false;
        writeLow(segment->bytesAt(where.u), v.u, size);
        std::uint8_t* shadow = segment->shadowAt(where.u);
        fillShadow(shadow, static_cast<std::uint8_t>(shadow[0] | memory::kInitializedBit), size);
        if constexpr (K == TypeKind::Pointer) m.noteStoredPointer(where.u, asValue(v));
        m.m_loc = n.expr->loc;
        return true;
    }
    // initializeLocal of a local of computeKind K.
    template <TypeKind K> static bool initializeLocalOf(Machine& m, const FastNode& n, FastValue&) {
        FastValue v;
        if (!child(m, *n.b, v)) return false;
        if (!storeLocalOf<K>(m, n.imm, v)) m.store(m.variableObject(n.local), n.local->type, asValue(v));
        return true;
    }
    // compoundAssignLocal with operator Op on a local whose computeKind K is also the computation's.
    template <BinaryOp Op, TypeKind K> static bool compoundAssignLocalOf(Machine& m, const FastNode& n, FastValue& out) {
        if (m.m_sink != nullptr) return compoundAssign(m, n, out);
        FastValue rhs;
        if (!child(m, *n.b, rhs)) return false;
        if (!localReadable<kindSize(K)>(m, n.a->imm)) return false;
        std::uint8_t* bytes = m.m_frameBytes - n.a->imm;
        writeLow(bytes, integerOperation(Op, K, kindSize(K), decodeKind(K, bytes), rhs.u), kindSize(K));
        m.m_loc = n.expr->as<CompoundAssignExpr>().lhs->loc;
        return true;
    }
    // incDecLocal on a local of computeKind K.
    template <TypeKind K> static bool incDecLocalOf(Machine& m, const FastNode& n, FastValue& out) {
        if (m.m_sink != nullptr) return incDec(m, n, out);
        if (!localReadable<kindSize(K)>(m, n.a->imm)) return false;
        std::uint8_t* bytes = m.m_frameBytes - n.a->imm;
        writeLow(bytes, decodeKind(K, bytes) + n.imm, kindSize(K));
        m.m_loc = n.expr->as<IncDecExpr>().operand->loc;
        return true;
    }

    // pointerSum of a base (a pointer local, a local array, a static array) and an integer local in one node.
    enum class IndexBase { PointerLocal, LocalArray, StaticArray };
    template <IndexBase B, TypeKind IndexK> static bool indexedOf(Machine& m, const FastNode& n, FastValue& out) {
        const std::uint64_t at = n.a->imm, index = n.b->imm;
        if (!localReadable<kindSize(IndexK)>(m, index)) return false;
        if constexpr (B == IndexBase::PointerLocal) {
            if (!localPointer(m, at, out)) return pointerSum(m, n, out); // the rarer cases: the general handler
        } else if constexpr (B == IndexBase::LocalArray) {
            out.u = m.m_frameBase - at;
            out.prov = {out.u, n.a->size};
        } else {
            out.u = at;
            out.prov = {at, n.a->size};
        }
        out.u += decodeKind(IndexK, m.m_frameBytes - index) * n.imm;
        return true;
    }
    static FastHandler indexedFor(const FastNode* base, const FastNode* index) {
        if (index->pointer || index->kind == TypeKind::Bool || index->kind == TypeKind::Pointer ||
            index->run != localLoadFor(index->kind, false))
            return nullptr;
        IndexBase b;
        if (base->run == localLoadFor(TypeKind::Pointer, true))
            b = IndexBase::PointerLocal;
        else if (base->run == &localAddress)
            b = IndexBase::LocalArray;
        else if (base->run == &constantPointer)
            b = IndexBase::StaticArray;
        else
            return nullptr;
        return forKind(index->kind, [b](auto k) -> FastHandler {
            constexpr TypeKind K = decltype(k)::value;
            switch (b) {
            case IndexBase::PointerLocal: return &indexedOf<IndexBase::PointerLocal, K>;
            case IndexBase::LocalArray: return &indexedOf<IndexBase::LocalArray, K>;
            default: return &indexedOf<IndexBase::StaticArray, K>;
            }
        });
    }
    static FastHandler assignLocalFor(TypeKind kind) {
        return forKind(kind, [](auto k) -> FastHandler { return &assignLocalOf<decltype(k)::value>; });
    }
    static FastHandler assignThroughFor(TypeKind kind) {
        return forKind(kind, [](auto k) -> FastHandler { return &assignThroughOf<decltype(k)::value>; });
    }
    static FastHandler assignStaticFor(TypeKind kind) {
        return forKind(kind, [](auto k) -> FastHandler { return &assignStaticOf<decltype(k)::value>; });
    }
    static FastHandler initializeLocalFor(TypeKind kind) {
        return forKind(kind, [](auto k) -> FastHandler { return &initializeLocalOf<decltype(k)::value>; });
    }
    static FastHandler compoundAssignLocalFor(BinaryOp op, TypeKind kind) {
        return forOperator(op, [kind](auto o) {
            return forArithmeticKind(kind, [](auto k) -> FastHandler {
                return &compoundAssignLocalOf<decltype(o)::value, decltype(k)::value>;
            });
        });
    }
    static FastHandler incDecLocalFor(TypeKind kind) {
        if (kind == TypeKind::Bool) return nullptr;
        return forKind(kind, [](auto k) -> FastHandler { return &incDecLocalOf<decltype(k)::value>; });
    }

};

const FastNode* Machine::compileFastDecl(const Variable* v) {
    FastOps ops{*this, m_fast};
    m_fast.setDeclRoot(v, m_options.compiledForms ? ops.declaration(v) : nullptr); // off: the walk alone
    return m_fast.declRoot(v);
}

const FastNode* Machine::compileFast(const Expr* e, FastUse use) {
    FastOps ops{*this, m_fast};
    const FastNode* root = use == FastUse::Statement ? ops.statement(e)
                           : use == FastUse::Address ? (e->isLvalue ? ops.address(e) : nullptr)
                                                     : ops.value(e, use == FastUse::Value);
    m_fast.setRoot(e, root);
    return root;
}

} // namespace memviz::engine
