// The standard headers of the teaching subset, served from built-in texts (no host file is ever read).
#pragma once

#include <optional>
#include <string_view>

namespace memviz::lang {

// The text of <name> ("stdio.h"), or nothing when the header is not part of the subset.
std::optional<std::string_view> builtinHeader(std::string_view name);

// The built-in header that declares function `name` ("string.h" for strlen), if any.
std::optional<std::string_view> headerDeclaring(std::string_view name);

// "stdio.h, stdlib.h, ..." for messages.
std::string_view builtinHeaderList();

} // namespace memviz::lang
