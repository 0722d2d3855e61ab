// ZstdStream: recognises zstd data by its magic bytes and decompresses it chunk by chunk (every frame,
// as `zstd -dc` does), so a trace is parsed while it is decompressed and never held whole in memory.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace memviz::replay {

class ZstdStream {
public:
    // Receives each piece of decompressed output; returns false to stop.
    using Sink = std::function<bool(std::string_view chunk)>;

    static bool isZstd(std::string_view bytes);  // starts with 28 B5 2F FD

    explicit ZstdStream(std::size_t chunkSize = std::size_t{1} << 18);

    // Decompresses `compressed`, handing the output to `sink`. Returns an error message (corrupt data,
    // a truncated stream), or nothing on success or when the sink stopped.
    std::optional<std::string> decompress(std::string_view compressed, const Sink& sink);

    std::size_t decompressedBytes() const { return m_decompressed; }

private:
    std::size_t m_chunkSize;
    std::size_t m_decompressed = 0;
};

} // namespace memviz::replay
