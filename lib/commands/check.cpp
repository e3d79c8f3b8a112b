#include "commands/check.hpp"

#include "commands/deliver.hpp"
#include "commands/expectations.hpp"
#include "commands/guard_output.hpp"
#include "commands/project_input.hpp"
#include "model/diagnostic.hpp"
#include "project/checks.hpp"
#include "render/check_ci.hpp"

namespace mtfp {

namespace {

// One scenario's report in the formats that draw one scenario (and, for xlsx and html,
// the plan's tables beside the checks).
std::string render_one(const PlanRequest& request, const Scenario& scenario, const Plan& plan,
                       const CheckReport& report) {
    const bool with_tables =
        request.render.format == OutputFormat::xlsx || request.render.format == OutputFormat::html;
    const PlanReport tables =
        with_tables ? build_plan_report(
                          scenario, plan, TableChoice::all,
                          request.render.format == OutputFormat::xlsx ? Workings::stated : Workings::left_out)
                    : PlanReport{};
    return render_check(report, request.render, with_tables ? &tables : nullptr, request.terminal);
}

}  // namespace

CommandResult check_command(const CheckRequest& request) {
    const bool several = request.scenario_files.size() > 1;
    if (several && request.ci == CiFormat::none &&
        (request.plan.render.format == OutputFormat::xlsx ||
         request.plan.render.format == OutputFormat::html))
        throw InputError(
            {Diagnostic{"command line", 0, 0,
                        "--format xlsx and html check one scenario; give one, or use text, csv, json, "
                        "markdown, junit or github for several"}});
    std::vector<render::CheckedScenario> checked;
    std::string rendered;
    for (const std::string& file : request.scenario_files) {
        PlanRequest one = request.plan;
        one.scenario_file = file;
        Scenario scenario = load_for_output(one);
        Plan plan = project_scenario(scenario);
        CheckOutcome outcome = within_exact_range(scenario.file, [&] { return check_plan(scenario, plan); });
        CheckReport report = build_check_report(scenario, outcome);
        add_expectations(report, scenario, plan);
        if (request.ci == CiFormat::none && !several) rendered = render_one(one, scenario, plan, report);
        checked.push_back(render::CheckedScenario{file, std::move(report)});
    }
    bool passed = true;
    for (const render::CheckedScenario& each : checked) passed = passed && each.report.passed;
    if (request.ci == CiFormat::junit) {
        rendered = render::check_junit(checked);
    } else if (request.ci == CiFormat::github) {
        rendered = render::check_github(checked);
    } else if (several && request.plan.render.format == OutputFormat::json) {
        rendered = render::check_set_json(checked);
    } else if (several) {
        // Each scenario's own report under its file name, in order.
        for (const render::CheckedScenario& each : checked)
            rendered += (rendered.empty() ? "" : "\n") + each.file + ": " + each.report.header.scenario_name +
                        "\n" + render_check(each.report, request.plan.render, nullptr, request.plan.terminal);
    }
    return deliver(request.plan, std::move(rendered), passed ? 0 : 1);
}

}  // namespace mtfp
