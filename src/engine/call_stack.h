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
    CallStack() = default;
    CallStack(const CallStack&) = delete; // m_line points into this one's frames
    CallStack& operator=(const CallStack&) = delete;

    bool empty() const { return m_frames.empty(); }
    std::size_t depth() const { return m_frames.size(); }
    Frame& top() { return m_frames.back(); }
    const Frame& top() const { return m_frames.back(); }
    const std::vector<Frame>& frames() const { return m_frames; }
    // A new innermost frame: its fields in declaration order (built in place), or none for all zero.
    template <class... Fields> Frame& push(Fields&&... fields) {
        Frame& frame = m_frames.emplace_back(std::forward<Fields>(fields)...);
        m_line = &frame.line;
        return frame;
    }
    void pop() {
        m_frames.pop_back();
        m_line = m_frames.empty() ? &m_noFrameLine : &m_frames.back().line;
    }
    // The innermost frame's current line, if there is a frame (each step sets it).
    void setLine(std::uint32_t line) { *m_line = line; }
    // The innermost frame whose [stackPointer, frameBase + 16) holds `address`, or nullptr.
    const Frame* frameHolding(core::Address address) const {
        for (auto it = m_frames.rbegin(); it != m_frames.rend(); ++it)
            if (address >= it->stackPointer && address < it->frameBase + 16) return &*it;
        return nullptr;
    }

private:
    std::vector<Frame> m_frames;
    std::uint32_t m_noFrameLine = 0;
    std::uint32_t* m_line = &m_noFrameLine; // &m_frames.back().line, or m_noFrameLine when there is no frame
};

} // namespace memviz::engine
