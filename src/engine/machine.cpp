// Machine: set-up of the program image, the run on a worker thread, calls and frames, errors and leaks.
#include "engine/machine.h"

#include "alloc/block_format.h"

#include <pthread.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <functional>
#include <map>

namespace memviz::engine {

using core::Address;
using core::alignUp;
using memory::ByteKind;
using namespace memviz::lang;

namespace {

#if defined(__SANITIZE_ADDRESS__)
#define MEMVIZ_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MEMVIZ_ASAN 1
#endif
#endif

#ifdef MEMVIZ_ASAN
// AddressSanitizer cannot unpoison a stack above 64 MiB when an exception unwinds it (false reports follow),
// so sanitizer builds run the worker on a smaller stack; runaway recursion then stops earlier, the same way.
constexpr std::size_t kWorkerStack = 60u << 20;
constexpr std::uintptr_t kHostStackBudget = 48u << 20;
#else
constexpr std::size_t kWorkerStack = 256u << 20;     // host stack of the worker thread
constexpr std::uintptr_t kHostStackBudget = 224u << 20; // deeper simulated recursion is a stack overflow
#endif

void* runWorker(void* machine) {
    (*static_cast<std::function<void()>*>(machine))();
    return nullptr;
}

} // namespace

Machine::Machine(const TranslationUnit& unit, RunOptions options, EventSink* sink)
    : m_unit(unit), m_options(std::move(options)), m_sink(sink), m_image(unit),
      m_space(std::make_unique<memory::AddressSpace>(m_image.layout(m_options.stackLimit, m_options.heapLimit))),
      m_heap(std::make_unique<alloc::Heap>(*m_space, m_options.allocator)) {
    m_builtins.resize(unit.functions.size(), Builtin::None);
    for (const auto& f : unit.functions)
        if (!f->isDefined()) m_builtins[f->id] = builtinNamed(f->name);
    m_argStack.reserve(1024);
    m_fast.reset(unit.exprCount, unit.blockCount, m_options.compiledForms);
    // Stored pointers in the heap and in the top of the stack (where nearly all frames live) get direct slots: 16
    // bytes of reserved, untouched-until-used memory per 8 bytes, laid out as the memory they describe (a block's
    // pointers share its slots' cache lines; the table would scatter them).
    constexpr std::uint64_t kDirectLimit = std::uint64_t{256} << 20;
    std::uint64_t directHeap = std::min<std::uint64_t>(m_space->heapLimit(), kDirectLimit) & ~std::uint64_t{7};
    m_storedPointers.setDirectRange(0, m_space->heapStart(), m_space->heapStart() + directHeap);
    std::uint64_t directStack = std::min<std::uint64_t>(m_space->stackLimit(), std::uint64_t{64} << 20) & ~std::uint64_t{7};
    m_storedPointers.setDirectRange(1, memory::AddressSpace::kStackTop - directStack, memory::AddressSpace::kStackTop);
}

Machine::~Machine() = default;

RunResult Machine::run() {
    if (m_ran) return m_result;
    m_ran = true;
    std::function<void()> body = [this] { runToEnd(); };
    pthread_attr_t attributes;
    pthread_t thread;
    bool started = false;
    if (pthread_attr_init(&attributes) == 0) {
        if (pthread_attr_setstacksize(&attributes, kWorkerStack) == 0 &&
            pthread_create(&thread, &attributes, runWorker, &body) == 0)
            started = true;
        pthread_attr_destroy(&attributes);
    }
    if (started)
        pthread_join(thread, nullptr);
    else
        runToEnd(); // no thread: run here (recursion is then bounded by the host-stack budget check)
    return m_result;
}

void Machine::runToEnd() {
    int marker = 0;
    m_hostStackBase = reinterpret_cast<std::uintptr_t>(&marker);
    try {
        loadProgram();
        callMain();
    } catch (const Stop& stopped) {
        m_result.status = stopped.status;
        m_result.exitCode = stopped.exitCode;
    }
    if (m_result.status == RunStatus::Exited) collectLeaks();
    m_result.heap = m_heap->metrics();
}

void Machine::loadProgram() {
    // String literals and the three FILE objects in rodata (raw writes: rodata is read-only to programs).
    for (std::size_t i = 0; i < m_unit.strings.size(); ++i) {
        const std::string& bytes = m_unit.strings[i].bytes;
        if (std::uint8_t* host = m_space->hostBytes(m_image.stringAddress(static_cast<std::uint32_t>(i)), bytes.size()))
            std::memcpy(host, bytes.data(), bytes.size());
    }
    // Globals and static locals: zero (data and bss are zero-filled), then their initializers.
    for (const Variable* v : m_unit.globals) {
        if (v->isExtern && !v->isLibrary) continue;
        Address address = m_image.staticAddress(v);
        if (v->isLibrary) {
            int fd = v->name == "stdin" ? 0 : v->name == "stdout" ? 1 : 2;
            m_space->writeRaw(address, m_image.streamAddress(fd));
            continue;
        }
        if (v->hasInit) initialize(Value::pointer(address, {address, std::max<std::uint64_t>(v->type->size, 1)}),
                                   v->type, v->init);
        if (m_sink) m_sink->onVariableDeclared({0, v, address});
    }
}

void Machine::callMain() {
    const Function* main = m_unit.mainFunction;
    if (main == nullptr || !main->isDefined()) {
        reportError(ErrorKind::Unsupported, "the program has no main function", true);
        return;
    }
    // argv strings and the argv array at the top of the stack, as the kernel places them.
    std::vector<std::string> argv = m_options.argv;
    if (argv.empty()) argv.push_back(m_options.programName);
    std::uint64_t stringBytes = 0;
    for (const auto& a : argv) stringBytes += a.size() + 1;
    Address top = memory::AddressSpace::kStackTop - 16;
    Address strings = top - alignUp(stringBytes, 16);
    Address array = strings - alignUp(8 * (argv.size() + 1), 16);
    m_space->growStack(array - 16);
    m_space->setShadow(array, top - array, ByteKind::StackFrame, true);
    Address cursor = strings;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        std::memcpy(m_space->hostBytes(cursor, argv[i].size() + 1), argv[i].c_str(), argv[i].size() + 1);
        m_space->writeRaw(array + 8 * i, cursor);
        cursor += argv[i].size() + 1;
    }
    m_space->writeRaw(array + 8 * argv.size(), Address{0});
    m_errnoAddress = top; // 8 bytes of "errno" just under the top
    m_space->setShadow(top, 8, ByteKind::StackFrame, true);
    m_initialStackPointer = array;

