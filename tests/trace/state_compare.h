// firstDifference: where two MachineStates differ (frames, locals, globals, heap, pointers, metrics,
// output, errors), as a readable path, or "" when they are the same. Narration, line numbers of the state
// itself and the cost meter are the history's own and are not compared.
#pragma once

#include "trace/machine_state.h"

#include <sstream>
#include <string>

namespace memviz::trace::test {

inline std::string differ(const std::string& where, const std::string& a, const std::string& b) {
    return where + ": history has '" + a + "', live machine has '" + b + "'";
}

template <class T> std::string str(const T& v) {
    std::ostringstream out;
    out << v;
    return out.str();
}

inline std::string valueDifference(const std::string& where, const ValueNode& a, const ValueNode& b) {
    std::string at = where + "/" + a.name;
    if (a.name != b.name) return differ(at + " name", a.name, b.name);
    if (a.type != b.type) return differ(at + " type", a.type, b.type);
    if (a.address != b.address) return differ(at + " address", str(a.address), str(b.address));
    if (a.size != b.size) return differ(at + " size", str(a.size), str(b.size));
    if (a.value != b.value) return differ(at + " value", a.value, b.value);
    if (a.initialized != b.initialized) return differ(at + " initialized", str(a.initialized), str(b.initialized));
    if (a.isPointer != b.isPointer || a.pointee != b.pointee) return differ(at + " pointee", str(a.pointee), str(b.pointee));
    if (a.bytes != b.bytes) return at + ": bytes differ";
    if (a.children.size() != b.children.size()) return differ(at + " children", str(a.children.size()), str(b.children.size()));
    for (std::size_t i = 0; i < a.children.size(); ++i)
        if (std::string d = valueDifference(at, a.children[i], b.children[i]); !d.empty()) return d;
    return "";
}

inline std::string firstDifference(const MachineState& a, const MachineState& b) {
    if (a.frames.size() != b.frames.size()) return differ("frame count", str(a.frames.size()), str(b.frames.size()));
    for (std::size_t i = 0; i < a.frames.size(); ++i) {
        const FrameState& x = a.frames[i];
        const FrameState& y = b.frames[i];
        std::string at = "frame " + str(i) + " (" + x.function + ")";
        if (x.id != y.id) return differ(at + " id", str(x.id), str(y.id));
        if (x.function != y.function) return differ(at + " function", x.function, y.function);
        if (x.line != y.line) return differ(at + " line", str(x.line), str(y.line));
        if (x.callLine != y.callLine) return differ(at + " call line", str(x.callLine), str(y.callLine));
        if (x.frameBase != y.frameBase || x.stackPointer != y.stackPointer || x.frameBytes != y.frameBytes)
            return differ(at + " extent", str(x.stackPointer), str(y.stackPointer));
        if (x.returnAddress != y.returnAddress || x.savedFramePointer != y.savedFramePointer)
            return at + ": control slots differ";
        if (x.locals.size() != y.locals.size()) return differ(at + " locals", str(x.locals.size()), str(y.locals.size()));
        for (std::size_t k = 0; k < x.locals.size(); ++k)
            if (std::string d = valueDifference(at, x.locals[k], y.locals[k]); !d.empty()) return d;
    }
    if (a.globals.size() != b.globals.size()) return differ("globals", str(a.globals.size()), str(b.globals.size()));
    for (std::size_t k = 0; k < a.globals.size(); ++k)
        if (std::string d = valueDifference("globals", a.globals[k], b.globals[k]); !d.empty()) return d;
    if (a.heapStart != b.heapStart || a.heapBreak != b.heapBreak) return differ("heap break", str(a.heapBreak), str(b.heapBreak));
    if (a.heap.size() != b.heap.size()) return differ("heap blocks", str(a.heap.size()), str(b.heap.size()));
    for (std::size_t i = 0; i < a.heap.size(); ++i) {
        const HeapBlockState& x = a.heap[i];
        const HeapBlockState& y = b.heap[i];
        std::string at = "heap block " + str(i) + " at " + str(x.address);
        if (x.address != y.address || x.size != y.size) return differ(at + " extent", str(x.size), str(y.size));
        if (x.state != y.state) return at + ": state differs";
        if (x.id != y.id) return differ(at + " id", str(x.id), str(y.id));
        if (x.requested != y.requested) return differ(at + " requested", str(x.requested), str(y.requested));
        if (x.allocLine != y.allocLine || x.allocStep != y.allocStep) return at + ": allocation site differs";
        if (x.freedBefore != y.freedBefore || x.pointedTo != y.pointedTo) return at + ": flags differ";
        if (x.words.size() != y.words.size()) return at + ": word count differs";
        for (std::size_t w = 0; w < x.words.size(); ++w)
            if (std::string d = valueDifference(at, x.words[w], y.words[w]); !d.empty()) return d;
    }
    if (a.pointers.size() != b.pointers.size()) return differ("pointers", str(a.pointers.size()), str(b.pointers.size()));
    for (std::size_t i = 0; i < a.pointers.size(); ++i) {
        const PointerEdge& x = a.pointers[i];
        const PointerEdge& y = b.pointers[i];
        if (x.from != y.from || x.to != y.to || x.target != y.target || x.fromFrameId != y.fromFrameId ||
            x.fromBlockId != y.fromBlockId || x.toFrameId != y.toFrameId || x.toBlockId != y.toBlockId)
            return "pointer " + str(i) + " from " + str(x.from) + " differs";
    }
    if (a.danglingTargets.size() != b.danglingTargets.size()) return "dangling targets differ";
    const alloc::HeapMetrics& m = a.metrics;
    const alloc::HeapMetrics& n = b.metrics;
    if (m.extent != n.extent || m.liveRequested != n.liveRequested || m.liveBlocks != n.liveBlocks ||
        m.allocatedBytes != n.allocatedBytes || m.freeBytes != n.freeBytes || m.freeBlocks != n.freeBlocks ||
        m.largestFree != n.largestFree || m.allocations != n.allocations || m.frees != n.frees ||
        m.reallocs != n.reallocs || m.failures != n.failures || m.peakExtent != n.peakExtent || m.peakLive != n.peakLive)
        return differ("metrics (live bytes)", str(m.liveRequested), str(n.liveRequested));
    if (a.output != b.output) return differ("output", a.output, b.output);
    if (a.errorOutput != b.errorOutput) return differ("error output", a.errorOutput, b.errorOutput);
    if (a.errors.size() != b.errors.size()) return differ("errors", str(a.errors.size()), str(b.errors.size()));
    for (std::size_t i = 0; i < a.errors.size(); ++i)
        if (a.errors[i].kind != b.errors[i].kind || a.errors[i].line != b.errors[i].line || a.errors[i].step != b.errors[i].step)
            return "error " + str(i) + " differs";
    return "";
}

} // namespace memviz::trace::test
