// numberExpressions: gives every expression in the unit's function bodies a dense id (Expr::id, from 1), so
// a machine can keep per-expression data (its compiled fast forms) in a vector instead of a map.
#pragma once

#include "lang/translation_unit.h"

namespace memviz::lang {

void numberExpressions(TranslationUnit& unit);

} // namespace memviz::lang