    Value args[2];
    args[0] = Value::bits(argv.size());
    args[1] = Value::pointer(array, {array, 8 * (argv.size() + 1)});
    std::size_t count = std::min<std::size_t>(main->params.size(), 2);
    Value result = callFunction(main, std::span<const Value>(args, count), {}, 0);
    checkDefined(result, "the exit status (main's return value)");
    stop(RunStatus::Exited, static_cast<int>(result.u & 0xff));
}

// Inlined into callFunction, its one caller (a call of its own would cost as much as the common case's stores).
[[gnu::always_inline]] inline void Machine::storeArguments(const Function* function, std::span<const Value> args,
                                                           std::span<const ExprPtr> argExprs, Address frameBase,
                                                           Address sp) {
    // Parameters live in the callee's frame; variadic extras in 8-byte slots at its bottom.
    // A scalar parameter's slot is fresh frame bytes (no report possible): without a sink to tell of the old
    // bytes, it is written directly, as store would.
    std::size_t paramCount = std::min(function->params.size(), args.size());
    memory::Segment& stack = m_space->segmentStorage(memory::SegmentKind::Stack);
    for (std::size_t i = 0; i < paramCount; ++i) {
        const Variable* p = function->params[i];
        Address address = frameBase - m_image.localOffset(p);
        if (m_sink == nullptr && p->type->isScalar() && p->type->size - 1 < 8) {
            encodeScalar(p->type, args[i], stack.bytesAt(address));
            std::uint8_t marked = memory::shadowByte(ByteKind::StackFrame, !args[i].undef);
            fillShadow(stack.shadowAt(address), marked, p->type->size);
            if (p->type->isPointer()) noteStoredPointer(address, args[i]);
            continue;
        }
        storeParameter(p->type, address, args[i]);
    }
    if (args.size() > paramCount) storeVariadicExtras(function, args, argExprs, sp);
}

