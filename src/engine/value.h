// Value: one evaluated C value on the simulated machine: the bits of an integer or pointer, or a double
// (floats are kept rounded to float), plus the provenance of a pointer: the object it was derived from, so
// an access that leaves that object is caught even when it lands in a neighbour's bytes.
// A struct or union value is the address of its bytes (as x86-64 passes big structs by memory).
// Definedness is tracked as valgrind's memcheck does: a value loaded from bytes never written is undefined
// (`undef`), copies and arithmetic carry that on, and only a use (a branch, an address, a library
// argument, the exit status) is reported.
#pragma once

#include "core/address.h"

#include <cstdint>

namespace memviz::engine {

// The object a pointer points into: [base, base + size). size 0: unknown (heap pointers loaded back
// from memory, integers cast to pointers); then only the shadow bytes judge an access.
struct Provenance {
    core::Address base = 0;
    std::uint64_t size = 0;
    bool known() const { return size != 0; }
    bool covers(core::Address address, std::uint64_t bytes) const {
        return address >= base && address - base <= size && bytes <= size - (address - base);
    }
};

struct Value {
    union {
        std::uint64_t u;  // integers (normalized to their type: sign- or zero-extended), pointers, records
        std::int64_t i;
        double d;         // float, double, long double
    };
    Provenance prov;
    bool undef = false; // some bit of the value comes from memory that was never written

    Value() : u(0) {}
    static Value bits(std::uint64_t v) {
        Value r;
        r.u = v;
        return r;
    }
    static Value real(double v) {
        Value r;
        r.d = v;
        return r;
    }
    static Value pointer(core::Address address, Provenance provenance) {
        Value r;
        r.u = address;
        r.prov = provenance;
        return r;
    }
};

// An integer-typed expression's value (or a pointer's where only its bits matter: a condition, a comparison):
// integers carry no provenance, so the evaluator's integer paths pass just the bits (normalized to the type)
// and their definedness, in registers.
struct IntValue {
    std::uint64_t u = 0;
    bool undef = false;
};

} // namespace memviz::engine
