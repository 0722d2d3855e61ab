// FreeBlockRef: a free block as the free-block indices hand it out: its header address and its size.
#pragma once

#include "core/address.h"

#include <cstdint>

namespace memviz::alloc {

struct FreeBlockRef {
    core::Address address = 0;
    std::uint64_t size = 0;
    explicit operator bool() const { return address != 0; }
};

} // namespace memviz::alloc
