// Machine: the C library dispatch and stdlib.h (the heap chokepoint calls, numbers, rand, qsort), ctype.h,
// math.h and the assert/stdarg/errno hooks. Library functions touch simulated memory only through the
// same checked access as the program, so their errors land at the caller's line.
#include "engine/machine.h"

#include "engine/value_ops.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace memviz::engine {

using core::Address;
using namespace memviz::lang;

void Machine::checkLibraryCall(Builtin builtin, const Function* function, std::span<const Value> args) {
    if (builtin == Builtin::None)
        reportError(ErrorKind::Unsupported, "'" + function->name + "' is not provided by the simulated machine", true);
    // The library uses its arguments (prints them, sizes blocks, follows pointers): valgrind reports an
    // undefined one inside the library, at this call. va_start/va_arg only take addresses.
    if (builtin == Builtin::VaStart || builtin == Builtin::VaArg || builtin == Builtin::VaEnd) return;
    for (std::size_t i = 0; i < args.size(); ++i)
        if (args[i].undef) checkDefined(args[i], "argument " + std::to_string(i + 1) + " of " + function->name);
}

Value Machine::heapMalloc(std::uint64_t size) {
    checkHeapIntact("malloc", 0);
    Address payload = m_heap->malloc(size, m_loc.line);
    return noteHeapOp(HeapEventKind::Allocated, 0, 0, payload, size);
}

Value Machine::heapCalloc(std::uint64_t count, std::uint64_t size) {
    checkHeapIntact("calloc", 0);
    Address payload = m_heap->calloc(count, size, m_loc.line);
    return noteHeapOp(HeapEventKind::Allocated, 0, 0, payload, count * size);
}

Value Machine::heapRealloc(Address old, std::uint64_t size) {
    checkHeapIntact("realloc", old);
    Address payload = m_heap->realloc(old, size, m_loc.line);
    std::uint64_t oldId = m_heap->lastGiven().id;  // 0 for NULL
    if (old != 0 && oldId == 0) {
        reportBadRealloc(old);
        return Value();
    }
    return noteHeapOp(old == 0 ? HeapEventKind::Allocated : HeapEventKind::Reallocated, oldId, old, payload, size);
}

Value Machine::heapFree(Address payload) {
    if (payload == 0) return Value();
    checkHeapIntact("free", payload);
    alloc::FreeStatus status = m_heap->free(payload);
    if (status == alloc::FreeStatus::Ok)
        noteHeapOp(HeapEventKind::Freed, m_heap->lastGiven().id, payload, 0, 0);
    else
        reportBadFree(status, payload);
    return Value();
}

void Machine::reportBadRealloc(Address old) {
    if (m_heap->lastFreeStatus() == alloc::FreeStatus::DoubleFree)
        reportError(ErrorKind::DoubleFree, "realloc() of a block that was already freed");
    else
        reportError(ErrorKind::BadFree,
                    "realloc() of a pointer that is not the start of a heap block: " + core::hexAddress(old));
}

void Machine::reportBadFree(alloc::FreeStatus status, Address payload) {
    if (status == alloc::FreeStatus::DoubleFree)
        reportError(ErrorKind::DoubleFree, "free() of a block that was already freed: " + core::hexAddress(payload));
    else if (status == alloc::FreeStatus::Invalid)
        reportError(ErrorKind::BadFree,
                    "free() of a pointer that is not the start of a heap block: " + core::hexAddress(payload));
}

