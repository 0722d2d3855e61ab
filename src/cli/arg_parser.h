// ArgParser: the options of one memviz-cli subcommand, GNU style: `--name VALUE` or `--name=VALUE`,
// flags without values, positional arguments, and `--` to end the options.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace memviz::cli {

class ArgParser {
public:
    // Declares an option ("--csv"); `alias` is an optional short form ("-h").
    void addOption(std::string name, bool takesValue, std::string alias = {});

    // Parses `args` (without the program and subcommand names). False on the first problem: an unknown
    // option, a missing value, a value given to a flag; error() then says which.
    bool parse(std::span<const std::string_view> args);

    bool has(std::string_view name) const;
    // The value of the last occurrence of `name`.
    std::optional<std::string> value(std::string_view name) const;
    const std::vector<std::string>& positionals() const { return m_positionals; }
    // The index in positionals() of the first argument after `--` (positionals().size() when none came).
    std::size_t firstAfterDashDash() const { return m_dashDashAt ? *m_dashDashAt : m_positionals.size(); }
    const std::string& error() const { return m_error; }

private:
    struct Option {
        std::string name;
        std::string alias;
        bool takesValue = false;
        bool seen = false;
        std::string value;
    };

    Option* find(std::string_view name);
    const Option* find(std::string_view name) const;

    std::vector<Option> m_options;
    std::vector<std::string> m_positionals;
    std::optional<std::size_t> m_dashDashAt;
    std::string m_error;
};

} // namespace memviz::cli
