#include "commands/run.hpp"

#include "commands/deliver.hpp"
#include "commands/guard_output.hpp"
#include "commands/project_input.hpp"

namespace mtfp {

CommandResult run_command(const PlanRequest& request) {
    Scenario scenario = load_for_output(request);
    Plan plan = project_scenario(scenario);
    PlanReport report = build_plan_report(scenario, plan, request.tables);
    return deliver(request, render_plan(report, request.render, request.terminal), 0);
}

}  // namespace mtfp
