// Machine: the expression evaluator, a switch over the typed AST's node kinds. Lvalues are evaluated for
// their address (a pointer Value with the object's provenance) where C needs an object, loaded elsewhere.
// Integer-typed expressions and conditions take the IntValue paths of eval_int.cpp.
#include "engine/machine.h"

#include "engine/value_ops.h"

#include <algorithm>
#include <new>

namespace memviz::engine {

using core::Address;
using namespace memviz::lang;

Value Machine::evalAddress(const Expr* e) {
    switch (e->kind) {
    case ExprKind::VarRef: {
        const Variable* v = e->as<VarRefExpr>().var;
        Address a = variableAddress(v);
        return Value::pointer(a, {a, objectSize(v->type)});
    }
    case ExprKind::StringLit: {
        std::uint32_t index = e->as<StringLitExpr>().index;
        Address a = m_image.stringAddress(index);
        return Value::pointer(a, {a, objectSize(m_unit.strings[index].type)});
    }
    case ExprKind::CompoundLiteral: {
        const Variable* v = e->as<CompoundLiteralExpr>().var;
        Address a = variableAddress(v);
        Value object = Value::pointer(a, {a, objectSize(v->type)});
        if (!v->hasStaticStorage()) initialize(object, v->type, v->init);
        return object;
    }
    case ExprKind::Unary:
        if (e->as<UnaryExpr>().op == UnaryOp::Deref) return evalPointer(e->as<UnaryExpr>().operand.get());
        return eval(e);
    case ExprKind::Member: {
        const auto& m = e->as<MemberExpr>();
        Value base = m.base->isLvalue ? evalAddress(m.base.get()) : eval(m.base.get());
        return Value::pointer(base.u + m.member->offset, base.prov);
    }
    case ExprKind::Cast:
        if (e->as<CastExpr>().castKind == CastKind::NoOp && e->as<CastExpr>().operand->isLvalue)
            return evalAddress(e->as<CastExpr>().operand.get());
        return eval(e);
    default: return eval(e);
    }
}

Value Machine::evalOperand(const Expr* e, core::SourceLoc accessLoc) {
    const Expr* inner = e;
    while (inner->kind == ExprKind::Cast &&
           (inner->as<CastExpr>().castKind == CastKind::NoOp || inner->as<CastExpr>().castKind == CastKind::BitCast))
        inner = inner->as<CastExpr>().operand.get();
    switch (inner->kind) {
    case ExprKind::VarRef: {
        const Variable* v = inner->as<VarRefExpr>().var;
        m_loc = accessLoc;
        return loadVariable(v, variableObject(v), inner->type);
    }
    case ExprKind::Member:
    case ExprKind::CompoundLiteral: {
        Value address = evalAddress(inner);
        m_loc = accessLoc;
        return load(address, inner->type);
    }
    case ExprKind::Unary: {
        const auto& u = inner->as<UnaryExpr>();
        if (u.op != UnaryOp::Deref || u.type->isFunction()) break;
        Value p = evalPointer(u.operand.get());
        m_loc = accessLoc;
        return load(p, u.type);
    }
    // eval's cases, without a second dispatch
    case ExprKind::Binary:
        if (inner == e) {
            const auto& b = e->as<BinaryExpr>();
            if (!isIntegerBinary(b)) return evalBinary(b);
            IntValue result = evalIntBinary(b); // as evalBinary, without its call
            Value v = Value::bits(result.u);
            v.undef = result.undef;
            return v;
        }
        break;
    case ExprKind::Call: return evalCall(inner->as<CallExpr>()); // the casts stripped leave a value as it is
    default: break;
    }
    return eval(e);
}

// A thin dispatcher: each kind's work is a function of its own (not inlined here), so this one stays small
// and saves few registers on the way down a deep expression.
Value Machine::eval(const Expr* e) {
    switch (e->kind) {
    case ExprKind::IntConst: return Value::bits(e->as<IntConstExpr>().value);
    case ExprKind::FloatConst: return Value::real(e->as<FloatConstExpr>().value);
    case ExprKind::StringLit: return evalAddress(e);
    case ExprKind::VarRef:
    case ExprKind::Member:
    case ExprKind::CompoundLiteral: return evalOperand(e, e->loc);
    case ExprKind::FuncRef: return Value::bits(m_image.functionAddress(e->as<FuncRefExpr>().function));
    case ExprKind::Unary:
        if (e->as<UnaryExpr>().op == UnaryOp::Deref && !e->type->isFunction()) return evalOperand(e, e->loc);
        return evalUnary(e->as<UnaryExpr>());
    case ExprKind::IncDec: return evalIncDec(e->as<IncDecExpr>());
    case ExprKind::Binary: return evalBinary(e->as<BinaryExpr>());
    case ExprKind::Assign: return evalAssign(e->as<AssignExpr>());
    case ExprKind::CompoundAssign: return evalCompoundAssign(e->as<CompoundAssignExpr>());
    case ExprKind::Conditional: return evalConditional(e->as<ConditionalExpr>());
    case ExprKind::Comma:
        eval(e->as<CommaExpr>().lhs.get());
        return eval(e->as<CommaExpr>().rhs.get());
    case ExprKind::Call: return evalCall(e->as<CallExpr>());
    case ExprKind::Cast: return evalCast(e->as<CastExpr>());
    }
    return Value();
}

Value Machine::evalAssign(const AssignExpr& a) {
    Value rhs = evalOperand(a.rhs.get(), a.loc);
    if (a.lhs->kind == ExprKind::VarRef) { // a local: stored straight to the frame bytes where it can be
        m_loc = a.loc;
        if (storeLocal(a.lhs->as<VarRefExpr>().var, a.lhs->type, rhs)) return rhs;
    }
    Value target;
    if (!fastAddress(a.lhs.get(), target)) target = evalAddress(a.lhs.get());
    m_loc = a.loc; // gcc places the store at the `=`
    if (a.lhs->type->isRecord()) {
        copyObject(target, rhs, a.lhs->type->size);
        return target;
    }
    store(target, a.lhs->type, rhs);
    return rhs;
}

Value Machine::evalConditional(const ConditionalExpr& c) {
    return evalCondition(c.cond.get()) ? eval(c.thenExpr.get()) : eval(c.elseExpr.get());
}

Value Machine::evalUnary(const UnaryExpr& u) {
    switch (u.op) {
    case UnaryOp::Plus: return eval(u.operand.get());
    case UnaryOp::Neg: {
        Value v = eval(u.operand.get());
        Value r = u.type->isFloating() ? Value::real(-v.d) : Value::bits(normalize(0 - v.u, u.type));
        r.undef = v.undef;
        return r;
    }
    case UnaryOp::BitNot: {
        Value v = eval(u.operand.get());
        Value r = Value::bits(normalize(~v.u, u.type));
        r.undef = v.undef;
        return r;
    }
    case UnaryOp::LogNot: { // a compare-and-set, not a branch: an undefined operand gives an undefined result
        Value v = eval(u.operand.get());
        Value r = Value::bits((u.operand->type->isFloating() ? v.d != 0 : v.u != 0) ? 0 : 1);
        r.undef = v.undef;
        return r;
    }
    case UnaryOp::Deref: {
        if (u.type->isFunction()) return eval(u.operand.get());
        return evalOperand(&u, u.loc);
    }
    case UnaryOp::AddrOf:
        if (u.operand->kind == ExprKind::FuncRef) return eval(u.operand.get());
        return evalAddress(u.operand.get());
    }
    return Value();
}

Value Machine::arithmetic(BinaryOp op, const Type* type, const Value& l, const Value& r) {
    if (type->isFloating()) {
        double x = l.d, y = r.d, result = 0;
        switch (op) {
        case BinaryOp::Mul: result = x * y; break;
        case BinaryOp::Div: result = x / y; break;
        case BinaryOp::Add: result = x + y; break;
        case BinaryOp::Sub: result = x - y; break;
        default: break;
        }
        Value out = Value::real(roundTo(type, result));
        out.undef = l.undef || r.undef;
        return out;
    }
    IntValue result = integerArithmetic(op, type, {l.u, l.undef}, {r.u, r.undef});
    Value v = Value::bits(result.u);
    v.undef = result.undef;
    return v;
}

Value Machine::evalBinary(const BinaryExpr& b) {
    if (isIntegerBinary(b)) {
        IntValue result = evalIntBinary(b);
        Value v = Value::bits(result.u);
        v.undef = result.undef;
        return v;
    }
    switch (b.op) {
    case BinaryOp::LogAnd:
        return Value::bits(evalCondition(b.lhs.get()) && evalCondition(b.rhs.get()) ? 1 : 0);
    case BinaryOp::LogOr:
        return Value::bits(evalCondition(b.lhs.get()) || evalCondition(b.rhs.get()) ? 1 : 0);
    case BinaryOp::Lt:
    case BinaryOp::Gt:
    case BinaryOp::Le:
    case BinaryOp::Ge:
    case BinaryOp::Eq:
    case BinaryOp::Ne: {
        Value l = eval(b.lhs.get());
        Value r = eval(b.rhs.get());
        Value v = Value::bits(compareValues(b.op, b.lhs->type, l, r) ? 1 : 0);
        v.undef = l.undef || r.undef; // valgrind reports the branch on it, not the comparison
        return v;
    }
    case BinaryOp::PtrAdd:
    case BinaryOp::PtrSub: return evalPointerSum(b);
    case BinaryOp::PtrDiff: {
        Value l = eval(b.lhs.get());
        Value r = eval(b.rhs.get());
        std::int64_t size = static_cast<std::int64_t>(std::max<std::uint64_t>(b.elementSize, 1));
        Value v = Value::bits(static_cast<std::uint64_t>(static_cast<std::int64_t>(l.u - r.u) / size));
        v.undef = l.undef || r.undef;
        return v;
    }
    default: {
        Value l = eval(b.lhs.get());
        Value r = eval(b.rhs.get());
        if (b.op == BinaryOp::Div || b.op == BinaryOp::Rem) m_loc = b.loc;
        return arithmetic(b.op, b.type, l, r);
    }
    }
}

// p + n, p - n (a[i] is *(a + i)): an array operand that names a variable is its address, without the
// dispatch through eval, evalCast and evalAddress.
Value Machine::evalPointerSum(const BinaryExpr& b) {
    const Expr* base = b.lhs.get();
    Value p;
    if (base->kind == ExprKind::Cast && base->as<CastExpr>().castKind == CastKind::ArrayToPointer &&
        base->as<CastExpr>().operand->kind == ExprKind::VarRef)
        p = variableObject(base->as<CastExpr>().operand->as<VarRefExpr>().var);
    else
        p = evalPointer(base);
    IntValue n;
    if (b.rhs->type->isInteger()) {
        n = evalIntOperand(b.rhs.get());
    } else {
        Value index = eval(b.rhs.get());
        n = {index.u, index.undef};
    }
    std::uint64_t delta = n.u * b.elementSize;
    Value v = Value::pointer(b.op == BinaryOp::PtrAdd ? p.u + delta : p.u - delta, p.prov);
    v.undef = p.undef || n.undef;
    return v;
}

Value Machine::evalCompoundAssign(const CompoundAssignExpr& c) {
    // A local target is read and written straight in the frame bytes where no report is due (see readLocal).
    const Variable* local = c.lhs->kind == ExprKind::VarRef ? c.lhs->as<VarRefExpr>().var : nullptr;
    Value target = local != nullptr ? variableObject(local) : evalAddress(c.lhs.get());
    const Type* type = c.lhs->type;
    if (type->isInteger() && c.computationType->isInteger() && c.rhs->type->isInteger()) {
        IntValue rhs = evalInt(c.rhs.get()); // integer arithmetic: the same steps on IntValues
        m_loc = c.lhs->loc;
        IntValue current;
        if (local == nullptr || !readLocal(local, type, current)) current = loadInt(target, type);
        m_loc = c.loc;
        IntValue computed = integerArithmetic(c.op, c.computationType,
                                              {normalize(current.u, c.computationType), current.undef}, rhs);
        m_loc = c.lhs->loc;
        Value result = Value::bits(normalize(computed.u, type));
        result.undef = computed.undef;
        if (local == nullptr || !storeLocal(local, type, result)) store(target, type, result);
        return result;
    }
    Value rhs = eval(c.rhs.get());
    m_loc = c.lhs->loc; // gcc places both the read and the write at the target expression
    Value current = local != nullptr ? loadVariable(local, target, type) : load(target, type);
    Value result;
    if (c.op == BinaryOp::PtrAdd || c.op == BinaryOp::PtrSub) {
        std::uint64_t delta = rhs.u * c.elementSize;
        result = Value::pointer(c.op == BinaryOp::PtrAdd ? current.u + delta : current.u - delta, current.prov);
        result.undef = current.undef || rhs.undef;
    } else {
        m_loc = c.loc;
        Value computed = arithmetic(c.op, c.computationType, convertValue(current, type, c.computationType), rhs);
        result = convertValue(computed, c.computationType, type);
        m_loc = c.lhs->loc;
    }
    if (local == nullptr || !storeLocal(local, type, result)) store(target, type, result);
    return result;
}

Value Machine::evalIncDec(const IncDecExpr& e) {
    const Variable* local = e.operand->kind == ExprKind::VarRef ? e.operand->as<VarRefExpr>().var : nullptr;
    const Type* type = e.operand->type;
    IntValue bits;
    if (local != nullptr && m_sink == nullptr && type->isInteger() && !type->isBool() &&
        readLocal(local, type, bits)) { // i++ on an integer local: read and written in the frame bytes
        Value old = Value::bits(bits.u);
        old.undef = bits.undef;
        Value now = Value::bits(normalize(e.isIncrement ? bits.u + 1 : bits.u - 1, type));
        now.undef = bits.undef;
        m_loc = e.operand->loc;
        if (!storeLocal(local, type, now)) store(variableObject(local), type, now);
        return e.isPrefix ? now : old;
    }
    Value target = local != nullptr ? variableObject(local) : evalAddress(e.operand.get());
    m_loc = e.operand->loc;
    Value old = local != nullptr ? loadVariable(local, target, type) : load(target, type);
    Value now;
    if (type->isPointer()) {
        now = Value::pointer(e.isIncrement ? old.u + e.step : old.u - e.step, old.prov);
    } else if (type->isFloating()) {
        now = Value::real(roundTo(type, e.isIncrement ? old.d + 1.0 : old.d - 1.0));
    } else if (type->isBool()) {
        now = Value::bits(e.isIncrement ? 1 : (old.u == 0 ? 1 : 0));
    } else {
        now = Value::bits(normalize(e.isIncrement ? old.u + 1 : old.u - 1, type));
    }
    now.undef = old.undef;
    if (local == nullptr || !storeLocal(local, type, now)) store(target, type, now);
    return e.isPrefix ? now : old;
}

Value Machine::evalCast(const CastExpr& c) {
    const Type* to = c.type;
    switch (c.castKind) {
    case CastKind::ArrayToPointer: return evalAddress(c.operand.get());
    case CastKind::FunctionToPointer:
        if (c.operand->kind == ExprKind::FuncRef) return eval(c.operand.get());
        return eval(c.operand.get());
    case CastKind::ToVoid: eval(c.operand.get()); return Value();
    case CastKind::NoOp:
    case CastKind::BitCast: return eval(c.operand.get());
    case CastKind::IntegralToPointer: {
        Value v = eval(c.operand.get());
        Value r = Value::bits(v.u);
        r.undef = v.undef;
        return r;
    }
    default: {
        if (c.castKind == CastKind::IntegralCast && c.operand->type->isInteger()) {
            IntValue v = evalInt(c.operand.get());
            Value r = Value::bits(normalize(v.u, to));
            r.undef = v.undef;
            return r;
        }
        Value v = eval(c.operand.get());
        return convertValue(v, c.operand->type, to);
    }
    }
}

const Function* Machine::calledFunction(const CallExpr& c) {
    Value callee = eval(c.callee.get());
    m_loc = c.loc;
    checkDefined(callee, "the called function pointer");
    const Function* function = m_image.functionAt(callee.u);
    if (function == nullptr) {
        m_loc = c.loc;
        if (callee.u < 4096) reportError(ErrorKind::NullDereference, "call through a null function pointer", true);
        reportError(ErrorKind::WildPointer,
                    "call through a pointer that is not a function: " + core::hexAddress(callee.u), true);
    }
    return function;
}

// Inlined into evalCall, its one caller: the heap calls then run with no dispatch frame of their own.
[[gnu::always_inline]] inline Value Machine::callLibrary(const Function* function, std::span<const Value> args,
                                                        bool undefinedArg, const CallExpr& call) {
    Builtin builtin = m_builtins[function->id];
    if (builtin == Builtin::None || undefinedArg) checkLibraryCall(builtin, function, args);
    // The heap calls and memset, the commonest by far, go straight to their code; callBuiltin's dispatch
    // (which has them too) takes the rest, and calls with other argument counts.
    switch (builtin) {
    case Builtin::Malloc:
        if (args.size() == 1) return heapMalloc(args[0].u);
        break;
    case Builtin::Free:
        if (args.size() == 1) return heapFree(args[0].u);
        break;
    case Builtin::Realloc:
        if (args.size() == 2) return heapRealloc(args[0].u, args[1].u);
        break;
    case Builtin::Calloc:
        if (args.size() == 2) return heapCalloc(args[0].u, args[1].u);
        break;
    case Builtin::Memset:
        if (args.size() == 3) return memsetCall(args[0], args[1].u, args[2].u);
        break;
    default: break;
    }
    return callBuiltin(builtin, function, args, call);
}

Address Machine::recordReturnSlot(const CallExpr& c) const {
    if (m_stack.empty()) return 0;
    auto it = m_stack.top().layout->returnSlots.find(&c);
    return it != m_stack.top().layout->returnSlots.end() ? m_stack.top().frameBase - it->second : 0;
}

Value Machine::evalCall(const CallExpr& c) {
    core::SourceLoc saved = m_loc;
    const Function* function = c.direct != nullptr ? c.direct : calledFunction(c);
    // gcc -O0 on x86-64 evaluates arguments right to left; C leaves the order unspecified, but a program's
    // output can depend on it, and gcc's binary is the reference.
    // Up to kLocalArgs argument values live in this host frame; more go on m_argStack (nested calls use the
    // stack above base + size).
    constexpr std::size_t kLocalArgs = 6;
    union LocalArgs {
        LocalArgs() {}
        Value values[kLocalArgs];
    } localArgs;
    std::size_t count = c.args.size();
    std::size_t base = m_argStack.size();
    Value* values = localArgs.values;
    if (count > kLocalArgs) {
        m_argStack.resize(base + count);
        values = m_argStack.data() + base;
    }
    bool undefinedArg = false; // so that a library call checks its arguments only when one needs a report
    for (std::size_t i = count; i-- > 0;) {
        const Expr* arg = c.args[i].get();
        Value v;
        IntValue local;
        if (arg->kind == ExprKind::IntConst) // the commonest arguments, without evalOperand's dispatch
            v = Value::bits(arg->as<IntConstExpr>().value);
        else if (arg->kind == ExprKind::VarRef && arg->type->isInteger() &&
                 readLocal(arg->as<VarRefExpr>().var, arg->type, local)) {
            v = Value::bits(local.u);
            v.undef = local.undef;
        } else if (!fastValue(arg, v)) {
            v = evalOperand(arg, c.loc);
        }
        if (count > kLocalArgs) values = m_argStack.data() + base; // a nested call may have moved the stack
        new (&values[i]) Value(v);
        undefinedArg |= v.undef;
    }
    m_loc = c.loc;
    // A record comes back in the caller's hidden slot for this call; the call's value is the slot's address.
    Address returnSlot = c.type->isRecord() ? recordReturnSlot(c) : 0;
    std::span<const Value> args(values, count);
    Value result = function->isDefined() ? callFunction(function, args, c.args, returnSlot)
                                         : callLibrary(function, args, undefinedArg, c);
    if (c.type->isRecord()) result = Value::pointer(returnSlot, {returnSlot, objectSize(c.type)});
    if (count > kLocalArgs) m_argStack.resize(base);
    m_loc = saved;
    return result;
}

} // namespace memviz::engine
