#include "commands/run.hpp"

#include "commands/deliver.hpp"
#include "commands/guard_output.hpp"
#include "commands/project_input.hpp"

namespace mtfp {

CommandResult run_command(const PlanRequest& request) {
    Scenario scenario = load_for_output(request);
    Plan plan = project_scenario(scenario);
    const bool workbook = request.render.format == OutputFormat::xlsx;
    PlanReport report =
        build_plan_report(scenario, plan, request.tables, workbook ? Workings::stated : Workings::left_out);
    return deliver(request, render_plan(report, request.render, request.terminal), 0);
}

}  // namespace mtfp
