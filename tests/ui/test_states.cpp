// Hand-built machine states for the view tests.
#include "test_states.h"

#include <cstdio>

namespace memviz::ui::test {

trace::ValueNode intValue(const char* name, core::Address address, int value, bool initialized) {
    trace::ValueNode v;
    v.name = name;
    v.type = "int";
    v.address = address;
    v.size = 4;
    v.value = std::to_string(value);
    v.initialized = initialized;
    return v;
}

trace::ValueNode pointerValue(const char* name, const char* type, core::Address address, core::Address pointee) {
    trace::ValueNode v;
    v.name = name;
    v.type = type;
    v.address = address;
    v.size = 8;
    v.isPointer = true;
    v.pointee = pointee;
    v.value = pointee == 0 ? "NULL" : "0x" + [&] {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%llx", static_cast<unsigned long long>(pointee));
        return std::string(buf);
    }();
    return v;
}

trace::MachineState smallState() {
    trace::MachineState s;
    s.step = 12;
    s.totalSteps = 40;
    s.line = 9;
    s.previousLine = 8;
    s.heapStart = 0x405000;
    s.heapBreak = 0x405000 + 4096;

    trace::FrameState main;
    main.id = 1;
    main.function = "main";
    main.line = 20;
    main.frameBase = 0x7ffffffefd00;
    main.stackPointer = 0x7ffffffefce0;
    main.frameBytes = 48;
    main.locals.push_back(pointerValue("head", "struct node *", 0x7ffffffefcf8, 0x405010));
    trace::ValueNode arr;
    arr.name = "arr";
    arr.type = "int[3]";
    arr.address = 0x7ffffffefce8;
    arr.size = 12;
    arr.value = "{1, 2, 3}";
    for (int i = 0; i < 3; ++i) {
        trace::ValueNode e = intValue("", 0x7ffffffefce8 + 4 * static_cast<unsigned>(i), i + 1);
        e.name = "[" + std::to_string(i) + "]";
        arr.children.push_back(e);
    }
    main.locals.push_back(arr);

    trace::FrameState build;
    build.id = 2;
    build.function = "build";
    build.line = 9;
    build.callLine = 20;
    build.frameBase = 0x7ffffffefcd0;
    build.stackPointer = 0x7ffffffefcb0;
    build.frameBytes = 48;
    build.returnAddress = 0x401234;
    build.savedFramePointer = 0x7ffffffefd00;
    build.locals.push_back(intValue("n", 0x7ffffffefcbc, 3));
    trace::ValueNode node = pointerValue("node", "struct node *", 0x7ffffffefcc0, 0);
    node.initialized = false;
    node.value = "0x7ffff7a1b2c3";
    build.locals.push_back(node);
    build.locals.push_back(pointerValue("where", "int *", 0x7ffffffefcc8, 0x7ffffffefcec));
    s.frames = {main, build};
    s.stackPointer = build.stackPointer;

    trace::ValueNode stale = pointerValue("stale", "char *", 0x404040, 0x405070);
    trace::ValueNode counter = intValue("counter", 0x404048, 2);
    s.globals = {stale, counter};

    trace::HeapBlockState b7;
    b7.id = 7;
    b7.address = 0x405000 + 8;
    b7.payload = b7.address + 8;
    b7.size = 32;
    b7.requested = 24;
    b7.state = trace::BlockState::Allocated;
    b7.allocLine = 5;
    b7.allocStep = 6;
    b7.pointedTo = true;
    b7.words.push_back(intValue("[0]", b7.payload, 42));
    b7.words.push_back(pointerValue("[1]", "void *", b7.payload + 8, 0x4050a0));
    trace::HeapBlockState hole;
    hole.address = 0x405028;
    hole.payload = hole.address + 8;
    hole.size = 64;
    hole.state = trace::BlockState::Free;
    hole.freedBefore = true;
    trace::HeapBlockState freed;
    freed.address = 0x405068;
    freed.payload = freed.address + 8;
    freed.size = 32;
    freed.state = trace::BlockState::Free;
    freed.freedBefore = true;
    trace::HeapBlockState b9;
    b9.id = 9;
    b9.address = 0x405088;
    b9.payload = b9.address + 8;
    b9.size = 48;
    b9.requested = 40;
    b9.state = trace::BlockState::Allocated;
    b9.allocLine = 11;
    b9.pointedTo = true; // block 7 points into it
    trace::HeapBlockState tail;
    tail.address = 0x4050b8;
    tail.payload = tail.address + 8;
    tail.size = 4096 - 0xb8;
    tail.state = trace::BlockState::Free;
    s.heap = {b7, hole, freed, b9, tail};
    trace::FreedBlockState dangling;
    dangling.id = 8;
    dangling.payload = 0x405070;
    dangling.requested = 16;
    dangling.allocLine = 6;
    dangling.freeLine = 7;
    s.danglingTargets = {dangling};

    trace::PointerEdge headEdge{0x7ffffffefcf8, 0x405010, trace::PointerTarget::Heap, 1, 0, 0, 7};
    trace::PointerEdge whereEdge{0x7ffffffefcc8, 0x7ffffffefcec, trace::PointerTarget::Stack, 2, 0, 1, 0};
    trace::PointerEdge staleEdge{0x404040, 0x405070, trace::PointerTarget::DanglingHeap, 0, 0, 0, 8};
    trace::PointerEdge heapEdge{0x405018, 0x4050a0, trace::PointerTarget::Heap, 0, 7, 0, 9};
    s.pointers = {headEdge, whereEdge, staleEdge, heapEdge};
    s.metrics.extent = 4096;
    s.metrics.liveRequested = 64;
    s.metrics.freeBytes = 4096 - 80 - 8;
    s.cost.framePushes = 2;
    s.cost.heapOperations = 4;
    s.cost.blocksExamined = 9;
    s.cost.splits = 3;
    s.cost.coalesces = 1;
    s.cost.headerWrites = 12;
    s.narration = "build called malloc(24): a 32-byte block at 0x405010.";
    s.output = "hello\n";
    return s;
}

trace::MachineState bigHeap(std::size_t count) {
    trace::MachineState s;
    s.heapStart = 0x405000;
    core::Address at = s.heapStart;
    s.heap.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        trace::HeapBlockState b;
        b.address = at;
        b.payload = at + 8;
        b.size = 32 + 16 * (i % 5);
        if (i % 2 == 0) {
            b.id = i + 1;
            b.state = trace::BlockState::Allocated;
            b.requested = b.size - 12;
            b.allocLine = static_cast<std::uint32_t>(10 + i % 7);
            b.pointedTo = i % 6 != 0;
        } else {
            b.state = trace::BlockState::Free;
            b.freedBefore = true;
        }
        at += b.size;
        s.heap.push_back(b);
    }
    s.heapBreak = at;
    return s;
}

} // namespace memviz::ui::test
