// CallStack: the simulated call stack as plain data (clox-style): one Frame per active call with its
// addresses; the bytes themselves live in the AddressSpace.
#pragma once

#include "core/address.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace memviz::lang {
struct Function;
}

namespace memviz::engine {

struct FrameLayout;

struct Frame {
    const lang::Function* function = nullptr;
    const FrameLayout* layout = nullptr;
    core::Address frameBase = 0;    // rbp: the saved-frame-pointer slot; return address at +8
    core::Address stackPointer = 0; // rsp: lowest byte of the frame
    core::Address callerStackPointer = 0;
    core::Address varargs = 0;      // first variadic argument slot (0 when none)
    core::Address returnSlot = 0;   // where a struct return value goes (the caller's hidden slot)
    std::uint64_t id = 0;
    std::uint32_t line = 0;         // current line in this frame
};

class CallStack {
public:
    bool empty() const { return m_frames.empty(); }
    std::size_t depth() const { return m_frames.size(); }
    Frame& top() { return m_frames.back(); }
    const Frame& top() const { return m_frames.back(); }
    const std::vector<Frame>& frames() const { return m_frames; }
    // A new innermost frame: its fields in declaration order (built in place), or none for all zero.
    template <class... Fields> Frame& push(Fields&&... fields) {
        return m_frames.emplace_back(std::forward<Fields>(fields)...);
    }
    void pop() { m_frames.pop_back(); }
    // The innermost frame whose [stackPointer, frameBase + 16) holds `address`, or nullptr.
    const Frame* frameHolding(core::Address address) const {
        for (auto it = m_frames.rbegin(); it != m_frames.rend(); ++it)
            if (address >= it->stackPointer && address < it->frameBase + 16) return &*it;
        return nullptr;
    }

private:
    std::vector<Frame> m_frames;
};

} // namespace memviz::engine