void Machine::storeParameter(const Type* type, Address address, const Value& value) {
    Value target = Value::pointer(address, {address, type->size});
    if (type->isRecord())
        copyObject(target, value, type->size);
    else
        store(target, type, value);
}

void Machine::storeVariadicExtras(const Function* function, std::span<const Value> args,
                                  std::span<const ExprPtr> argExprs, Address sp) {
    std::uint64_t extra = args.size() - function->params.size();
    for (std::uint64_t k = 0; k < extra; ++k) {
        const Value& v = args[function->params.size() + k];
        const Type* type = argExprs.size() > function->params.size() + k
                               ? argExprs[function->params.size() + k]->type
                               : m_unit.types->longType();
        Address address = sp + 8 * k;
        Value target = Value::pointer(address, {address, 8});
        if (type->kind == TypeKind::Float) type = m_unit.types->doubleType();
        if (type->isFloating())
            store(target, m_unit.types->doubleType(), v);
        else
            store(target, m_unit.types->longType(), v);
    }
}

Value Machine::callFunction(const Function* function, std::span<const Value> args,
                            std::span<const ExprPtr> argExprs, Address returnSlot) {
    const FrameLayout& layout = m_image.frameLayout(function);
    const Frame* caller = m_stack.empty() ? nullptr : &m_stack.top();
    Address callerSp = caller == nullptr ? m_initialStackPointer : caller->stackPointer;
    std::uint64_t extra = args.size() > function->params.size() ? args.size() - function->params.size() : 0;
    Address frameBase = callerSp - 16;
    Address sp = frameBase - layout.localBytes - alignUp(8 * extra, 16);
    int marker = 0;
    std::uintptr_t here = reinterpret_cast<std::uintptr_t>(&marker);
    bool hostTooDeep = m_hostStackBase > here && m_hostStackBase - here > kHostStackBudget;
    if (sp < memory::AddressSpace::kStackTop - m_space->stackLimit() || hostTooDeep ||
        (sp < m_space->stackLowest() && !m_space->growStack(sp)))
        stackOverflow(function, callerSp - sp, hostTooDeep);
    // Return address and saved frame pointer, then the frame's own bytes (uninitialized until written).
    Address callerBase = caller == nullptr ? 0 : caller->frameBase;
    Address returnAddress = caller == nullptr ? m_image.functionAddress(function)
                                              : m_image.functionAddress(caller->function) + 5;
    std::uint32_t callLine = caller == nullptr ? 0 : m_loc.line;
    m_space->setUpFrame(sp, frameBase, callerBase, returnAddress);

    std::uint64_t frameId = m_nextFrameId++;
    Address varargs = extra > 0 ? sp : 0;
    m_stack.push(function, &layout, frameBase, sp, callerSp, varargs, returnSlot, frameId,
                 function->loc.line); // `caller` may dangle from here
    // The caller's cached frame bytes come back at the pop (the stack's host memory never moves).
    Address callerFrameBase = m_frameBase;
    StoredPointers::DirectEntry* callerFrameSlots = m_frameSlots;
    std::uint8_t* callerFrameBytes = m_frameBytes;
    std::uint8_t* callerFrameShadow = m_frameShadow;
    enterTopFrame();
    m_result.cost.framePushes++;
    m_result.cost.frameBytes += callerSp - sp;
    m_result.cost.maxStackDepth = std::max<std::uint64_t>(m_result.cost.maxStackDepth, m_stack.depth());
    m_result.cost.maxStackBytes = std::max<std::uint64_t>(m_result.cost.maxStackBytes, m_initialStackPointer - sp);
    if (m_sink) m_sink->onFramePushed({frameId, function, frameBase, sp, callerSp - sp, callLine, args});

    if (!args.empty()) storeArguments(function, args, argExprs, frameBase, sp);

    // execReturn sets m_returnValue; a body that ends without a return gives no value.
    Flow flow = exec(function->body.get());
    if (flow != Flow::Return) m_returnValue = Value();

    // Pop: the frame's bytes go back to unused stack (a pointer into them now dangles).
    m_space->setStackShadow(sp, callerSp - sp, ByteKind::StackUnused, false);
    m_stack.pop();
    m_frameBase = callerFrameBase;
    m_frameSlots = callerFrameSlots;
    m_frameBytes = callerFrameBytes;
    m_frameShadow = callerFrameShadow;
    if (m_sink) m_sink->onFramePopped({frameId, function, m_returnValue, !function->returnType()->isVoid()});
    if (!m_stack.empty()) m_loc = {m_stack.top().line, m_loc.column};
    return m_returnValue;
}

