#include "commands/compare.hpp"

#include "commands/deliver.hpp"
#include "commands/guard_output.hpp"
#include "commands/project_input.hpp"

namespace mtfp {

CommandResult compare_command(const CompareRequest& request) {
    // Every scenario is refused as a target before any is read, then each file it read.
    PlanRequest each = request.presentation;
    for (const std::string& file : request.scenario_files) {
        each.scenario_file = file;
        refuse_output_over_scenario(each);
    }
    std::vector<PlanReport> reports;
    for (const std::string& file : request.scenario_files) {
        each.scenario_file = file;
        Scenario scenario = load_for_output(each);
        reports.push_back(build_plan_report(scenario, project_scenario(scenario), request.presentation.tables,
                                            Workings::left_out));
    }
    CompareReport report = within_exact_range(
        request.scenario_files.front(),
        [&] { return build_compare_report(reports, request.rows, request.layout); },
        "a difference against this scenario (B - A) is beyond the range of whole pounds mtfp holds exactly");
    return deliver(
        request.presentation,
        render_compare(report, request.presentation.render, reports, request.presentation.terminal), 0);
}

}  // namespace mtfp