Value Machine::callBuiltin(Builtin builtin, const Function* function, std::span<const Value> args,
                           const CallExpr& call) {
    (void)function;
    if (builtin <= Builtin::Bsearch) return callStdlib(builtin, args, call);
    if (builtin <= Builtin::Memchr) return callString(builtin, args);
    if (builtin <= Builtin::Nanf) return callMath(builtin, args);
    if (builtin <= Builtin::Perror) return callStdio(builtin, args, call);
    Value arg0 = args.empty() ? Value() : args[0];
    switch (builtin) {
    case Builtin::AssertFail: {
        std::string expression = readString(args[0]);
        std::string file = readString(args[1]);
        std::string func = readString(args[3]);
        std::string program = m_options.argv.empty() ? m_options.programName : m_options.argv[0];
        if (auto slash = program.rfind('/'); slash != std::string::npos) program = program.substr(slash + 1);
        emitOutput(OutputStream::Stderr, program + ": " + file + ":" + std::to_string(args[2].u & 0xffffffffu) +
                                             ": " + func + ": Assertion `" + expression + "' failed.\n");
        stop(RunStatus::Exited, 134);
    }
    case Builtin::VaStart: {
        Address first = m_stack.empty() ? 0 : m_stack.top().varargs;
        store(arg0, m_unit.types->ulongType(), Value::bits(first));
        return Value();
    }
    case Builtin::VaArg: {
        Value cursor = load(arg0, m_unit.types->ulongType());
        store(arg0, m_unit.types->ulongType(), Value::bits(cursor.u + core::alignUp(args[1].u, 8)));
        return Value::pointer(cursor.u, {});
    }
    case Builtin::VaEnd: return Value();
    case Builtin::ErrnoLocation: return Value::pointer(m_errnoAddress, {m_errnoAddress, 4});
    case Builtin::Time: {
        Value now = Value::bits(1700000000);
        if (arg0.u != 0) store(arg0, m_unit.types->longType(), now);
        return now;
    }
    case Builtin::Clock: return Value::bits(m_result.steps);
    default: break;
    }
    reportError(ErrorKind::Unsupported, "this library function is not provided by the simulated machine", true);
    return Value();
}

Value Machine::callStdlib(Builtin builtin, std::span<const Value> args, const CallExpr& call) {
    (void)call;
    // References, not copies (a Value is 32 bytes and these run per call); a missing argument reads as 0.
    const Value none;
    const Value& a0 = args.size() > 0 ? args[0] : none;
    const Value& a1 = args.size() > 1 ? args[1] : none;
    const Value& a2 = args.size() > 2 ? args[2] : none;
    auto setEnd = [&](const Value& endPointer, const Value& start, std::size_t consumed) {
        if (endPointer.u != 0)
            store(endPointer, m_unit.types->ulongType(), Value::bits(start.u + consumed));
    };
    switch (builtin) {
    case Builtin::Malloc: return heapMalloc(a0.u);
    case Builtin::Calloc: return heapCalloc(a0.u, a1.u);
    case Builtin::Realloc: return heapRealloc(a0.u, a1.u);
    case Builtin::Free: return heapFree(a0.u);
    case Builtin::Exit: stop(RunStatus::Exited, static_cast<int>(a0.u & 0xff));
    case Builtin::Abort: stop(RunStatus::Exited, 134);
    case Builtin::Abs: return Value::bits(normalize(static_cast<std::uint64_t>(a0.i < 0 ? -a0.u : a0.u), m_unit.types->intType()));
    case Builtin::Labs:
    case Builtin::Llabs: return Value::bits(a0.i < 0 ? 0 - a0.u : a0.u);
    case Builtin::Atoi:
        return Value::bits(normalize(static_cast<std::uint64_t>(std::strtol(readString(a0).c_str(), nullptr, 10)),
                                     m_unit.types->intType()));
    case Builtin::Atol:
    case Builtin::Atoll: return Value::bits(static_cast<std::uint64_t>(std::strtoll(readString(a0).c_str(), nullptr, 10)));
    case Builtin::Atof: return Value::real(std::strtod(readString(a0).c_str(), nullptr));
    case Builtin::Strtol:
    case Builtin::Strtoll: {
        std::string s = readString(a0);
        char* end = nullptr;
        long long v = std::strtoll(s.c_str(), &end, static_cast<int>(a2.i));
        setEnd(a1, a0, static_cast<std::size_t>(end - s.c_str()));
        return Value::bits(static_cast<std::uint64_t>(v));
    }
    case Builtin::Strtoul:
    case Builtin::Strtoull: {
        std::string s = readString(a0);
        char* end = nullptr;
        unsigned long long v = std::strtoull(s.c_str(), &end, static_cast<int>(a2.i));
        setEnd(a1, a0, static_cast<std::size_t>(end - s.c_str()));
        return Value::bits(v);
    }
    case Builtin::Strtod: {
        std::string s = readString(a0);
        char* end = nullptr;
        double v = std::strtod(s.c_str(), &end);
        setEnd(a1, a0, static_cast<std::size_t>(end - s.c_str()));
        return Value::real(v);
    }
    case Builtin::Rand: return Value::bits(static_cast<std::uint64_t>(m_random.next()));
    case Builtin::Srand: m_random.seed(static_cast<std::uint32_t>(a0.u)); return Value();
    case Builtin::Qsort: {
        Value base = a0, count = a1, size = a2, compare = args[3];
        qsort(base, count.u, size.u, compare);
        return Value();
    }
    case Builtin::Bsearch: {
        Value key = a0, base = a1, count = a2, size = args[3], compare = args[4];
        const Function* f = m_image.functionAt(compare.u);
        std::uint64_t low = 0, high = count.u;
        while (low < high) {
            std::uint64_t mid = (low + high) / 2;
            Value element = Value::pointer(base.u + mid * size.u, base.prov);
            int c = compareCallback(f, key, element);
            if (c < 0)
                high = mid;
            else if (c > 0)
                low = mid + 1;
            else
                return element;
        }
        return Value();
    }
    default: break;
    }
    return Value();
}

