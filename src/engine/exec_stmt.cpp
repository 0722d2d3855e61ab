// Machine: statements. Each executed statement is one step (a for loop's condition and increment are
// steps of their own). goto and switch jump by "seeking": m_seekTarget is set and each enclosing statement
// on the target's path re-enters the child that holds it, so jumps into and out of blocks and loops work.
#include "engine/machine.h"

#include "engine/value_ops.h"

#include <algorithm>

namespace memviz::engine {

using core::Address;
using namespace memviz::lang;

void Machine::checkStepBudget() {
    if (m_result.steps >= m_options.maxSteps) stop(RunStatus::StepLimit, 0);
    if ((m_result.steps & 0xfff) == 0 && m_options.cancel != nullptr && m_options.cancel->load(std::memory_order_relaxed))
        stop(RunStatus::StepLimit, 0);
    m_stepCheckAt = m_sink != nullptr ? 0 : std::min(m_options.maxSteps, (m_result.steps | 0xfff) + 1);
}

void Machine::checkedStep(core::SourceLoc loc) {
    checkStepBudget();
    ++m_result.steps;
    m_result.lastLine = loc.line;
    m_loc = loc;
    m_stack.setLine(loc.line);
    if (m_sink) m_sink->onStep({m_result.steps, loc.line});
}

bool Machine::seekingInto(const Stmt* stmt) const {
    return m_seekTarget != nullptr && m_image.encloses(stmt, m_seekTarget);
}

void Machine::initialize(const Value& object, const Type* type, const Initializer& init, core::SourceLoc declarator) {
    if (init.zeroFill && type->size > 0) {
        std::vector<std::uint8_t> zeros(type->size, 0);
        writeBytes(object, zeros.data(), zeros.size());
    }
    for (const InitEntry& entry : init.entries) {
        Value target = Value::pointer(object.u + entry.offset, object.prov);
        if (entry.value) {
            // gcc places a scalar initializer that is a plain load at the declarator (`int x = a[k];`).
            bool whole = declarator.valid() && !type->isRecord() && !type->isArray() && init.entries.size() == 1;
            Value v = whole ? evalOperand(entry.value.get(), declarator) : eval(entry.value.get());
            if (entry.type->isRecord())
                copyObject(target, v, entry.type->size);
            else
                store(target, entry.type, v);
        } else {
            writeBytes(target, reinterpret_cast<const std::uint8_t*>(entry.bytes.data()), entry.bytes.size());
        }
    }
}

// A thin dispatcher, as eval: the bigger cases are functions of their own.
Machine::Flow Machine::exec(const Stmt* s) {
    if (s == nullptr) return Flow::Normal;
    switch (s->kind) {
    case StmtKind::Compound: return execCompound(s->as<CompoundStmt>());
    case StmtKind::Expr: execExpression(s); return Flow::Normal;
    case StmtKind::Decl: return execDecl(s->as<DeclStmt>());
    case StmtKind::If: return execIf(s->as<IfStmt>());
    case StmtKind::While: return execWhile(s->as<WhileStmt>());
    case StmtKind::DoWhile: return execDoWhile(s->as<DoWhileStmt>());
    case StmtKind::For: return execFor(s->as<ForStmt>());
    case StmtKind::Switch: return execSwitch(s->as<SwitchStmt>());
    case StmtKind::Case:
        if (m_seekTarget == s) m_seekTarget = nullptr;
        return exec(s->as<CaseStmt>().body.get());
    case StmtKind::Default:
        if (m_seekTarget == s) m_seekTarget = nullptr;
        return exec(s->as<DefaultStmt>().body.get());
    case StmtKind::Label:
        if (m_seekTarget == s) m_seekTarget = nullptr;
        return exec(s->as<LabelStmt>().body.get());
    case StmtKind::Break: step(s->loc); return Flow::Break;
    case StmtKind::Continue: step(s->loc); return Flow::Continue;
    case StmtKind::Return: return execReturn(s->as<ReturnStmt>());
    case StmtKind::Goto:
        step(s->loc);
        m_seekTarget = s->as<GotoStmt>().target;
        return m_seekTarget != nullptr ? Flow::Seek : Flow::Normal;
    case StmtKind::Empty: return Flow::Normal;
    }
    return Flow::Normal;
}

Machine::Flow Machine::execDecl(const DeclStmt& d) {
    // The commonest declaration, `T x = e;` of a scalar local, in its compiled form when nothing listens (a sink
    // hears of the declaration first).
    if (m_sink == nullptr && d.vars.size() == 1) {
        if (const FastNode* root = fastDeclRoot(d.vars[0])) return runDeclaration(root, d);
    }
    bool counts = std::any_of(d.vars.begin(), d.vars.end(),
                              [](const Variable* v) { return v->hasInit && !v->hasStaticStorage(); });
    if (counts) step(d.loc);
    return initializeDeclared(d);
}

Machine::Flow Machine::initializeDeclared(const DeclStmt& d) {
    for (const Variable* v : d.vars) {
        if (v->hasStaticStorage()) continue;
        Address a = variableAddress(v);
        if (m_sink) m_sink->onVariableDeclared({m_stack.top().id, v, a});
        if (!v->hasInit) continue;
        // A scalar with one initializer: initialize's steps, the store straight to the frame bytes if it can.
        const Initializer& init = v->init;
        const InitEntry* only = init.entries.size() == 1 ? &init.entries[0] : nullptr;
        if (only != nullptr && !init.zeroFill && only->value && only->offset == 0 && only->type == v->type &&
            v->type->isScalar() && v->loc.valid()) {
            Value value;
            if (!fastValue(only->value.get(), value)) value = evalOperand(only->value.get(), v->loc);
            if (!storeLocal(v, v->type, value)) store(variableObject(v), v->type, value);
            continue;
        }
        initialize(variableObject(v), v->type, v->init, v->loc);
    }
    return Flow::Normal;
}

Machine::Flow Machine::execIf(const IfStmt& i) {
    if (m_seekTarget != nullptr) return seekingInto(i.thenStmt.get()) ? exec(i.thenStmt.get()) : exec(i.elseStmt.get());
    return runIf(fastRoot(i.cond.get(), FastUse::Condition), i);
}

Machine::Flow Machine::execIfBy(const FastNode* condition, const IfStmt& i) { return runIf(condition, i); }

Machine::Flow Machine::execReturn(const ReturnStmt& r) {
    step(r.loc);
    if (r.value) {
        if (fastValue(r.value.get(), m_returnValue)) return Flow::Return;
        if (r.value->type->isInteger()) { // evalInt's paths, without a Value on the way
            IntValue v = evalIntOperand(r.value.get());
            m_returnValue = Value::bits(v.u);
            m_returnValue.undef = v.undef;
            return Flow::Return;
        }
        Value v = eval(r.value.get());
        if (r.value->type->isRecord()) {
            Address slot = m_stack.top().returnSlot;
            if (slot != 0) copyObject(Value::pointer(slot, {slot, r.value->type->size}), v, r.value->type->size);
            m_returnValue = Value::pointer(slot, {});
        } else {
            m_returnValue = v;
        }
    } else {
        m_returnValue = Value(); // `return;`: no value
    }
    return Flow::Return;
}

Machine::Flow Machine::execCompound(const CompoundStmt& block) {
    const PlannedStmt* plan = m_seekTarget == nullptr ? blockPlan(block) : nullptr;
    if (plan == nullptr) return execCompoundWalk(block);
    for (const PlannedStmt *p = plan, *end = plan + block.body.size(); p != end; ++p) {
        Flow flow = execPlanned(*p);
        if (flow == Flow::Normal) continue;
        if (flow == Flow::Seek && seekingInto(&block)) return execCompoundWalk(block); // a goto into this block
        return flow;
    }
    return Flow::Normal;
}

Machine::Flow Machine::execCompoundWalk(const CompoundStmt& block) {
    std::size_t i = 0;
    auto findChild = [&]() {
        for (std::size_t k = 0; k < block.body.size(); ++k)
            if (m_image.encloses(block.body[k].get(), m_seekTarget)) return k;
        return block.body.size();
    };
    if (m_seekTarget != nullptr) i = findChild();
    const StmtPtr* body = block.body.data(); // the tree never changes while it runs
    const std::size_t count = block.body.size();
    while (i < count) {
        const Stmt* s = body[i].get();
        if (s->kind == StmtKind::Expr) { // the commonest statement, without exec's call and dispatch
            execExpression(s);
            ++i;
            continue;
        }
        Flow flow = s->kind == StmtKind::Decl ? execDecl(s->as<DeclStmt>())
                    : s->kind == StmtKind::If ? execIf(s->as<IfStmt>())
                                              : exec(s);
        if (flow == Flow::Normal) {
            ++i;
            continue;
        }
        if (flow == Flow::Seek && seekingInto(&block)) {
            i = findChild();
            continue;
        }
        return flow;
    }
    return Flow::Normal;
}

Machine::Flow Machine::execWhile(const WhileStmt& w) {
    bool enterBody = m_seekTarget != nullptr;
    const FastNode* condition = fastRoot(w.cond.get(), FastUse::Condition); // looked up once for all rounds
    for (;;) {
        if (!enterBody) {
            step(w.cond->loc);
            if (!conditionHolds(condition, w.cond.get())) return Flow::Normal;
        }
        enterBody = false;
        Flow flow = execNested(w.body.get());
        if (flow == Flow::Break) return Flow::Normal;
        if (flow == Flow::Return) return flow;
        if (flow == Flow::Seek) {
            if (!seekingInto(&w)) return flow;
            enterBody = true;
        }
    }
}

Machine::Flow Machine::execDoWhile(const DoWhileStmt& d) {
    const FastNode* condition = fastRoot(d.cond.get(), FastUse::Condition); // looked up once for all rounds
    for (;;) {
        Flow flow = exec(d.body.get());
        if (flow == Flow::Break) return Flow::Normal;
        if (flow == Flow::Return) return flow;
        if (flow == Flow::Seek) {
            if (!seekingInto(&d)) return flow;
            continue;
        }
        step(d.cond->loc);
        if (!conditionHolds(condition, d.cond.get())) return Flow::Normal;
    }
}

Machine::Flow Machine::execFor(const ForStmt& f) {
    bool enterBody = m_seekTarget != nullptr;
    if (!enterBody && f.init) exec(f.init.get());
    // The compiled forms of the condition, the step and a one-expression body, looked up once for all rounds.
    const FastNode* condition = f.cond ? fastRoot(f.cond.get(), FastUse::Condition) : nullptr;
    const FastNode* increment = f.step ? fastRoot(f.step.get(), FastUse::Statement) : nullptr;
    const Stmt* body = f.body.get();
    const Expr* bodyExpr = body != nullptr && body->kind == StmtKind::Expr ? body->as<ExprStmt>().expr.get() : nullptr;
    const FastNode* bodyRoot = bodyExpr != nullptr ? fastRoot(bodyExpr, FastUse::Statement) : nullptr;
    for (;;) {
        if (!enterBody) {
            if (f.cond) {
                step(f.cond->loc);
                if (!conditionHolds(condition, f.cond.get())) return Flow::Normal;
            } else {
                step(f.loc);
            }
        }
        enterBody = false;
        if (bodyExpr != nullptr) { // as execExpression
            runExpression(bodyRoot, body->loc, bodyExpr);
        } else {
            Flow flow = execNested(body);
            if (flow == Flow::Break) return Flow::Normal;
            if (flow == Flow::Return) return flow;
            if (flow == Flow::Seek) {
                if (!seekingInto(&f)) return flow;
                enterBody = true;
                continue;
            }
        }
        if (f.step) runExpression(increment, f.step->loc, f.step.get());
    }
}

Machine::Flow Machine::execSwitch(const SwitchStmt& s) {
    if (m_seekTarget == nullptr) {
        step(s.loc);
        Value v = eval(s.cond.get());
        if (v.undef) {
            m_loc = s.cond->loc;
            checkDefined(v, "a conditional jump");
        }
        const Stmt* target = s.defaultCase;
        for (const CaseStmt* c : s.cases)
            if (normalize(c->value, s.cond->type) == v.u) {
                target = c;
                break;
            }
        if (target == nullptr) return Flow::Normal;
        m_seekTarget = target;
    }
    Flow flow = exec(s.body.get());
    if (flow == Flow::Break) return Flow::Normal;
    return flow;
}

} // namespace memviz::engine
