// Sema for postfix expressions: function calls (argument checks and conversions), member access with
// . and ->, and subscripts (lowered to *(a + i)).
#include "lang/sema.h"

namespace memviz::lang {

ExprPtr Sema::call(ExprPtr callee, std::vector<ExprPtr> args, core::SourceLoc loc) {
    if (isError(*callee)) return callee;
    for (ExprPtr& a : args)
        if (isError(*a)) return errorExpr(loc);
    const Function* direct = callee->kind == ExprKind::FuncRef ? callee->as<FuncRefExpr>().function : nullptr;
    std::string name = direct ? direct->name : callee->kind == ExprKind::VarRef ? callee->as<VarRefExpr>().var->name : "";
    callee = decay(std::move(callee));
    if (!callee->type->isPointer() || !callee->type->base->isFunction()) {
        error(loc, name.empty() ? "called object is not a function or function pointer"
                                : "called object '" + name + "' is not a function or function pointer");
        return errorExpr(loc);
    }
    const Type* fn = callee->type->base;
    std::vector<ExprPtr> converted;
    if (fn->hasPrototype) {
        std::size_t n = fn->params.size();
        if (args.size() < n) {
            error(loc, "too few arguments to function" + (name.empty() ? std::string() : " '" + name + "'"));
            return errorExpr(loc);
        }
        if (args.size() > n && !fn->variadic) {
            error(loc, "too many arguments to function" + (name.empty() ? std::string() : " '" + name + "'"));
            return errorExpr(loc);
        }
    }
    for (std::size_t i = 0; i < args.size(); ++i) {
        ExprPtr a = std::move(args[i]);
        core::SourceLoc argLoc = a->loc;
        if (a->type->isVoid()) {
            error(argLoc, "invalid use of void expression");
            return errorExpr(loc);
        }
        if (fn->hasPrototype && i < fn->params.size()) {
            ConversionSite site{ConversionSite::Kind::Argument, name, static_cast<int>(i + 1)};
            a = assignConvert(std::move(a), fn->params[i]->unqualified, site, argLoc);
        } else {
            a = defaultArgumentPromotion(std::move(a));
        }
        if (isError(*a)) return a;
        converted.push_back(std::move(a));
    }
    const Type* ret = fn->base;
    if (ret->isRecord() && !ret->isComplete()) {
        error(loc, "invalid use of undefined type '" + typeName(ret) + "'");
        return errorExpr(loc);
    }
    auto e = std::make_unique<CallExpr>();
    e->callee = std::move(callee);
    e->args = std::move(converted);
    e->direct = direct;
    e->type = ret->unqualified;
    e->loc = loc;
    return finish(std::move(e));
}

ExprPtr Sema::member(ExprPtr base, const std::string& name, bool arrow, core::SourceLoc loc) {
    if (isError(*base)) return base;
    if (arrow) {
        base = decay(std::move(base));
        if (!base->type->isPointer() || !base->type->base->isRecord()) {
            error(loc, "invalid type argument of '->' (have '" + typeName(base->type) + "')");
            return errorExpr(loc);
        }
        core::SourceLoc baseLoc = base->loc;
        base = unary(UnaryOp::Deref, std::move(base), baseLoc);
        if (isError(*base)) return base;
    } else if (!base->type->isRecord()) {
        error(loc, "request for member '" + name + "' in something not a structure or union");
        return errorExpr(loc);
    }
    const Type* recordType = base->type;
    if (!recordType->isComplete()) {
        error(loc, "invalid use of undefined type '" + typeName(recordType) + "'");
        return errorExpr(loc);
    }
    const Member* m = recordType->record->find(name);
    if (!m) {
        error(loc, quote(typeName(recordType->unqualified)) + " has no member named " + quote(name));
        return errorExpr(loc);
    }
    auto e = std::make_unique<MemberExpr>();
    e->type = m_types.qualified(m->type, recordType->isConst, recordType->isVolatile);
    e->isLvalue = base->isLvalue;
    e->base = std::move(base);
    e->member = m;
    e->arrow = arrow;
    e->loc = loc;
    return finish(std::move(e));
}

ExprPtr Sema::subscript(ExprPtr base, ExprPtr index, core::SourceLoc loc) {
    if (isError(*base)) return base;
    if (isError(*index)) return index;
    base = decay(std::move(base));
    index = decay(std::move(index));
    if (index->type->isPointer() && base->type->isInteger()) std::swap(base, index);
    if (!base->type->isPointer()) {
        error(loc, "subscripted value is neither array nor pointer nor vector");
        return errorExpr(loc);
    }
    if (!index->type->isInteger()) {
        error(loc, "array subscript is not an integer");
        return errorExpr(loc);
    }
    if (base->type->base->isVoid()) {
        warning(loc, "dereferencing 'void *' pointer");
    }
    ExprPtr sum = binary(BinaryOp::Add, std::move(base), std::move(index), loc);
    if (isError(*sum)) return sum;
    ExprPtr deref = unary(UnaryOp::Deref, std::move(sum), loc);
    if (deref->kind == ExprKind::Unary) deref->as<UnaryExpr>().fromSubscript = true;
    return deref;
}

} // namespace memviz::lang
