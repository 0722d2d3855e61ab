// Helpers for the replay tests: test data paths, zstd compression of inline traces, whole-file reads.
#pragma once

#include "replay/trace_loader.h"

#include <zstd.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace memviz::replay::test {

inline std::string dataPath(std::string_view name) {
    return std::string(MEMVIZ_SOURCE_DIR) + "/tests/data/" + std::string(name);
}

inline std::string readBytes(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream contents;
    contents << file.rdbuf();
    return contents.str();
}

// One zstd frame holding `text`.
inline std::string compress(std::string_view text, int level = 3) {
    std::string out(ZSTD_compressBound(text.size()), '\0');
    std::size_t size = ZSTD_compress(out.data(), out.size(), text.data(), text.size(), level);
    if (ZSTD_isError(size) != 0) throw std::runtime_error(ZSTD_getErrorName(size));
    out.resize(size);
    return out;
}

// Every frame of `bytes` decompressed (zstd's own streaming loop, independent of ZstdStream).
inline std::string decompress(std::string_view bytes) {
    ZSTD_DCtx* context = ZSTD_createDCtx();
    std::string out;
    std::string buffer(ZSTD_DStreamOutSize(), '\0');
    ZSTD_inBuffer input{bytes.data(), bytes.size(), 0};
    for (;;) {
        ZSTD_outBuffer output{buffer.data(), buffer.size(), 0};
        std::size_t result = ZSTD_decompressStream(context, &output, &input);
        if (ZSTD_isError(result) != 0) break;
        out.append(buffer.data(), output.pos);
        if (input.pos == input.size && output.pos < output.size) break;
    }
    ZSTD_freeDCtx(context);
    return out;
}

// Parses an inline trace named "trace.txt".
inline LoadResult parse(std::string_view text) { return parseTrace(text, "trace.txt"); }

// The error of an inline trace as the CLI would print it with a line ("trace.txt:3: error: ..."), or "ok".
inline std::string errorOf(std::string_view text) {
    LoadResult result = parse(text);
    return result.ok() ? std::string("ok") : formatTraceError(*result.error);
}

} // namespace memviz::replay::test
