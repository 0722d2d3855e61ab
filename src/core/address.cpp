// Address formatting.
#include "core/address.h"

#include <cstdio>

namespace memviz::core {

std::string hexAddress(Address address) {
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "0x%llx", static_cast<unsigned long long>(address));
    return buffer;
}

} // namespace memviz::core
