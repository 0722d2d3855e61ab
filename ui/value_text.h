// Text helpers shared by the views: addresses, byte sizes and a ValueNode's value as the views print them.
#pragma once

#include "core/address.h"
#include "trace/machine_state.h"

#include <QString>

namespace memviz::ui {

QString hexAddress(core::Address address);          // "0x4052a0"
QString shortHexAddress(core::Address address);     // "…52a0": the last four digits, for tight labels
QString byteSize(std::uint64_t bytes);              // "24 B", "4.0 KiB", "1.5 MiB"
QString counted(std::uint64_t n, const QString& one, const QString& many); // "1 error", "3 errors"
// The value; "?? (uninitialized)"; for an array or struct partly written, its parts with "??" for the rest.
QString valueText(const trace::ValueNode& node);

} // namespace memviz::ui
