// numberExpressions: gives every expression in the unit's function bodies a dense id (Expr::id, from 1), and
// every block a dense id of its own (CompoundStmt::id, from 1), so a machine can keep per-expression and
// per-block data (their compiled forms) in vectors instead of maps.
#pragma once

#include "lang/translation_unit.h"

namespace memviz::lang {

void numberExpressions(TranslationUnit& unit);

} // namespace memviz::lang
