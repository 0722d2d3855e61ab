// ChunkedVector: an append-only sequence kept in fixed-size chunks, for the history's per-step and per-frame
// tables. Growing it never copies what is already there (a std::vector doubling would copy, and touch twice the
// memory, every time it grows) and nothing is reserved ahead, so memory held follows what is recorded.
// Elements must be trivially destructible (plain records).
// Random-access iterators, so the standard algorithms (partition_point, lower_bound) work on it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <new>
#include <type_traits>
#include <vector>

namespace memviz::trace {

template <class T, std::size_t ChunkBits = 16> class ChunkedVector {
public:
    static constexpr std::size_t kChunk = std::size_t{1} << ChunkBits;

    class const_iterator {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        using pointer = const T*;
        using reference = const T&;

        const_iterator() = default;
        const_iterator(const ChunkedVector* owner, std::size_t index) : m_owner(owner), m_index(index) {}
        reference operator*() const { return (*m_owner)[m_index]; }
        pointer operator->() const { return &(*m_owner)[m_index]; }
        reference operator[](difference_type n) const { return (*m_owner)[m_index + n]; }
        const_iterator& operator++() { ++m_index; return *this; }
        const_iterator operator++(int) { const_iterator old = *this; ++m_index; return old; }
        const_iterator& operator--() { --m_index; return *this; }
        const_iterator operator--(int) { const_iterator old = *this; --m_index; return old; }
        const_iterator& operator+=(difference_type n) { m_index += n; return *this; }
        const_iterator& operator-=(difference_type n) { m_index -= n; return *this; }
        friend const_iterator operator+(const_iterator it, difference_type n) { return it += n; }
        friend const_iterator operator+(difference_type n, const_iterator it) { return it += n; }
        friend const_iterator operator-(const_iterator it, difference_type n) { return it -= n; }
        friend difference_type operator-(const const_iterator& a, const const_iterator& b) {
            return static_cast<difference_type>(a.m_index) - static_cast<difference_type>(b.m_index);
        }
        friend bool operator==(const const_iterator& a, const const_iterator& b) { return a.m_index == b.m_index; }
        friend auto operator<=>(const const_iterator& a, const const_iterator& b) { return a.m_index <=> b.m_index; }

    private:
        const ChunkedVector* m_owner = nullptr;
        std::size_t m_index = 0;
    };

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    T& operator[](std::size_t i) { return at(i); }
    const T& operator[](std::size_t i) const { return at(i); }
    T& back() { return (*this)[m_size - 1]; }
    const T& back() const { return (*this)[m_size - 1]; }
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, m_size}; }

    template <class... Args> T& emplace_back(Args&&... args) {
        if ((m_size & (kChunk - 1)) == 0 && (m_size >> ChunkBits) == m_chunks.size())
            m_chunks.push_back(Chunk(static_cast<T*>(::operator new(kChunk * sizeof(T), std::align_val_t{alignof(T)}))));
        T* slot = new (&(*this)[m_size]) T{std::forward<Args>(args)...}; // constructed in place, once
        ++m_size;
        return *slot;
    }
    void push_back(const T& value) { emplace_back(value); }
    // Grows (value-initialized elements) or shrinks to `n` elements.
    void resize(std::size_t n) {
        while (m_size < n) emplace_back();
        m_size = n;
    }
    // Memory held, in bytes (a chunk's pages are touched only as elements are added to it).
    std::size_t bytesHeld() const { return m_size * sizeof(T) + m_chunks.capacity() * sizeof(void*); }

private:
    static_assert(std::is_trivially_destructible_v<T>, "elements are never destroyed one by one");
    // Raw storage for kChunk elements (its pages are touched only as elements are constructed in it).
    struct Release {
        void operator()(T* chunk) const { ::operator delete(chunk, std::align_val_t{alignof(T)}); }
    };
    using Chunk = std::unique_ptr<T, Release>;
    T& at(std::size_t i) const { return m_chunks[i >> ChunkBits].get()[i & (kChunk - 1)]; }
    std::vector<Chunk> m_chunks;
    std::size_t m_size = 0;
};

} // namespace memviz::trace
