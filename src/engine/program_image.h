// ProgramImage: where a translation unit lives on the simulated machine: one 16-byte text slot per function
// (so function pointers are real text addresses), string literals in rodata, globals and static locals in
// data (initialized) or bss (zero), and each function's frame layout (parameters, then locals, below rbp,
// plus hidden slots for calls that return a struct). Also the statement paths goto and switch jump along.
#pragma once

#include "core/address.h"
#include "lang/translation_unit.h"
#include "memory/address_space.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace memviz::engine {

struct FrameSlot {
    std::uint64_t offset = 0; // bytes below the frame base (rbp): the object is at rbp - offset
    std::uint64_t size = 0;
    const lang::Variable* variable = nullptr; // null for a hidden struct-return slot
};

struct FrameLayout {
    const lang::Function* function = nullptr;
    std::uint64_t localBytes = 0;   // below rbp, a multiple of 16
    bool pointerLocals = false;     // a parameter or local is a pointer (its frame's direct slots are worth finding)
    std::vector<FrameSlot> slots;   // in ascending address order (descending offset)
    std::unordered_map<const lang::Expr*, std::uint64_t> returnSlots; // CallExpr returning a record -> offset
};

// A global, static local or string literal as an object, for pointer provenance.
struct StaticObject {
    core::Address address = 0;
    std::uint64_t size = 0;
    const lang::Variable* variable = nullptr; // null for a string literal
};

class ProgramImage {
public:
    explicit ProgramImage(const lang::TranslationUnit& unit);

    const lang::TranslationUnit& unit() const { return m_unit; }
    memory::Layout layout(std::uint64_t stackLimit, std::uint64_t heapLimit) const;

    core::Address functionAddress(const lang::Function* function) const {
        return memory::AddressSpace::kTextBase + 16 * (function->id + 1);
    }
    // The function whose text slot starts at `address`, or nullptr.
    const lang::Function* functionAt(core::Address address) const;
    core::Address stringAddress(std::uint32_t index) const { return m_strings[index]; }
    core::Address staticAddress(const lang::Variable* variable) const { return m_varSlots[variable->id]; }
    std::uint64_t localOffset(const lang::Variable* variable) const { return m_varSlots[variable->id]; }
    const FrameLayout& frameLayout(const lang::Function* function) const { return m_frames[function->id]; }
    // Static objects in address order.
    const std::vector<StaticObject>& staticObjects() const { return m_statics; }
    const StaticObject* staticObjectAt(core::Address address) const;
    // Fake FILE objects for stdin, stdout, stderr (in rodata).
    core::Address streamAddress(int fd) const { return m_streams + 16 * static_cast<core::Address>(fd); }

    // Statements enclosing a label/case/default target, outermost first (the target itself last).
    const std::vector<const lang::Stmt*>* pathTo(const lang::Stmt* target) const;
    bool encloses(const lang::Stmt* outer, const lang::Stmt* target) const;

private:
    void layoutFunction(const lang::Function& function);
    void walkStmt(const lang::Stmt* stmt, FrameLayout& layout, std::vector<const lang::Stmt*>& path);
    void walkExpr(const lang::Expr* expr, FrameLayout& layout);

    const lang::TranslationUnit& m_unit;
    std::vector<core::Address> m_strings;
    std::vector<std::uint64_t> m_varSlots; // by Variable::id: absolute address (static) or offset below rbp
    std::vector<FrameLayout> m_frames;     // by Function::id
    std::vector<StaticObject> m_statics;
    std::unordered_map<const lang::Stmt*, std::vector<const lang::Stmt*>> m_paths;
    core::Address m_streams = 0;
    std::uint64_t m_textSize = 0, m_rodataSize = 0, m_dataSize = 0, m_bssSize = 0;
    std::uint64_t m_localCursor = 0; // while laying out one function
};

} // namespace memviz::engine
