// TranslationUnit: the result of compiling one C file: its types, functions, variables with static storage
// (globals and static locals, in definition order) and the string literal table.
#pragma once

#include "lang/ast.h"
#include "lang/type_context.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace memviz::lang {

struct StringLiteral {
    std::string bytes;        // the decoded characters including the terminating NUL
    const Type* type = nullptr; // char[bytes.size()]
    core::SourceLoc loc;
};

struct TranslationUnit {
    std::unique_ptr<TypeContext> types = std::make_unique<TypeContext>();
    std::vector<std::unique_ptr<Variable>> variables;  // owns every variable (globals, locals, parameters)
    std::vector<std::unique_ptr<Function>> functions;  // every function declared or defined, in order
    std::vector<const Variable*> globals;              // static storage: globals and static locals
    std::vector<StringLiteral> strings;
    const Function* mainFunction = nullptr;
    std::uint32_t exprCount = 0; // expressions in function bodies, numbered 1..exprCount (Expr::id)
    std::uint32_t blockCount = 0; // blocks in function bodies, numbered 1..blockCount (CompoundStmt::id)

    const Function* findFunction(std::string_view name) const {
        for (const auto& f : functions)
            if (f->name == name) return f.get();
        return nullptr;
    }
    const Variable* findGlobal(std::string_view name) const {
        for (const Variable* v : globals)
            if (v->name == name && v->storage == Storage::Global) return v;
        return nullptr;
    }
};

} // namespace memviz::lang
