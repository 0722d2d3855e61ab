// Factories of the six placement policies, one file each; makeAllocator() picks by Policy.
#pragma once

#include "alloc/allocator.h"

#include <memory>

namespace memviz::alloc {

std::unique_ptr<Allocator> makeFirstFit(memory::AddressSpace& space);
std::unique_ptr<Allocator> makeNextFit(memory::AddressSpace& space);
std::unique_ptr<Allocator> makeBestFit(memory::AddressSpace& space);
std::unique_ptr<Allocator> makeWorstFit(memory::AddressSpace& space);
std::unique_ptr<Allocator> makeSegregated(memory::AddressSpace& space);
std::unique_ptr<Allocator> makeBuddy(memory::AddressSpace& space);

} // namespace memviz::alloc
