// Scope: the nested symbol tables of the parser: ordinary identifiers (variables, functions, typedefs,
// enum constants) and tags (struct/union/enum), each block scope shadowing the enclosing ones.
#pragma once

#include "lang/ast.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace memviz::lang {

struct Symbol {
    enum class Kind : std::uint8_t { Variable, Function, Typedef, EnumConstant };
    Kind kind = Kind::Variable;
    Variable* var = nullptr;
    Function* function = nullptr;
    const Type* type = nullptr;  // typedef'd type, or the type of an enum constant (int)
    std::int64_t value = 0;      // enum constant
    core::SourceLoc loc;
};

class Scope {
public:
    Scope() { push(); }

    void push() { m_frames.emplace_back(); }
    void pop() { m_frames.pop_back(); }
    bool atFileScope() const { return m_frames.size() == 1; }

    const Symbol* find(const std::string& name) const {
        for (auto it = m_frames.rbegin(); it != m_frames.rend(); ++it) {
            auto found = it->symbols.find(name);
            if (found != it->symbols.end()) return &found->second;
        }
        return nullptr;
    }
    // Only the innermost scope (for redeclaration checks).
    Symbol* findLocal(const std::string& name) {
        auto found = m_frames.back().symbols.find(name);
        return found == m_frames.back().symbols.end() ? nullptr : &found->second;
    }
    Symbol& declare(const std::string& name, Symbol symbol) {
        return m_frames.back().symbols[name] = std::move(symbol);
    }

    const Type* findTag(const std::string& name) const {
        for (auto it = m_frames.rbegin(); it != m_frames.rend(); ++it) {
            auto found = it->tags.find(name);
            if (found != it->tags.end()) return found->second;
        }
        return nullptr;
    }
    const Type* findLocalTag(const std::string& name) const {
        auto found = m_frames.back().tags.find(name);
        return found == m_frames.back().tags.end() ? nullptr : found->second;
    }
    void declareTag(const std::string& name, const Type* type) { m_frames.back().tags[name] = type; }

private:
    struct Frame {
        std::unordered_map<std::string, Symbol> symbols;
        std::unordered_map<std::string, const Type*> tags;
    };
    std::vector<Frame> m_frames;
};

} // namespace memviz::lang
