#include "commands/check.hpp"

#include "plan_options.hpp"
#include "subcommands.hpp"

namespace mtfp::cli {

void register_check(CLI::App& app, CommandResult& result) {
    CLI::App* check = app.add_subcommand(
        "check", "Evaluate the plan's rules (balance, council-tax cap, NRE guidance, efficiency, reserves)");
    check->footer(
        "Exit status: 0 every rule passed, 1 a rule failed, 2 invalid input.\n"
        "Example:\n  mtfp check scenarios/mps-2007-10.yaml --format json");
    auto options = add_plan_options(*check, TableOption::not_offered);
    check->callback([options, &result] { result = check_command(options->to_request()); });
}

}  // namespace mtfp::cli
