// Narrator: sentences for heap operations, calls, returns, errors, output and writes.
#include "trace/narrator.h"

#include "alloc/allocator.h"
#include "core/address.h"
#include "trace/step_record.h"
#include "trace/value_reader.h"

#include <algorithm>
#include <cstring>

namespace memviz::trace {

using core::Address;
using core::hexAddress;

namespace {

std::string plural(std::uint64_t count, const char* noun) {
    return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

std::string describeHeap(const HistoryStore& store, const HeapOpRecord& op) {
    std::string policy(alloc::policyName(store.options.allocator));
    std::string text;
    switch (op.reportKind) {
    case alloc::OpKind::Malloc:
    case alloc::OpKind::Calloc:
        text = (op.reportKind == alloc::OpKind::Calloc ? "calloc(" : "malloc(") + std::to_string(op.requested) + ")";
        if (op.failed) return text + " failed: the heap limit leaves no room, so it returned NULL";
        text += " — " + policy + " examined " + plural(op.examined, "free block") + " and took the " +
                std::to_string(op.blockSize) + "-byte block at " + hexAddress(op.payload);
        if (op.remainderSize != 0) text += ", splitting off " + std::to_string(op.remainderSize) + " bytes";
        if (op.grownBy != 0) text += " (the heap grew by " + std::to_string(op.grownBy) + " bytes first)";
        if (op.reportKind == alloc::OpKind::Calloc) text += "; the payload was zeroed";
        return text;
    case alloc::OpKind::Free:
        if (op.kind == engine::HeapEventKind::Reallocated)
            return "realloc(" + hexAddress(op.oldPayload) + ", 0) freed the block and returned NULL";
        text = "free(" + hexAddress(op.oldPayload) + ") released the " + std::to_string(op.blockSize) + "-byte block";
        if (op.coalesces != 0)
            text += ", merging it with " + plural(op.coalesces, "free neighbour") + " into a " +
                    std::to_string(op.mergedSize) + "-byte free block";
        return text;
    case alloc::OpKind::Realloc:
        text = "realloc(" + hexAddress(op.oldPayload) + ", " + std::to_string(op.requested) + ")";
        if (op.failed) return text + " failed: the old block stays valid and NULL was returned";
        if (op.inPlace || op.payload == op.oldPayload)
            return text + " resized the block in place (now " + std::to_string(op.blockSize) + " bytes)";
        return text + " moved the data to a new " + std::to_string(op.blockSize) + "-byte block at " +
               hexAddress(op.payload) + " and freed the old one";
    }
    return text;
}

std::string returnText(const FrameRecord& frame) {
    const lang::Type* type = frame.function != nullptr ? frame.function->returnType() : nullptr;
    if (type == nullptr || type->isVoid() || !frame.hasValue) return "";
    if (type->isFloating()) {
        double d;
        std::memcpy(&d, &frame.returnBits, sizeof d);
        char buffer[40];
        std::snprintf(buffer, sizeof buffer, "%g", d);
        return buffer;
    }
    if (type->isPointer()) return frame.returnBits == 0 ? "NULL" : hexAddress(frame.returnBits);
    if (type->isInteger())
        return type->isSigned() ? std::to_string(static_cast<std::int64_t>(frame.returnBits)) : std::to_string(frame.returnBits);
    return "";
}

// The variable at `address` in the frames on the stack or the globals, with its new value.
std::string describeWrite(const HistoryStore& store, const StateCursor& cursor, Address address) {
    ValueReader reader(cursor.space(), store.image);
    for (auto it = cursor.frames().rbegin(); it != cursor.frames().rend(); ++it) {
        const FrameRecord& frame = store.frames[*it];
        if (frame.function == nullptr) continue;
        for (const engine::FrameSlot& slot : store.image.frameLayout(frame.function).slots) {
            Address at = frame.frameBase - slot.offset;
            if (slot.variable == nullptr || address < at || address >= at + slot.size) continue;
            if (slot.variable->name.empty()) return "";
            ValueNode node = reader.read(slot.variable->name, slot.variable->type, at);
            return slot.variable->name + " = " + node.value;
        }
    }
    if (const engine::StaticObject* object = store.image.staticObjectAt(address))
        if (object->variable != nullptr && !object->variable->name.empty())
            return object->variable->name + " = " +
                   reader.read(object->variable->name, object->variable->type, object->address).value;
    if (address >= cursor.space().heapStart() && address < cursor.space().heapBreak())
        return "wrote to the heap block at " + hexAddress(address);
    return "";
}

} // namespace

std::string narrate(const HistoryStore& store, std::uint64_t step, const StateCursor& cursor) {
    if (step == 0 || step > store.steps.size()) return "";
    std::vector<std::string> parts;
    for (const engine::RuntimeError& error : store.result.errors)
        if (error.step == step) {
            parts.push_back(std::string(engine::errorKindName(error.kind)) + ": " + error.message);
            break;
        }
    StepRecordReader reader(store.log.record(store.steps[step - 1].record()));
    RecordOp op;
    std::vector<Address> writes;
    while (reader.next(op)) {
        switch (op.tag) {
        case OpTag::Heap: parts.push_back(describeHeap(store, store.heapOps.at(op.id))); break;
        case OpTag::Push: {
            const FrameRecord& frame = store.frames[op.id];
            std::string name = frame.function != nullptr ? frame.function->name : "?";
            parts.push_back("called " + name + "(); its " + std::to_string(frame.frameBytes) +
                            "-byte frame was pushed (one stack-pointer move, to " + hexAddress(frame.stackPointer()) + ")");
            break;
        }
        case OpTag::Pop: {
            const FrameRecord& frame = store.frames[op.id];
            std::string name = frame.function != nullptr ? frame.function->name : "?";
            std::string value = returnText(frame);
            parts.push_back(name + "() returned" + (value.empty() ? "" : " " + value) + "; its frame (" +
                            std::to_string(frame.frameBytes) + " bytes) was popped");
            break;
        }
        case OpTag::Memory:
            writes.push_back(op.address);
            break;
        case OpTag::Bounds: break;
        }
    }
    auto mark = std::lower_bound(store.outputMarks.begin(), store.outputMarks.end(), step,
                                 [](const OutputMark& m, std::uint64_t s) { return m.step < s; });
    if (mark != store.outputMarks.end() && mark->step == step) {
        std::uint64_t before = mark == store.outputMarks.begin() ? 0 : (mark - 1)->outLength;
        if (mark->outLength > before && before < store.result.output.size()) {
            std::string text = store.result.output.substr(before, std::min<std::uint64_t>(mark->outLength - before, 60));
            std::string quoted;
            for (char c : text) quoted += escapeChar(static_cast<unsigned char>(c), '"');
            parts.push_back("printed \"" + quoted + "\"");
        }
    }
    if (parts.empty() && !writes.empty()) {
        std::string described = describeWrite(store, cursor, writes.back());
        if (!described.empty()) parts.push_back(described);
    }
    if (parts.empty()) return "line " + std::to_string(store.steps[step - 1].line()) + " ran; no memory changed";
    std::string sentence = parts[0];
    for (std::size_t i = 1; i < parts.size() && i < 3; ++i) sentence += "; " + parts[i];
    return sentence;
}

} // namespace memviz::trace
