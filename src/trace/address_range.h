// AddressRange: a half-open range [begin, end) of simulated addresses, e.g. memory a StateCursor changed.
#pragma once

#include "core/address.h"

namespace memviz::trace {

struct AddressRange {
    core::Address begin = 0;
    core::Address end = 0;
};

} // namespace memviz::trace
