// HeaptrackReader: reads heaptrack's raw recordings (`heaptrack --raw -o F prog`): `+ SIZE TRACE PTR` is an
// allocation, `- PTR` a free (hex, no 0x); realloc appears as a free then an allocation; every other line
// (v x X I m t c R A ...) is ignored. Pointers become dense ids through a flat hash map, and ids of freed
// pointers are reused, so ids stay below the peak number of live blocks.
#pragma once

#include "replay/flat_id_map.h"
#include "replay/line_assembler.h"
#include "replay/trace_reader.h"

#include <cstdint>
#include <string>
#include <vector>

namespace memviz::replay {

class HeaptrackReader : public TraceReader {
public:
    // `expectedOps` reserves room for that many operations (a hint; 0 for none).
    explicit HeaptrackReader(std::string fileName, std::size_t expectedOps = 0);

    bool feed(std::string_view chunk) override;
    bool finish() override;
    Trace takeTrace() override;

private:
    bool parseBlock(const char* begin, const char* end);
    bool parseAllocation(const char* begin, const char* end);
    bool parseFree(const char* begin, const char* end);
    bool addAllocation(std::uint64_t size, std::uint64_t ptr);
    void addFree(std::uint64_t ptr);
    bool lineTooLong();

    std::string m_fileName;
    LineAssembler m_lines;
    Trace m_trace;
    FlatIdMap m_live;                    // live pointer -> id
    std::vector<std::uint32_t> m_freeIds;  // ids of freed pointers, reused last-in first-out
    std::uint32_t m_nextId = 0;
    std::uint64_t m_line = 0;            // lines parsed so far
};

} // namespace memviz::replay
