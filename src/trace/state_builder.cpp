// StateBuilder: frames, globals, heap blocks and pointer edges from memory.
#include "trace/state_builder.h"

#include "trace/value_reader.h"

#include <algorithm>
#include <unordered_map>

namespace memviz::trace {

using core::Address;
using memory::ByteKind;

namespace {

constexpr std::uint64_t kMaxBytes = 256;

ValueNode withBytes(ValueNode node, const memory::AddressSpace& space) {
    std::uint64_t size = node.size < kMaxBytes ? node.size : kMaxBytes;
    if (const std::uint8_t* host = space.hostBytes(node.address, size)) node.bytes.assign(host, host + size);
    return node;
}

void collectPointers(const ValueNode& node, std::uint64_t frameId, std::vector<PointerEdge>& out) {
    if (node.isPointer && node.initialized && node.pointee != 0) {
        PointerEdge edge;
        edge.from = node.address;
        edge.to = node.pointee;
        edge.fromFrameId = frameId;
        out.push_back(edge);
    }
    for (const ValueNode& child : node.children) collectPointers(child, frameId, out);
}

bool isHeapPayloadKind(ByteKind kind) { return kind == ByteKind::HeapPayload || kind == ByteKind::HeapPadding; }

} // namespace

void buildState(const StateSources& sources, MachineState& state) { StateBuilder().build(sources, state); }

void StateBuilder::build(const StateSources& sources, MachineState& state, bool allChanged,
                         std::span<const AddressRange> changed) {
    const memory::AddressSpace& space = *sources.space;
    const engine::ProgramImage& image = *sources.image;
    ValueReader reader(space, image);

    state.frames.clear();
    for (const FrameView& view : sources.frames) {
        FrameState frame;
        frame.id = view.id;
        frame.function = view.function != nullptr ? view.function->name : std::string();
        frame.line = view.line;
        frame.callLine = view.callLine;
        frame.frameBase = view.frameBase;
        frame.frameBytes = view.frameBytes;
        frame.stackPointer = view.frameBase + 16 - view.frameBytes;
        space.readRaw(view.frameBase + 8, frame.returnAddress);
        space.readRaw(view.frameBase, frame.savedFramePointer);
        for (std::size_t k = 0; k < view.inScope.size(); ++k) {
            const lang::Variable* variable = view.inScope[k];
            // A later declaration of the same name (the next loop's `i`) replaces the earlier one.
            bool replaced = false;
            for (std::size_t later = k + 1; later < view.inScope.size(); ++later)
                if (view.inScope[later]->name == variable->name) replaced = true;
            if (replaced) continue;
            frame.locals.push_back(withBytes(
                reader.read(variable->name, variable->type, view.frameBase - image.localOffset(variable)), space));
        }
        state.frames.push_back(std::move(frame));
    }
    state.stackPointer = state.frames.empty() ? space.stackTop() : state.frames.back().stackPointer;

    state.globals.clear();
    for (const engine::StaticObject& object : image.staticObjects()) {
        const lang::Variable* variable = object.variable;
        if (variable == nullptr || variable->name.empty() || variable->isLibrary) continue;
        std::string name = variable->name;
        if (variable->storage == lang::Storage::StaticLocal && variable->owner != nullptr)
            name = variable->owner->name + "::" + name;
        state.globals.push_back(withBytes(reader.read(name, variable->type, object.address), space));
    }

    // The heap, block by block.
    state.heapStart = space.heapStart();
    state.heapBreak = space.heapBreak();
    m_heap.build(space, sources.liveBlockId, sources.block, allChanged, changed, state.heap);

    // Pointer edges: typed pointers in frames and globals, and pointer-looking words in live blocks.
    state.pointers.clear();
    for (const FrameState& frame : state.frames)
        for (const ValueNode& local : frame.locals) collectPointers(local, frame.id, state.pointers);
    for (const ValueNode& global : state.globals) collectPointers(global, 0, state.pointers);
    std::span<const WordPointer> words = m_heap.pointers();
    state.pointers.reserve(state.pointers.size() + words.size());
    std::size_t holder = 0; // the block holding the word: words and blocks are both in address order
    for (const WordPointer& word : words) {
        auto holds = [&](const HeapBlockState& block) { return word.from - block.address < block.size; };
        while (holder + 1 < state.heap.size() && !holds(state.heap[holder])) ++holder;
        PointerEdge edge;
        edge.from = word.from;
        edge.to = word.to;
        edge.fromBlockId = state.heap[holder].id;
        state.pointers.push_back(edge);
    }

    auto blockAt = [&](Address address) -> HeapBlockState* {
        auto it = std::upper_bound(state.heap.begin(), state.heap.end(), address,
                                   [](Address a, const HeapBlockState& b) { return a < b.address; });
        if (it == state.heap.begin()) return nullptr;
        --it;
        return address - it->address < it->size ? &*it : nullptr;
    };
    std::unordered_map<std::uint64_t, bool> danglingSeen;
    state.danglingTargets.clear();
    for (PointerEdge& edge : state.pointers) {
        ByteKind kind = space.kindAt(edge.to);
        if (edge.to >= space.heapStart() && edge.to < space.heapBreak()) {
            HeapBlockState* block = blockAt(edge.to);
            if (block != nullptr && block->state == BlockState::Allocated && isHeapPayloadKind(kind)) {
                edge.target = PointerTarget::Heap;
                edge.toBlockId = block->id;
                block->pointedTo = true;
            } else if (block != nullptr && block->state == BlockState::Allocated) {
                edge.target = PointerTarget::Invalid; // a header or outside the payload
                edge.toBlockId = block->id;
            } else {
                edge.target = PointerTarget::DanglingHeap;
                if (block != nullptr) block->pointedTo = true;
                edge.toBlockId = sources.freedBlockHolding ? sources.freedBlockHolding(edge.to) : 0;
                if (edge.toBlockId != 0 && !danglingSeen[edge.toBlockId] && sources.block) {
                    danglingSeen[edge.toBlockId] = true;
                    if (const BlockRecord* record = sources.block(edge.toBlockId))
                        state.danglingTargets.push_back({edge.toBlockId, record->payload, record->requested,
                                                         record->allocLine, record->freeLine, record->allocStep,
                                                         record->freeStep});
                }
            }
        } else if (kind == ByteKind::StackFrame || kind == ByteKind::StackControl) {
            edge.target = PointerTarget::Stack;
            for (const FrameState& frame : state.frames)
                if (edge.to >= frame.stackPointer && edge.to < frame.frameBase + 16) edge.toFrameId = frame.id;
        } else if (kind == ByteKind::StackUnused) {
            edge.target = PointerTarget::DanglingStack;
        } else if (kind == ByteKind::Global) {
            edge.target = PointerTarget::Global;
        } else if (kind == ByteKind::Rodata) {
            edge.target = PointerTarget::Rodata;
        } else if (kind == ByteKind::Text) {
            edge.target = PointerTarget::Text;
        } else {
            edge.target = PointerTarget::Invalid;
        }
    }
}

} // namespace memviz::trace
