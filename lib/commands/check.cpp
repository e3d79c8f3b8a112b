#include "commands/check.hpp"

#include "commands/deliver.hpp"
#include "commands/guard_output.hpp"
#include "commands/project_input.hpp"
#include "project/checks.hpp"

namespace mtfp {

CommandResult check_command(const PlanRequest& request) {
    Scenario scenario = load_for_output(request);
    Plan plan = project_scenario(scenario);
    CheckOutcome outcome = within_exact_range(scenario.file, [&] { return check_plan(scenario, plan); });
    CheckReport report = build_check_report(scenario, outcome);
    // A workbook or a web page shows the checks beside the figures they tested.
    const bool with_tables =
        request.render.format == OutputFormat::xlsx || request.render.format == OutputFormat::html;
    const PlanReport tables =
        with_tables ? build_plan_report(scenario, plan, TableChoice::all) : PlanReport{};
    return deliver(request,
                   render_check(report, request.render, with_tables ? &tables : nullptr, request.terminal),
                   outcome.passed ? 0 : 1);
}

}  // namespace mtfp
