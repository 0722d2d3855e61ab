// Names of run statuses and error kinds as the report and the CLI print them.
#include "engine/run_result.h"

namespace memviz::engine {

std::string_view runStatusName(RunStatus status) {
    switch (status) {
    case RunStatus::Exited: return "exited";
    case RunStatus::RuntimeError: return "runtime-error";
    case RunStatus::StepLimit: return "step-limit";
    }
    return "unknown";
}

std::string_view errorKindName(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::NullDereference: return "null-dereference";
    case ErrorKind::HeapUseAfterFree: return "heap-use-after-free";
    case ErrorKind::DoubleFree: return "double-free";
    case ErrorKind::BadFree: return "bad-free";
    case ErrorKind::HeapBufferOverflow: return "heap-buffer-overflow";
    case ErrorKind::StackBufferOverflow: return "stack-buffer-overflow";
    case ErrorKind::GlobalBufferOverflow: return "global-buffer-overflow";
    case ErrorKind::StackUseAfterReturn: return "stack-use-after-return";
    case ErrorKind::UninitializedRead: return "uninitialized-read";
    case ErrorKind::MemoryLeak: return "memory-leak";
    case ErrorKind::StackOverflow: return "stack-overflow";
    case ErrorKind::WildPointer: return "wild-pointer";
    case ErrorKind::DivisionByZero: return "division-by-zero";
    case ErrorKind::Unsupported: return "unsupported";
    }
    return "unknown";
}

} // namespace memviz::engine
