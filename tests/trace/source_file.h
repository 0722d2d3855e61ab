// readSourceFile: the whole text of a file the trace tests run (a C program, its stdin), "" when unreadable.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace memviz::trace::test {

inline std::string readSourceFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

} // namespace memviz::trace::test
