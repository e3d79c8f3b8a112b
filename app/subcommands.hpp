#pragma once
// One registration function per subcommand (one file each), as in micromamba.
#include <CLI/CLI.hpp>

#include "commands/plan_request.hpp"

namespace mtfp::cli {

void register_run(CLI::App& app, CommandResult& result);
void register_check(CLI::App& app, CommandResult& result);
void register_solve(CLI::App& app, CommandResult& result);
void register_sensitivity(CLI::App& app, CommandResult& result);
void register_compare(CLI::App& app, CommandResult& result);
void register_explain(CLI::App& app, CommandResult& result);
void register_simulate(CLI::App& app, CommandResult& result);

}  // namespace mtfp::cli
