// Parser: declarations of variables, functions and typedefs at file and block scope, with C's rules for
// redeclaration (compatible types, one definition, tentative definitions, extern).
#include "lang/parser.h"

namespace memviz::lang {

Variable* Parser::newVariable(const Declarator& decl, Storage storage) {
    auto var = std::make_unique<Variable>();
    var->name = decl.name;
    var->type = decl.type;
    var->loc = decl.loc;
    var->storage = storage;
    var->id = m_nextVariableId++;
    var->owner = m_function;
    m_unit.variables.push_back(std::move(var));
    return m_unit.variables.back().get();
}

Function* Parser::declareFunction(const DeclSpec& spec, const Declarator& decl, bool isDefinition) {
    if (decl.name.empty()) {
        m_sink.error(decl.loc, "function declaration without a name");
        return nullptr;
    }
    bool fromHeader = decl.file != 0 && m_sink.file(decl.file).builtin;
    if (spec.storage == StorageClass::Static && !m_scope.atFileScope())
        m_sink.error(decl.loc, "invalid storage class for function " + quote(decl.name));
    if (const Symbol* s = m_scope.findLocal(decl.name); s && s->kind != Symbol::Kind::Function) {
        m_sink.error(decl.loc, quote(decl.name) + " redeclared as different kind of symbol");
        return nullptr;
    }
    Function* fn = nullptr;
    auto it = m_functions.find(decl.name);
    if (it != m_functions.end()) {
        fn = it->second;
        if (!sameType(fn->type, decl.type)) {
            m_sink.error(decl.loc, "conflicting types for " + quote(decl.name) + "; have " + quote(typeName(decl.type)));
            if (!isDefinition) return fn;
        }
        if (isDefinition || (decl.type->hasPrototype && !fn->type->hasPrototype)) fn->type = decl.type;
        if (isDefinition && !fn->isDefined()) fn->loc = decl.loc;
    } else {
        auto made = std::make_unique<Function>();
        made->name = decl.name;
        made->type = decl.type;
        made->loc = decl.loc;
        made->isStatic = spec.storage == StorageClass::Static;
        made->isLibrary = fromHeader;
        made->id = static_cast<std::uint32_t>(m_unit.functions.size());
        fn = made.get();
        m_unit.functions.push_back(std::move(made));
        m_functions.emplace(decl.name, fn);
    }
    Symbol symbol;
    symbol.kind = Symbol::Kind::Function;
    symbol.function = fn;
    symbol.loc = decl.loc;
    m_scope.declare(decl.name, symbol);
    return fn;
}

Variable* Parser::declareGlobal(const DeclSpec& spec, const Declarator& decl, bool hasInit) {
    bool isExtern = spec.storage == StorageClass::Extern;
    if (Symbol* s = m_scope.findLocal(decl.name)) {
        if (s->kind != Symbol::Kind::Variable || !s->var->hasStaticStorage()) {
            m_sink.error(decl.loc, quote(decl.name) + " redeclared as different kind of symbol");
            return nullptr;
        }
        Variable* var = s->var;
        if (!sameType(var->type, decl.type)) {
            m_sink.error(decl.loc, "conflicting types for " + quote(decl.name) + "; have " + quote(typeName(decl.type)));
            return nullptr;
        }
        if (var->type->isArray() && var->type->length < 0) var->type = decl.type;
        if (hasInit && var->hasInit) {
            m_sink.error(decl.loc, "redefinition of " + quote(decl.name));
            return nullptr;
        }
        if (!isExtern || hasInit) {
            var->isExtern = false;
            if (hasInit) var->loc = decl.loc;
        }
        return var;
    }
    Variable* var = newVariable(decl, Storage::Global);
    var->owner = nullptr;
    var->isStatic = spec.storage == StorageClass::Static;
    var->isExtern = isExtern && !hasInit;
    var->isLibrary = decl.file != 0 && m_sink.file(decl.file).builtin;
    m_unit.globals.push_back(var);
    Symbol symbol;
    symbol.kind = Symbol::Kind::Variable;
    symbol.var = var;
    symbol.loc = decl.loc;
    m_scope.declare(decl.name, symbol);
    return var;
}

void Parser::declareTypedef(const Declarator& decl) {
    if (decl.name.empty()) {
        m_sink.error(decl.loc, "typedef without a name");
        return;
    }
    if (Symbol* s = m_scope.findLocal(decl.name)) {
        if (s->kind != Symbol::Kind::Typedef) {
            m_sink.error(decl.loc, quote(decl.name) + " redeclared as different kind of symbol");
        } else if (!sameType(s->type, decl.type)) {
            m_sink.error(decl.loc, "conflicting types for " + quote(decl.name) + "; have " + quote(typeName(decl.type)));
        }
        return;
    }
    Symbol symbol;
    symbol.kind = Symbol::Kind::Typedef;
    symbol.type = decl.type;
    symbol.loc = decl.loc;
    m_scope.declare(decl.name, symbol);
}

void Parser::checkObjectType(Variable& v, bool hasInit) {
    if (v.type->isVoid()) {
        m_sink.error(v.loc, "variable or field " + quote(v.name) + " declared void");
        v.type = m_types.intType();
        return;
    }
    if (v.isExtern || v.type->isComplete()) return;
    if (v.type->isArray() && v.type->length < 0 && !hasInit) {
        if (v.storage == Storage::Global) {
            m_sink.warning(v.loc, "array " + quote(v.name) + " assumed to have one element");
            v.type = m_types.arrayOf(v.type->base, 1);
        } else {
            m_sink.error(v.loc, "array size missing in " + quote(v.name));
            v.type = m_types.arrayOf(v.type->base, 1);
        }
        return;
    }
    if (!v.type->isComplete()) {
        m_sink.error(v.loc, "storage size of " + quote(v.name) + " isn't known");
        v.type = m_types.intType();
    }
}

// declaration: decl-specifiers (init-declarator (',' init-declarator)*)? ';'
// init-declarator: declarator ('=' initializer)?
StmtPtr Parser::parseLocalDeclaration() {
    const Token& start = peek();
    DeclSpec spec = parseDeclSpec(true);
    auto stmt = std::make_unique<DeclStmt>();
    stmt->loc = start.loc;
    if (!spec.explicitType) error(start, "type defaults to 'int' in declaration");
    if (accept(";")) {
        auto empty = std::make_unique<EmptyStmt>();
        empty->loc = start.loc;
        return empty;
    }
    while (true) {
        Declarator d = parseDeclarator(spec.type, false);
        if (spec.storage == StorageClass::Typedef) {
            declareTypedef(d);
        } else if (d.type->isFunction()) {
            declareFunction(spec, d, false);
        } else if (spec.storage == StorageClass::Extern) {
            if (check("=")) fail(peek(), quote(d.name) + " has both 'extern' and initializer");
            Variable* var = nullptr;
            for (const auto& g : m_unit.variables)
                if (g->storage == Storage::Global && g->name == d.name) var = g.get();
            if (!var) {
                var = newVariable(d, Storage::Global);
                var->owner = nullptr;
                var->isExtern = true;
                m_unit.globals.push_back(var);
            } else if (!sameType(var->type, d.type)) {
                m_sink.error(d.loc, "conflicting types for " + quote(d.name));
            }
            Symbol symbol;
            symbol.kind = Symbol::Kind::Variable;
            symbol.var = var;
            symbol.loc = d.loc;
            m_scope.declare(d.name, symbol);
        } else {
            if (const Symbol* old = m_scope.findLocal(d.name)) {
                m_sink.error(d.loc, old->kind == Symbol::Kind::Variable ? "redefinition of " + quote(d.name)
                                                                         : quote(d.name) + " redeclared as different kind of symbol");
            }
            bool isStatic = spec.storage == StorageClass::Static;
            Variable* var = newVariable(d, isStatic ? Storage::StaticLocal : Storage::Local);
            var->isStatic = isStatic;
            Symbol symbol;
            symbol.kind = Symbol::Kind::Variable;
            symbol.var = var;
            symbol.loc = d.loc;
            m_scope.declare(d.name, symbol);
            bool hasInit = accept("=");
            if (hasInit) parseInitializer(*var);
            checkObjectType(*var, hasInit);
            if (isStatic) m_unit.globals.push_back(var);
            else if (m_function) m_function->locals.push_back(var);
            stmt->vars.push_back(var);
        }
        if (accept(",")) continue;
        expect(";");
        break;
    }
    if (stmt->vars.empty()) {
        auto empty = std::make_unique<EmptyStmt>();
        empty->loc = start.loc;
        return empty;
    }
    return stmt;
}

} // namespace memviz::lang
