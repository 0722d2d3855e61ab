// loadTrace: file reading, zstd detection, format detection, and dispatch to the right reader.
#include "replay/trace_loader.h"

#include "replay/heaptrack_reader.h"
#include "replay/text_trace_reader.h"
#include "replay/zstd_stream.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <string_view>

namespace memviz::replay {

namespace {

constexpr std::string_view kHeaptrackLineTypes = "+-vxXImtiRcAs";
constexpr std::size_t kBinaryProbe = 4096;

LoadResult failure(const std::string& file, std::string message) {
    LoadResult result;
    result.error = TraceError{file, 0, std::move(message)};
    return result;
}

// Closes a file descriptor on scope exit.
class FileHandle {
public:
    explicit FileHandle(int fd) : m_fd(fd) {}
    ~FileHandle() { if (m_fd >= 0) ::close(m_fd); }
    FileHandle(const FileHandle&) = delete;
    FileHandle& operator=(const FileHandle&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

// A file's bytes, read with one allocation and without zero-filling it first.
struct FileBytes {
    std::unique_ptr<char[]> data;
    std::size_t size = 0;

    std::string_view view() const { return {data.get(), size}; }
};

// The whole file, or an error message. Regular files are read into a buffer of their size; pipes and the
// like by doubling one.
std::optional<std::string> readWholeFile(const std::string& path, FileBytes& contents) {
    FileHandle file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (file.get() < 0) return std::string(std::strerror(errno));
    struct stat info {};
    if (::fstat(file.get(), &info) != 0) return std::string(std::strerror(errno));
    if (S_ISDIR(info.st_mode)) return std::string("is a directory, not a trace file");
    std::size_t capacity = S_ISREG(info.st_mode) ? static_cast<std::size_t>(info.st_size) + 1 : 1 << 16;
    contents.data = std::make_unique_for_overwrite<char[]>(capacity);
    std::size_t used = 0;
    for (;;) {
        if (used == capacity) {
            auto bigger = std::make_unique_for_overwrite<char[]>(capacity * 2);
            std::memcpy(bigger.get(), contents.data.get(), used);
            contents.data = std::move(bigger);
            capacity *= 2;
        }
        ssize_t got = ::read(file.get(), contents.data.get() + used, capacity - used);
        if (got < 0) {
            if (errno == EINTR) continue;
            return std::string("read failed: ") + std::strerror(errno);
        }
        if (got == 0) break;
        used += static_cast<std::size_t>(got);
    }
    contents.size = used;
    return std::nullopt;
}

bool looksBinary(std::string_view head) {
    return head.substr(0, kBinaryProbe).find('\0') != std::string_view::npos;
}

std::unique_ptr<TraceReader> makeReader(TraceFormat format, const std::string& fileName,
                                        std::size_t expectedOps) {
    if (format == TraceFormat::Heaptrack) return std::make_unique<HeaptrackReader>(fileName, expectedOps);
    return std::make_unique<TextTraceReader>(fileName, expectedOps);
}

LoadResult finishReader(TraceReader& reader) {
    LoadResult result;
    if (reader.finish()) {
        result.trace = reader.takeTrace();
    } else {
        result.error = reader.error();
    }
    return result;
}

LoadResult parsePlain(std::string_view bytes, const std::string& fileName) {
    if (looksBinary(bytes)) return failure(fileName, "not a trace: the file holds binary data");
    TraceFormat format = detectFormat(bytes, true).value_or(TraceFormat::Text);
    // An operation takes at least four bytes ("f 1\n"), so this bounds the operations; reserving more
    // than is used costs address space only (untouched pages are never committed).
    std::unique_ptr<TraceReader> reader = makeReader(format, fileName, bytes.size() / 4 + 1);
    reader->feed(bytes);
    return finishReader(*reader);
}

LoadResult parseZstd(std::string_view bytes, const std::string& fileName) {
    std::string head;  // decompressed text held back until its format is known
    std::unique_ptr<TraceReader> reader;
    std::optional<TraceError> binary;
    // Heaptrack recordings compress to about 2 bytes an event; reserving is cheap (pages are touched
    // only when used), growing the vector is not.
    std::size_t expectedOps = bytes.size() / 2;
    auto startReader = [&](bool complete) {
        if (looksBinary(head)) {
            binary = TraceError{fileName, 0, "not a trace: the decompressed data is binary"};
            return false;
        }
        std::optional<TraceFormat> format = detectFormat(head, complete);
        if (!format && !complete && head.size() < LineAssembler::kMaxCarry) return true;
        reader = makeReader(format.value_or(TraceFormat::Text), fileName, expectedOps);
        bool ok = reader->feed(head);
        head.clear();
        head.shrink_to_fit();
        return ok;
    };
    ZstdStream stream;
    std::optional<std::string> zstdError = stream.decompress(bytes, [&](std::string_view chunk) {
        if (reader) return reader->feed(chunk);
        head.append(chunk);
        return startReader(false);
    });
    if (binary) return LoadResult{Trace{}, binary};
    if (reader && reader->error()) return LoadResult{Trace{}, reader->error()};
    if (zstdError) return failure(fileName, *zstdError);
    if (stream.decompressedBytes() == 0)
        return failure(fileName, "the file is empty (after zstd decompression)");
    if (!reader && !startReader(true)) {
        if (binary) return LoadResult{Trace{}, binary};
        return LoadResult{Trace{}, reader->error()};
    }
    return finishReader(*reader);
}

} // namespace

std::optional<TraceFormat> detectFormat(std::string_view head, bool complete) {
    std::size_t pos = 0;
    while (pos < head.size()) {
        std::size_t end = head.find('\n', pos);
        bool wholeLine = end != std::string_view::npos || complete;
        std::string_view line = head.substr(pos, end == std::string_view::npos ? head.npos : end - pos);
        std::size_t first = line.find_first_not_of(" \t\r");
        if (first != std::string_view::npos && line[first] != '#') {
            if (line.size() - first < 2 && !wholeLine) return std::nullopt;
            char type = line[first];
            bool typeEnds = line.size() - first == 1 || line[first + 1] == ' ' || line[first + 1] == '\t' ||
                            line[first + 1] == '\r';
            if (typeEnds && kHeaptrackLineTypes.find(type) != std::string_view::npos)
                return TraceFormat::Heaptrack;
            return TraceFormat::Text;
        }
        if (end == std::string_view::npos) break;
        pos = end + 1;
    }
    if (complete) return TraceFormat::Text;
    return std::nullopt;
}

LoadResult parseTrace(std::string_view bytes, const std::string& fileName) {
    if (bytes.empty()) return failure(fileName, "the file is empty");
    if (ZstdStream::isZstd(bytes)) return parseZstd(bytes, fileName);
    return parsePlain(bytes, fileName);
}

LoadResult loadTrace(const std::string& path) {
    FileBytes contents;
    if (std::optional<std::string> problem = readWholeFile(path, contents)) return failure(path, *problem);
    return parseTrace(contents.view(), path);
}

} // namespace memviz::replay
