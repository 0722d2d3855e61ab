// ValueReader: reads typed C objects out of simulated memory as ValueNodes, printed the way a debugger prints
// them (gdb's conventions: 65 'A', 0x4052a0 "text", {x = 1, y = 2}, {1, 2, 3}), with whether every byte was
// ever written. Arrays show their first kMaxElements elements.
#pragma once

#include "engine/program_image.h"
#include "lang/type.h"
#include "memory/address_space.h"
#include "trace/machine_state.h"

#include <string>

namespace memviz::trace {

class ValueReader {
public:
    static constexpr std::uint64_t kMaxElements = 64;
    static constexpr std::size_t kMaxText = 96; // characters of a value's text before "..."

    ValueReader(const memory::AddressSpace& space, const engine::ProgramImage& image) : m_space(space), m_image(image) {}

    ValueNode read(std::string name, const lang::Type* type, core::Address address) const;

private:
    std::string scalarText(const lang::Type* type, core::Address address, std::uint64_t& pointee, bool& isPointer) const;
    std::string stringAt(core::Address address, std::size_t limit) const; // quoted, or empty when unreadable
    bool initialized(core::Address address, std::uint64_t size) const;

    const memory::AddressSpace& m_space;
    const engine::ProgramImage& m_image;
};

// C escapes for one character inside a quoted string or character constant.
std::string escapeChar(unsigned char c, char quote);

} // namespace memviz::trace
