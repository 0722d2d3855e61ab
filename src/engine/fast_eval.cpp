// Machine: the compiled forms of fast_code.h: FastOps compiles an expression into FastNodes, with the
// handlers of fast_handlers.h (general) and fast_specialized.h (one instance per kind and operator).
#include "engine/fast_specialized.h"

namespace memviz::engine {

struct FastOps : FastSpecialized {
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
                FastHandler run = compareFor(b.op, isSignedInteger(b.lhs->type));
                return run == nullptr ? nullptr : node(run, l, r);
            }
            bool division = b.op == BinaryOp::Div || b.op == BinaryOp::Rem;
            TypeKind kind = computeKind(b.type);
            FastHandler run = division ? divideFor(b.op, kind) : arithmeticFor(b.op, kind);
            if (run == nullptr) return nullptr;
            FastNode* n = node(run, l, r);
            n->op = b.op;
            n->kind = kind;
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
        FastNode* n = node(nullptr, address);
        describeLoad(n, type, provenance);
        n->run = loadThroughFor(n->kind, n->pointer);
        if (memory::Segment* segment = staticSegment(address, type->size)) {
            n->run = loadStaticFor(n->kind, n->pointer);
            n->imm = address->imm;
            n->segment = segment;
        }
        return n->run != nullptr ? n : nullptr;
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
            FastHandler local = incDecLocalFor(computeKind(type));
            if (statement != nullptr && statement->local != nullptr && type->isInteger() && local != nullptr) {
                toLocal(statement, local, type);
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
        FastHandler run = initializeLocalFor(computeKind(v->type));
        if (run == nullptr) return nullptr;
        FastNode* n = node(run, nullptr, operand);
        n->imm = m.m_image.localOffset(v);
        n->local = v;
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
};

const FastNode* Machine::compileFastDecl(const Variable* v) {
    FastOps ops{{}, *this, m_fast};
    m_fast.setDeclRoot(v, m_options.compiledForms ? ops.declaration(v) : nullptr); // off: the walk alone
    return m_fast.declRoot(v);
}

const PlannedStmt* Machine::planBlock(const CompoundStmt& block) {
    std::vector<PlannedStmt> plan;
    plan.reserve(block.body.size() + 1); // storage even for an empty block, whose plan must not be null
    for (const StmtPtr& s : block.body) plan.push_back(planStatement(s.get()));
    return m_fast.setPlan(block, std::move(plan));
}

PlannedStmt Machine::planStatement(const Stmt* s) {
    PlannedStmt planned{nullptr, s, s->loc, s->kind};
    if (s->kind == StmtKind::Expr) {
        planned.root = fastRoot(s->as<ExprStmt>().expr.get(), FastUse::Statement);
    } else if (s->kind == StmtKind::Decl) {
        const DeclStmt& d = s->as<DeclStmt>();
        if (d.vars.size() == 1) planned.root = fastDeclRoot(d.vars[0]);
    } else if (s->kind == StmtKind::If) {
        planned.root = fastRoot(s->as<IfStmt>().cond.get(), FastUse::Condition);
    }
    return planned;
}

const FastNode* Machine::compileFast(const Expr* e, FastUse use) {
    FastOps ops{{}, *this, m_fast};
    const FastNode* root = use == FastUse::Statement ? ops.statement(e)
                           : use == FastUse::Address ? (e->isLvalue ? ops.address(e) : nullptr)
                                                     : ops.value(e, use == FastUse::Value);
    m_fast.setRoot(e, root);
    return root;
}

} // namespace memviz::engine
