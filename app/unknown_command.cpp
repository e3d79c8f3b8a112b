#include "unknown_command.hpp"

#include <fmt/format.h>

#include "model/suggest.hpp"

namespace mtfp::cli {

std::optional<std::string> unknown_command(CLI::App& app, const std::string& first) {
    if (first.empty() || first.front() == '-') return std::nullopt;
    std::vector<std::string> names;
    for (const CLI::App* command : app.get_subcommands([](CLI::App*) { return true; }))
        names.push_back(command->get_name());
    for (const std::string& name : names)
        if (name == first) return std::nullopt;
    return fmt::format("unknown command '{}'{}; the commands are: {}", first, did_you_mean(first, names),
                       fmt::join(names, ", "));
}

}  // namespace mtfp::cli
