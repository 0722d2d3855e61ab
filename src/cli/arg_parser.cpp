// ArgParser: one pass over the arguments.
#include "arg_parser.h"

namespace memviz::cli {

void ArgParser::addOption(std::string name, bool takesValue, std::string alias) {
    m_options.push_back(Option{std::move(name), std::move(alias), takesValue, false, {}});
}

ArgParser::Option* ArgParser::find(std::string_view name) {
    for (Option& option : m_options)
        if (option.name == name || (!option.alias.empty() && option.alias == name)) return &option;
    return nullptr;
}

const ArgParser::Option* ArgParser::find(std::string_view name) const {
    for (const Option& option : m_options)
        if (option.name == name || (!option.alias.empty() && option.alias == name)) return &option;
    return nullptr;
}

bool ArgParser::parse(std::span<const std::string_view> args) {
    bool optionsEnded = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string_view arg = args[i];
        if (optionsEnded || arg.size() < 2 || arg[0] != '-') {
            m_positionals.emplace_back(arg);
            continue;
        }
        if (arg == "--") {
            optionsEnded = true;
            m_dashDashAt = m_positionals.size();
            continue;
        }
        std::string_view name = arg;
        std::optional<std::string_view> inlineValue;
        if (std::size_t equals = arg.find('='); arg.starts_with("--") && equals != std::string_view::npos) {
            name = arg.substr(0, equals);
            inlineValue = arg.substr(equals + 1);
        }
        Option* option = find(name);
        if (option == nullptr) {
            m_error = "unknown option '" + std::string(name) + "'";
            return false;
        }
        option->seen = true;
        if (!option->takesValue) {
            if (inlineValue) {
                m_error = "option '" + option->name + "' takes no value";
                return false;
            }
            continue;
        }
        if (inlineValue) {
            option->value = std::string(*inlineValue);
        } else if (i + 1 < args.size()) {
            option->value = std::string(args[++i]);
        } else {
            m_error = "option '" + option->name + "' needs a value";
            return false;
        }
    }
    return true;
}

bool ArgParser::has(std::string_view name) const {
    const Option* option = find(name);
    return option != nullptr && option->seen;
}

std::optional<std::string> ArgParser::value(std::string_view name) const {
    const Option* option = find(name);
    if (option == nullptr || !option->seen || !option->takesValue) return std::nullopt;
    return option->value;
}

} // namespace memviz::cli
