#include "commands/run.hpp"

#include "plan_options.hpp"
#include "subcommands.hpp"

namespace mtfp::cli {

void register_run(CLI::App& app, CommandResult& result) {
    CLI::App* run = app.add_subcommand("run", "Compute the plan and print its tables");
    run->footer("Example:\n  mtfp run scenarios/mps-2007-10.yaml --table gap --set indices.pay.2008/09=3.5%");
    auto options = add_plan_options(*run, TableOption::offered);
    run->callback([options, &result] { result = run_command(options->to_request()); });
}

}  // namespace mtfp::cli
