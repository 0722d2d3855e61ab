// parseByteSize: digits and an optional binary suffix.
#include "byte_size.h"

#include <charconv>

namespace memviz::cli {

std::optional<std::uint64_t> parseByteSize(std::string_view text, std::uint64_t max) {
    std::uint64_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end == text.data()) return std::nullopt;
    std::string_view suffix(end, static_cast<std::size_t>(text.data() + text.size() - end));
    unsigned shift = 0;
    if (!suffix.empty()) {
        switch (suffix[0]) {
        case 'k': case 'K': shift = 10; break;
        case 'm': case 'M': shift = 20; break;
        case 'g': case 'G': shift = 30; break;
        case 't': case 'T': shift = 40; break;
        case 'b': case 'B': shift = 0; break;
        default: return std::nullopt;
        }
        std::string_view rest = suffix.substr(1);
        if (shift != 0 && (rest == "iB" || rest == "B")) rest = {};
        if (!rest.empty()) return std::nullopt;
    }
    if (value > (max >> shift)) return std::nullopt;
    value <<= shift;
    if (value == 0 || value > max) return std::nullopt;
    return value;
}

} // namespace memviz::cli
