// ReservedMemory: a zero-filled host buffer of fixed capacity whose pages are committed only when touched,
// so a simulated segment can grow to its limit without copying.
#pragma once

#include <cstddef>
#include <cstdint>

namespace memviz::memory {

class ReservedMemory {
public:
    ReservedMemory() = default;
    // hugePages: a hint for memory that is filled from start to end (a log): transparent huge pages where the
    // host has them. Not for sparsely touched memory (simulated segments): on some hosts zeroing a huge page
    // on first touch costs milliseconds, paid for bytes never used.
    explicit ReservedMemory(std::size_t capacity, bool hugePages = false);
    ~ReservedMemory();
    ReservedMemory(ReservedMemory&& other) noexcept;
    ReservedMemory& operator=(ReservedMemory&& other) noexcept;
    ReservedMemory(const ReservedMemory&) = delete;
    ReservedMemory& operator=(const ReservedMemory&) = delete;

    std::uint8_t* data() { return m_data; }
    const std::uint8_t* data() const { return m_data; }
    std::size_t capacity() const { return m_capacity; }

private:
    void release();

    std::uint8_t* m_data = nullptr;
    std::size_t m_capacity = 0;
};

} // namespace memviz::memory
