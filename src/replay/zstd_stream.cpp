// ZstdStream: a loop around ZSTD_decompressStream with a fixed-size output buffer.
#include "replay/zstd_stream.h"

#include <zstd.h>

#include <memory>
#include <vector>

namespace memviz::replay {

namespace {

struct DCtxDeleter {
    void operator()(ZSTD_DCtx* context) const { ZSTD_freeDCtx(context); }
};

} // namespace

bool ZstdStream::isZstd(std::string_view bytes) {
    return bytes.size() >= 4 && static_cast<unsigned char>(bytes[0]) == 0x28 &&
           static_cast<unsigned char>(bytes[1]) == 0xb5 && static_cast<unsigned char>(bytes[2]) == 0x2f &&
           static_cast<unsigned char>(bytes[3]) == 0xfd;
}

ZstdStream::ZstdStream(std::size_t chunkSize) : m_chunkSize(chunkSize < 4096 ? 4096 : chunkSize) {}

std::optional<std::string> ZstdStream::decompress(std::string_view compressed, const Sink& sink) {
    std::unique_ptr<ZSTD_DCtx, DCtxDeleter> context(ZSTD_createDCtx());
    if (!context) return std::string("out of memory for the zstd decoder");
    std::vector<char> buffer(m_chunkSize);
    ZSTD_inBuffer input{compressed.data(), compressed.size(), 0};
    for (;;) {
        ZSTD_outBuffer output{buffer.data(), buffer.size(), 0};
        std::size_t result = ZSTD_decompressStream(context.get(), &output, &input);
        if (ZSTD_isError(result) != 0)
            return std::string("corrupt zstd data (") + ZSTD_getErrorName(result) + ")";
        m_decompressed += output.pos;
        if (output.pos != 0 && !sink(std::string_view(buffer.data(), output.pos))) return std::nullopt;
        bool inputDone = input.pos == input.size;
        if (inputDone && result == 0) return std::nullopt;  // the last frame is complete
        // All input used, and the decoder did not fill the buffer: it needs input the file does not have.
        if (inputDone && output.pos < output.size)
            return std::string("truncated zstd data (the file ends inside a frame)");
    }
}

} // namespace memviz::replay
