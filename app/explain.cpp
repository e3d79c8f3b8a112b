#include "subcommands.hpp"

namespace mtfp::cli {

void register_explain(CLI::App&, CommandResult&) {}

}  // namespace mtfp::cli
