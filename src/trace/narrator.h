// Narrator: one plain sentence for what a step did, from its record: the heap operation with what the
// allocator examined, took, split and merged; a call or a return with its frame; an error; what was printed;
// or the variable a write changed and its new value.
#pragma once

#include "trace/history_store.h"
#include "trace/state_cursor.h"

#include <cstdint>
#include <string>

namespace memviz::trace {

// `cursor` stands after the step (before step + 1), so written values read as they became.
std::string narrate(const HistoryStore& store, std::uint64_t step, const StateCursor& cursor);

} // namespace memviz::trace
