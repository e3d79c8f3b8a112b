#include "commands/commands.hpp"
#include "commands/deliver.hpp"
#include "commands/guard_output.hpp"
#include "commands/project_input.hpp"

namespace mtfp {

CommandResult run_command(const PlanRequest& request) {
    refuse_output_over_scenario(request);
    Scenario scenario = load_scenario(request.scenario_file, request.overrides);
    refuse_output_over_inputs(request, scenario);
    Plan plan = project_scenario(scenario);
    PlanReport report = build_plan_report(scenario, plan, request.tables);
    return deliver(request, render_plan(report, request.render), 0);
}

}  // namespace mtfp