void Machine::stackOverflow(const Function* function, std::uint64_t frameBytes, bool hostTooDeep) {
    std::string depth = std::to_string(m_stack.depth()) + " frames deep";
    if (hostTooDeep)
        reportError(ErrorKind::StackOverflow,
                    "stack overflow: the recursion is " + depth + ", more than the simulator follows", true);
    reportError(ErrorKind::StackOverflow,
                "stack overflow: calling " + function->name + " needs " + std::to_string(frameBytes) +
                    " more bytes but the " + std::to_string(m_space->stackLimit()) + "-byte stack is full (" + depth +
                    ")",
                true);
    stop(RunStatus::RuntimeError, 1); // not reached: the report above is fatal
}

void Machine::stop(RunStatus status, int exitCode) { throw Stop{status, exitCode}; }

void Machine::reportError(ErrorKind kind, std::string message, bool fatal) {
    bool record = true;
    if (m_options.keepGoing && !fatal) {
        std::uint64_t site = (static_cast<std::uint64_t>(kind) << 32) | m_loc.line;
        record = m_reportedSites.emplace(site, true).second && m_result.errors.size() < m_options.maxErrors;
    }
    if (record) {
        RuntimeError error{kind, m_loc.line, m_loc.column, m_result.steps, std::move(message)};
        m_result.errors.push_back(error);
        if (m_sink) m_sink->onError(m_result.errors.back());
    }
    if (fatal || !m_options.keepGoing) stop(RunStatus::RuntimeError, 1);
}

void Machine::collectLeaks() {
    std::map<std::uint32_t, Leak> byLine;
    m_heap->walk([&](const alloc::BlockInfo& block) {
        if (!block.allocated) return;
        alloc::Heap::LiveRecord live = m_heap->liveRecord(block.payload());
        if (live.id == 0) return;
        std::uint32_t line = live.tag; // the line of the block's malloc (see noteHeapOp's callers)
        Leak& leak = byLine[line];
        leak.line = line;
        leak.bytes += live.requested;
        leak.blocks++;
    });
    for (const auto& [line, leak] : byLine) m_result.leaks.push_back(leak);
}

Value Machine::noteHeapOp(HeapEventKind kind, std::uint64_t oldId, Address oldPayload, Address payload,
                          std::uint64_t requested) {
    const alloc::OpReport& report = m_heap->lastReport();
    CostCounters& cost = m_result.cost;
    cost.heapOperations++;
    cost.blocksExamined += report.examined;
    cost.splits += report.splits;
    cost.coalesces += report.coalesces;
    cost.headerWrites += report.headerWrites;
    cost.heapGrowth += report.grownBy;
    std::uint64_t newId = 0;
    Value pointer;
    if (payload != 0) {
        const alloc::Heap::LiveRecord& live = m_heap->lastReturned();  // the call just made returned `payload`
        newId = live.id;
        pointer = Value::pointer(payload, {payload, live.requested});
    }
    if (m_sink) m_sink->onHeap({kind, newId, oldId, payload, oldPayload, requested, m_loc.line, &report});
    return pointer;
}

void Machine::emitOutput(OutputStream stream, std::string_view text) {
    std::string& target = stream == OutputStream::Stdout ? m_result.output : m_result.errorOutput;
    if (target.size() + text.size() > m_options.maxOutput) return;
    target.append(text);
    if (m_sink) m_sink->onOutput({stream, text});
}

Value Machine::heapPointer(Address payload) const {
    if (payload == 0) return Value();
    return Value::pointer(payload, {payload, m_heap->liveRecord(payload).requested});
}

} // namespace memviz::engine
