#include "commands/sensitivity.hpp"

#include "plan_options.hpp"
#include "subcommands.hpp"

namespace mtfp::cli {

void register_sensitivity(CLI::App& app, CommandResult& result) {
    CLI::App* sensitivity = app.add_subcommand(
        "sensitivity", "The gap and general reserve at low, base and high for each parameter (tornado)");
    sensitivity->footer(
        "With no --vary: every index, each grant's growth and the Band D increase at ±1 percentage point.\n"
        "DELTA: ±1% (both sides), +1% or -1% (one side: also written PARAM+=1%, PARAM-=1%); amounts in the "
        "scenario's units, or 5m / 500k.\n"
        "Example:\n  mtfp sensitivity scenarios/mps-2007-10.yaml --vary indices.pay=±1% --vary "
        "movements.vfm.amounts=±2000");
    auto options = add_plan_options(*sensitivity, TableOption::not_offered);
    auto request = std::make_shared<SensitivityRequest>();
    sensitivity
        ->add_option("--vary", request->variations,
                     "A parameter and its delta, e.g. indices.pay=±1% (repeatable)")
        ->type_name("PARAM=±DELTA");
    sensitivity->callback([options, request, &result] {
        request->plan = options->to_request();
        result = sensitivity_command(*request);
    });
}

}  // namespace mtfp::cli
