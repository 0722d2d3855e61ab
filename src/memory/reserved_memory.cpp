// ReservedMemory over anonymous mmap with MAP_NORESERVE: untouched pages cost nothing and read as zero.
#include "memory/reserved_memory.h"

#include <new>
#include <sys/mman.h>
#include <utility>

namespace memviz::memory {

ReservedMemory::ReservedMemory(std::size_t capacity, bool hugePages) : m_capacity(capacity) {
    if (capacity == 0) return;
    void* mapping = mmap(nullptr, capacity, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (mapping == MAP_FAILED) throw std::bad_alloc();
    m_data = static_cast<std::uint8_t*>(mapping);
    // Only a hint; without transparent huge pages nothing changes.
    if (hugePages && capacity >= (std::size_t{4} << 20)) madvise(mapping, capacity, MADV_HUGEPAGE);
}

ReservedMemory::~ReservedMemory() { release(); }

ReservedMemory::ReservedMemory(ReservedMemory&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_capacity(std::exchange(other.m_capacity, 0)) {}

ReservedMemory& ReservedMemory::operator=(ReservedMemory&& other) noexcept {
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

void ReservedMemory::release() {
    if (m_data != nullptr) munmap(m_data, m_capacity);
    m_data = nullptr;
    m_capacity = 0;
}

} // namespace memviz::memory