int Machine::compareCallback(const Function* function, const Value& a, const Value& b) {
    if (function == nullptr || !function->isDefined())
        reportError(ErrorKind::WildPointer, "the comparison function is not a function of the program", true);
    Value args[2] = {a, b};
    Value result = callFunction(function, std::span<const Value>(args, 2), {}, 0);
    return static_cast<std::int32_t>(result.u);
}

// glibc's qsort is a top-down merge sort (msort): the first half is n / 2 elements, ties keep their order.
void Machine::qsort(const Value& base, std::uint64_t count, std::uint64_t size, const Value& compare) {
    if (count < 2 || size == 0) return;
    checkSize(count * size);
    if (size > (1ull << 28) / count) checkSize(std::uint64_t{1} << 40);
    const Function* f = m_image.functionAt(compare.u);
    std::vector<std::uint8_t> bytes(count * size);
    readBytes(base, bytes.data(), bytes.size(), false);
    std::vector<std::uint64_t> order(count), scratch(count);
    for (std::uint64_t i = 0; i < count; ++i) order[i] = i;
    auto element = [&](std::uint64_t index) { return Value::pointer(base.u + index * size, base.prov); };
    // Elements are compared where they were (the array is only rewritten at the end).
    auto sort = [&](auto& self, std::uint64_t begin, std::uint64_t n) -> void {
        if (n <= 1) return;
        std::uint64_t n1 = n / 2, n2 = n - n1;
        self(self, begin, n1);
        self(self, begin + n1, n2);
        std::uint64_t i = begin, j = begin + n1, k = 0;
        while (i < begin + n1 && j < begin + n) {
            if (compareCallback(f, element(order[i]), element(order[j])) <= 0)
                scratch[k++] = order[i++];
            else
                scratch[k++] = order[j++];
        }
        while (i < begin + n1) scratch[k++] = order[i++];
        while (j < begin + n) scratch[k++] = order[j++];
        std::copy(scratch.begin(), scratch.begin() + static_cast<std::ptrdiff_t>(n), order.begin() + static_cast<std::ptrdiff_t>(begin));
    };
    sort(sort, 0, count);
    std::vector<std::uint8_t> sorted(count * size);
    for (std::uint64_t i = 0; i < count; ++i)
        std::memcpy(sorted.data() + i * size, bytes.data() + order[i] * size, size);
    writeBytes(base, sorted.data(), sorted.size());
}

