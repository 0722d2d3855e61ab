// Text trace export: one line per operation, ids as the trace numbered them.
#include "text_trace_export.h"

#include <cstdio>
#include <memory>

namespace memviz::bench {

bool writeTextTrace(const replay::Trace& trace, std::uint64_t maxEvents, const std::string& path) {
    std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(path.c_str(), "w"), &std::fclose);
    if (!file) return false;
    std::fprintf(file.get(), "# %llu events exported by memviz-bench\n",
                 static_cast<unsigned long long>(std::min<std::uint64_t>(maxEvents, trace.ops.size())));
    std::uint64_t written = 0;
    for (const replay::TraceOp& op : trace.ops) {
        if (written++ == maxEvents) break;
        auto id = static_cast<unsigned long long>(op.id);
        auto size = static_cast<unsigned long long>(op.size);
        switch (op.kind) {
        case replay::TraceOpKind::Alloc: std::fprintf(file.get(), "a %llu %llu\n", id, size); break;
        case replay::TraceOpKind::Free: std::fprintf(file.get(), "f %llu\n", id); break;
        case replay::TraceOpKind::Realloc: std::fprintf(file.get(), "r %llu %llu\n", id, size); break;
        }
    }
    return std::fflush(file.get()) == 0;
}

} // namespace memviz::bench
