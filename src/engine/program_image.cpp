// ProgramImage: lays out text, rodata, data, bss and every function's frame the way gcc -O0 would.
#include "engine/program_image.h"

#include "engine/value_ops.h"

#include <algorithm>
#include <map>
#include <string_view>

namespace memviz::engine {

using core::Address;
using core::alignUp;
using namespace memviz::lang;

namespace {

std::uint64_t objectAlign(const Type* type) {
    std::uint64_t align = type->align == 0 ? 1 : type->align;
    // gcc gives arrays of 16 bytes or more 16-byte alignment on x86-64.
    if (type->isArray() && type->size >= 16 && align < 16) align = 16;
    return align;
}

} // namespace

ProgramImage::ProgramImage(const TranslationUnit& unit) : m_unit(unit) {
    constexpr std::uint64_t page = memory::AddressSpace::kPageSize;
    std::uint32_t maxVar = 0;
    for (const auto& v : unit.variables) maxVar = std::max(maxVar, v->id);
    m_varSlots.assign(static_cast<std::size_t>(maxVar) + 1, 0);

    // Sizes first: text, rodata (streams + literals), data (initialized statics), bss (the rest).
    m_textSize = alignUp(16 * (unit.functions.size() + 2), page);
    std::uint64_t rodata = 48;
    // Identical literals share one object, as gcc emits them once per translation unit.
    std::vector<std::uint64_t> stringOffsets;
    std::vector<bool> firstOfItsBytes;
    std::map<std::string_view, std::uint64_t> literalOffsets;
    for (const StringLiteral& s : unit.strings) {
        auto [it, inserted] = literalOffsets.try_emplace(s.bytes, rodata);
        stringOffsets.push_back(it->second);
        firstOfItsBytes.push_back(inserted);
        if (inserted) rodata += std::max<std::uint64_t>(s.bytes.size(), 1);
    }
    m_rodataSize = alignUp(std::max<std::uint64_t>(rodata, 1), page);
    std::vector<std::pair<const Variable*, std::uint64_t>> dataVars, bssVars;
    std::uint64_t data = 0, bss = 0;
    for (const Variable* v : unit.globals) {
        if (v->isExtern && !v->isLibrary) continue;
        bool initialized = v->hasInit || v->isLibrary;
        std::uint64_t& cursor = initialized ? data : bss;
        cursor = alignUp(cursor, objectAlign(v->type));
        (initialized ? dataVars : bssVars).emplace_back(v, cursor);
        cursor += objectSize(v->type);
    }
    // A guard gap after the last object, so overflowing it is visible.
    m_dataSize = alignUp(data + 32, page);
    m_bssSize = alignUp(bss + 32, page);

    // Then addresses, computed as AddressSpace does.
    Address text = memory::AddressSpace::kTextBase;
    Address rodataBase = alignUp(text + m_textSize, page);
    Address dataBase = alignUp(rodataBase + m_rodataSize, page);
    Address bssBase = alignUp(dataBase + m_dataSize, 32);
    m_streams = rodataBase;
    for (std::size_t i = 0; i < unit.strings.size(); ++i) {
        m_strings.push_back(rodataBase + stringOffsets[i]);
        if (firstOfItsBytes[i]) m_statics.push_back({rodataBase + stringOffsets[i], unit.strings[i].bytes.size(), nullptr});
    }
    for (auto [v, offset] : dataVars) {
        m_varSlots[v->id] = dataBase + offset;
        m_statics.push_back({dataBase + offset, objectSize(v->type), v});
    }
    for (auto [v, offset] : bssVars) {
        m_varSlots[v->id] = bssBase + offset;
        m_statics.push_back({bssBase + offset, objectSize(v->type), v});
    }
    std::sort(m_statics.begin(), m_statics.end(),
              [](const StaticObject& a, const StaticObject& b) { return a.address < b.address; });

    m_frames.resize(unit.functions.size());
    for (const auto& f : unit.functions) layoutFunction(*f);
}

memory::Layout ProgramImage::layout(std::uint64_t stackLimit, std::uint64_t heapLimit) const {
    memory::Layout layout;
    layout.textSize = m_textSize;
    layout.rodataSize = m_rodataSize;
    layout.dataSize = m_dataSize;
    layout.bssSize = m_bssSize;
    layout.stackLimit = stackLimit;
    layout.heapLimit = heapLimit;
    return layout;
}

const Function* ProgramImage::functionAt(Address address) const {
    Address base = memory::AddressSpace::kTextBase + 16;
    if (address < base || (address - base) % 16 != 0) return nullptr;
    std::uint64_t index = (address - base) / 16;
    if (index >= m_unit.functions.size()) return nullptr;
    return m_unit.functions[index].get();
}

const StaticObject* ProgramImage::staticObjectAt(Address address) const {
    auto it = std::upper_bound(m_statics.begin(), m_statics.end(), address,
                               [](Address a, const StaticObject& o) { return a < o.address; });
    if (it == m_statics.begin()) return nullptr;
    --it;
    return address - it->address < it->size ? &*it : nullptr;
}

const std::vector<const Stmt*>* ProgramImage::pathTo(const Stmt* target) const {
    auto it = m_paths.find(target);
    return it == m_paths.end() ? nullptr : &it->second;
}

bool ProgramImage::encloses(const Stmt* outer, const Stmt* target) const {
    const std::vector<const Stmt*>* path = pathTo(target);
    if (path == nullptr) return false;
    return std::find(path->begin(), path->end(), outer) != path->end();
}

void ProgramImage::layoutFunction(const Function& function) {
    FrameLayout& layout = m_frames[function.id];
    layout.function = &function;
    if (!function.isDefined()) return;
    m_localCursor = 0;
    auto place = [&](const Variable* v) {
        m_localCursor = alignUp(m_localCursor + objectSize(v->type), objectAlign(v->type));
        m_varSlots[v->id] = m_localCursor;
        if (v->type->isPointer()) layout.pointerLocals = true;
        layout.slots.push_back({m_localCursor, objectSize(v->type), v});
    };
    for (const Variable* p : function.params) place(p);
    for (const Variable* v : function.locals)
        if (!v->hasStaticStorage()) place(v);
    std::vector<const Stmt*> path;
    walkStmt(function.body.get(), layout, path);
    layout.localBytes = alignUp(m_localCursor, 16);
    std::sort(layout.slots.begin(), layout.slots.end(),
              [](const FrameSlot& a, const FrameSlot& b) { return a.offset > b.offset; });
}

void ProgramImage::walkStmt(const Stmt* stmt, FrameLayout& layout, std::vector<const Stmt*>& path) {
    if (stmt == nullptr) return;
    path.push_back(stmt);
    switch (stmt->kind) {
    case StmtKind::Compound:
        for (const auto& s : stmt->as<CompoundStmt>().body) walkStmt(s.get(), layout, path);
        break;
    case StmtKind::Expr: walkExpr(stmt->as<ExprStmt>().expr.get(), layout); break;
    case StmtKind::Decl:
        for (const Variable* v : stmt->as<DeclStmt>().vars)
            for (const InitEntry& e : v->init.entries) walkExpr(e.value.get(), layout);
        break;
    case StmtKind::If: {
        const auto& s = stmt->as<IfStmt>();
        walkExpr(s.cond.get(), layout);
        walkStmt(s.thenStmt.get(), layout, path);
        walkStmt(s.elseStmt.get(), layout, path);
        break;
    }
    case StmtKind::While:
        walkExpr(stmt->as<WhileStmt>().cond.get(), layout);
        walkStmt(stmt->as<WhileStmt>().body.get(), layout, path);
        break;
    case StmtKind::DoWhile:
        walkStmt(stmt->as<DoWhileStmt>().body.get(), layout, path);
        walkExpr(stmt->as<DoWhileStmt>().cond.get(), layout);
        break;
    case StmtKind::For: {
        const auto& s = stmt->as<ForStmt>();
        walkStmt(s.init.get(), layout, path);
        walkExpr(s.cond.get(), layout);
        walkExpr(s.step.get(), layout);
        walkStmt(s.body.get(), layout, path);
        break;
    }
    case StmtKind::Switch:
        walkExpr(stmt->as<SwitchStmt>().cond.get(), layout);
        walkStmt(stmt->as<SwitchStmt>().body.get(), layout, path);
        break;
    case StmtKind::Case:
        m_paths[stmt] = path;
        walkStmt(stmt->as<CaseStmt>().body.get(), layout, path);
        break;
    case StmtKind::Default:
        m_paths[stmt] = path;
        walkStmt(stmt->as<DefaultStmt>().body.get(), layout, path);
        break;
    case StmtKind::Label:
        m_paths[stmt] = path;
        walkStmt(stmt->as<LabelStmt>().body.get(), layout, path);
        break;
    case StmtKind::Return: walkExpr(stmt->as<ReturnStmt>().value.get(), layout); break;
    default: break;
    }
    path.pop_back();
}

void ProgramImage::walkExpr(const Expr* expr, FrameLayout& layout) {
    if (expr == nullptr) return;
    switch (expr->kind) {
    case ExprKind::Unary: walkExpr(expr->as<UnaryExpr>().operand.get(), layout); break;
    case ExprKind::IncDec: walkExpr(expr->as<IncDecExpr>().operand.get(), layout); break;
    case ExprKind::Binary:
        walkExpr(expr->as<BinaryExpr>().lhs.get(), layout);
        walkExpr(expr->as<BinaryExpr>().rhs.get(), layout);
        break;
    case ExprKind::Assign:
        walkExpr(expr->as<AssignExpr>().lhs.get(), layout);
        walkExpr(expr->as<AssignExpr>().rhs.get(), layout);
        break;
    case ExprKind::CompoundAssign:
        walkExpr(expr->as<CompoundAssignExpr>().lhs.get(), layout);
        walkExpr(expr->as<CompoundAssignExpr>().rhs.get(), layout);
        break;
    case ExprKind::Conditional: {
        const auto& c = expr->as<ConditionalExpr>();
        walkExpr(c.cond.get(), layout);
        walkExpr(c.thenExpr.get(), layout);
        walkExpr(c.elseExpr.get(), layout);
        break;
    }
    case ExprKind::Comma:
        walkExpr(expr->as<CommaExpr>().lhs.get(), layout);
        walkExpr(expr->as<CommaExpr>().rhs.get(), layout);
        break;
    case ExprKind::Call: {
        const auto& c = expr->as<CallExpr>();
        walkExpr(c.callee.get(), layout);
        for (const auto& a : c.args) walkExpr(a.get(), layout);
        if (c.type->isRecord()) {
            m_localCursor = alignUp(m_localCursor + objectSize(c.type), std::max<std::uint64_t>(c.type->align, 8));
            layout.returnSlots[expr] = m_localCursor;
            layout.slots.push_back({m_localCursor, objectSize(c.type), nullptr});
        }
        break;
    }
    case ExprKind::Member: walkExpr(expr->as<MemberExpr>().base.get(), layout); break;
    case ExprKind::Cast: walkExpr(expr->as<CastExpr>().operand.get(), layout); break;
    case ExprKind::CompoundLiteral:
        for (const InitEntry& e : expr->as<CompoundLiteralExpr>().var->init.entries) walkExpr(e.value.get(), layout);
        break;
    default: break;
    }
}

} // namespace memviz::engine