Value Machine::callMath(Builtin builtin, std::span<const Value> args) {
    int c = args.empty() ? 0 : static_cast<int>(args[0].i);
    bool inRange = c >= -1 && c <= 255;
    auto classify = [&](int (*f)(int)) { return Value::bits(inRange ? normalize(static_cast<std::uint64_t>(f(c)), m_unit.types->intType()) : 0); };
    double x = args.empty() ? 0 : args[0].d;
    double y = args.size() > 1 ? args[1].d : 0;
    auto f32 = [](double v) { return Value::real(static_cast<double>(static_cast<float>(v))); };
    switch (builtin) {
    case Builtin::Isalnum: return classify(::isalnum);
    case Builtin::Isalpha: return classify(::isalpha);
    case Builtin::Isblank: return classify(::isblank);
    case Builtin::Iscntrl: return classify(::iscntrl);
    case Builtin::Isdigit: return classify(::isdigit);
    case Builtin::Isgraph: return classify(::isgraph);
    case Builtin::Islower: return classify(::islower);
    case Builtin::Isprint: return classify(::isprint);
    case Builtin::Ispunct: return classify(::ispunct);
    case Builtin::Isspace: return classify(::isspace);
    case Builtin::Isupper: return classify(::isupper);
    case Builtin::Isxdigit: return classify(::isxdigit);
    case Builtin::Tolower: return inRange ? classify(::tolower) : Value::bits(args[0].u);
    case Builtin::Toupper: return inRange ? classify(::toupper) : Value::bits(args[0].u);
    case Builtin::Sqrt: return Value::real(std::sqrt(x));
    case Builtin::Cbrt: return Value::real(std::cbrt(x));
    case Builtin::Pow: return Value::real(std::pow(x, y));
    case Builtin::Fabs: return Value::real(std::fabs(x));
    case Builtin::Floor: return Value::real(std::floor(x));
    case Builtin::Ceil: return Value::real(std::ceil(x));
    case Builtin::Round: return Value::real(std::round(x));
    case Builtin::Trunc: return Value::real(std::trunc(x));
    case Builtin::Fmod: return Value::real(std::fmod(x, y));
    case Builtin::Exp: return Value::real(std::exp(x));
    case Builtin::Log: return Value::real(std::log(x));
    case Builtin::Log2: return Value::real(std::log2(x));
    case Builtin::Log10: return Value::real(std::log10(x));
    case Builtin::Sin: return Value::real(std::sin(x));
    case Builtin::Cos: return Value::real(std::cos(x));
    case Builtin::Tan: return Value::real(std::tan(x));
    case Builtin::Asin: return Value::real(std::asin(x));
    case Builtin::Acos: return Value::real(std::acos(x));
    case Builtin::Atan: return Value::real(std::atan(x));
    case Builtin::Atan2: return Value::real(std::atan2(x, y));
    case Builtin::Sinh: return Value::real(std::sinh(x));
    case Builtin::Cosh: return Value::real(std::cosh(x));
    case Builtin::Tanh: return Value::real(std::tanh(x));
    case Builtin::Hypot: return Value::real(std::hypot(x, y));
    case Builtin::Fmin: return Value::real(std::fmin(x, y));
    case Builtin::Fmax: return Value::real(std::fmax(x, y));
    case Builtin::Sqrtf: return f32(std::sqrt(static_cast<float>(x)));
    case Builtin::Fabsf: return f32(std::fabs(static_cast<float>(x)));
    case Builtin::Powf: return f32(std::pow(static_cast<float>(x), static_cast<float>(y)));
    case Builtin::Floorf: return f32(std::floor(static_cast<float>(x)));
    case Builtin::Ceilf: return f32(std::ceil(static_cast<float>(x)));
    case Builtin::Roundf: return f32(std::round(static_cast<float>(x)));
    case Builtin::Isnan: return Value::bits(std::isnan(x) ? 1 : 0);
    case Builtin::Isinf: return Value::bits(std::isinf(x) ? (x < 0 ? normalize(~0ull, m_unit.types->intType()) : 1) : 0);
    case Builtin::Nanf: return Value::real(std::nan(""));
    default: break;
    }
    return Value();
}

} // namespace memviz::engine
