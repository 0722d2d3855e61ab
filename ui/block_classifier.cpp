// BlockClassifier: dangling pointers come from the state's dangling targets and its pointer edges;
// corruption from the hexadecimal addresses in heap error messages.
#include "block_classifier.h"

#include "theme.h"

#include <QObject>
#include <QRegularExpression>

#include <algorithm>

namespace memviz::ui {

void BlockClassifier::setState(const trace::MachineState& state) {
    m_dangling.clear();
    m_corrupted.clear();
    m_danglingRanges.clear();
    for (const trace::FreedBlockState& f : state.danglingTargets) {
        m_dangling.push_back(f.payload);
        m_danglingRanges.emplace_back(f.payload, std::max<std::uint64_t>(f.requested, 1));
    }
    for (const trace::PointerEdge& e : state.pointers)
        if (e.target == trace::PointerTarget::DanglingHeap) {
            m_dangling.push_back(e.to);
            m_danglingRanges.emplace_back(e.to, 8);
        }
    std::sort(m_danglingRanges.begin(), m_danglingRanges.end());
    static const QRegularExpression hex(QStringLiteral("0x([0-9a-fA-F]+)"));
    for (const engine::RuntimeError& error : state.errors) {
        using engine::ErrorKind;
        if (error.kind != ErrorKind::HeapBufferOverflow && error.kind != ErrorKind::DoubleFree &&
            error.kind != ErrorKind::BadFree)
            continue;
        auto it = hex.globalMatch(QString::fromStdString(error.message));
        while (it.hasNext()) {
            bool ok = false;
            const core::Address a = it.next().captured(1).toULongLong(&ok, 16);
            if (ok && a >= state.heapStart && a < state.heapBreak) m_corrupted.push_back(a);
        }
    }
    std::sort(m_dangling.begin(), m_dangling.end());
    std::sort(m_corrupted.begin(), m_corrupted.end());
}

bool BlockClassifier::anyIn(const std::vector<core::Address>& sorted, core::Address from, core::Address to) {
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), from);
    return it != sorted.end() && *it < to;
}

BlockKind BlockClassifier::kind(const trace::HeapBlockState& block) const {
    const core::Address end = block.address + block.size;
    if (block.state == trace::BlockState::Allocated) {
        // A heap-buffer-overflow names the byte just past the block: count it as this block's.
        if (!m_corrupted.empty() && anyIn(m_corrupted, block.address, end + 1)) return BlockKind::Corrupted;
        return block.pointedTo ? BlockKind::Allocated : BlockKind::Leaked;
    }
    if (!m_dangling.empty() && anyIn(m_dangling, block.address, end)) return BlockKind::Dangling;
    return block.freedBefore ? BlockKind::Free : BlockKind::Fresh;
}

QColor BlockClassifier::fill(BlockKind kind) {
    switch (kind) {
    case BlockKind::Allocated: return theme::allocatedFill();
    case BlockKind::Leaked: return theme::leakedFill();
    case BlockKind::Corrupted: return theme::corruptedFill();
    case BlockKind::Free: return theme::freeFill();
    case BlockKind::Fresh: return theme::freshFill();
    case BlockKind::Dangling: return theme::danglingFill();
    }
    return theme::freeFill();
}

QString BlockClassifier::name(BlockKind kind) {
    switch (kind) {
    case BlockKind::Allocated: return QObject::tr("allocated");
    case BlockKind::Leaked: return QObject::tr("allocated, nothing points to it (leaked)");
    case BlockKind::Corrupted: return QObject::tr("corrupted (written past its end or freed wrongly)");
    case BlockKind::Free: return QObject::tr("free");
    case BlockKind::Fresh: return QObject::tr("free (never used)");
    case BlockKind::Dangling: return QObject::tr("freed, but still pointed to (dangling)");
    }
    return {};
}

} // namespace memviz::ui
