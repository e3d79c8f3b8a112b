#include "commands/commands.hpp"
#include "commands/deliver.hpp"
#include "commands/guard_output.hpp"
#include "commands/project_input.hpp"
#include "project/checks.hpp"

namespace mtfp {

CommandResult check_command(const PlanRequest& request) {
    refuse_output_over_scenario(request);
    Scenario scenario = load_scenario(request.scenario_file, request.overrides);
    refuse_output_over_inputs(request, scenario);
    Plan plan = project_scenario(scenario);
    CheckOutcome outcome = check_plan(scenario, plan);
    CheckReport report = build_check_report(scenario, outcome);
    return deliver(request, render_check(report, request.render), outcome.passed ? 0 : 1);
}

}  // namespace mtfp
