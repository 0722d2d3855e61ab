// BlockClassifier: what state a heap block is in for the views (allocated, leaked, corrupted, free, never
// used, or freed but still pointed to) and the colour and name of that state. Built once per MachineState:
// dangling targets and the addresses named by heap errors are sorted for binary search.
#pragma once

#include "core/address.h"
#include "trace/machine_state.h"

#include <QColor>
#include <QString>

#include <vector>

namespace memviz::ui {

enum class BlockKind { Allocated, Leaked, Corrupted, Free, Fresh, Dangling };

class BlockClassifier {
public:
    void setState(const trace::MachineState& state);
    BlockKind kind(const trace::HeapBlockState& block) const;

    // Freed ranges something still points into, sorted: (address, bytes).
    const std::vector<std::pair<core::Address, std::uint64_t>>& danglingRanges() const { return m_danglingRanges; }

    static QColor fill(BlockKind kind);
    static QString name(BlockKind kind);

private:
    static bool anyIn(const std::vector<core::Address>& sorted, core::Address from, core::Address to);
    std::vector<core::Address> m_dangling;  // payloads of freed blocks something still points to
    std::vector<core::Address> m_corrupted;
    std::vector<std::pair<core::Address, std::uint64_t>> m_danglingRanges; // addresses named by heap-overflow / bad-free / double-free errors
};

} // namespace memviz::ui
