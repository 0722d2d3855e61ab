// Address: a simulated 64-bit virtual address, and helpers to align and print it.
#pragma once

#include <cstdint>
#include <string>

namespace memviz::core {

using Address = std::uint64_t;

constexpr Address alignUp(Address value, std::uint64_t alignment) {
    return (value + alignment - 1) & ~(alignment - 1);
}

constexpr Address alignDown(Address value, std::uint64_t alignment) { return value & ~(alignment - 1); }

constexpr bool isPowerOfTwo(std::uint64_t value) { return value != 0 && (value & (value - 1)) == 0; }

// "0x4052a0": lower-case hex with a 0x prefix, as gdb and printf("%p") print it.
std::string hexAddress(Address address);

} // namespace memviz::core
