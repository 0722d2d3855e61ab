// FastSpecialized: the compiled forms' specialized handlers, one instance per kind and operator
// (fast_kinds.h), the fused nodes, and the selectors that pick an instance when a node is compiled; the
// general handlers (FastHandlers) take what they leave. Private to fast_eval.cpp.
#pragma once

#include "engine/fast_handlers.h"

namespace memviz::engine {

struct FastSpecialized : FastHandlers {
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
            return forKind(kind, [](auto k) -> FastHandler {
                return &compareLocalOf<decltype(o)::value, decltype(k)::value>;
            });
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
    template <BinaryOp Op, TypeKind K>
    static bool compoundAssignLocalOf(Machine& m, const FastNode& n, FastValue& out) {
        if (m.m_sink != nullptr) return compoundAssign(m, n, out);
        FastValue rhs;
        if (!child(m, *n.b, rhs)) return false;
        if (!localReadable<kindSize(K)>(m, n.a->imm)) return false;
        std::uint8_t* bytes = m.m_frameBytes - n.a->imm;
        writeLow(bytes, integerOperation(Op, K, kindSize(K), decodeKind(K, bytes), rhs.u), kindSize(K));
        m.m_loc = n.expr->as<CompoundAssignExpr>().lhs->loc;
        return true;
    }
    // `x++` and `x--` on an integer local of computeKind K without a sink: the frame bytes read and written in place.
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
    // memberAddress of `p->member` with p a pointer local (node.a its localLoad): the load done here.
    static bool memberOfLocal(Machine& m, const FastNode& n, FastValue& out) {
        if (!localPointer(m, n.a->imm, out)) return memberAddress(m, n, out); // the rarer cases: the general handler
        out.u += n.imm;
        return true;
    }
};

} // namespace memviz::engine
