#include "analysis/solve.hpp"

#include <fmt/format.h>

#include "commands/deliver.hpp"
#include "commands/guard_output.hpp"
#include "commands/project_input.hpp"
#include "commands/solve.hpp"
#include "model/diagnostic.hpp"
#include "report/what_if_tables.hpp"

namespace mtfp {

namespace {

YearIndex plan_year(const Scenario& scenario, const std::string& text) {
    std::optional<FiscalYear> year = FiscalYear::parse(text);
    const int offset = year ? *year - scenario.base_year : -1;
    if (offset < 1 || offset > scenario.plan_years)
        throw InputError(
            {Diagnostic{"command line", 0, 0,
                        fmt::format("--year expects a plan year of the scenario ({} to {}), got '{}'",
                                    scenario.year(1).to_string(),
                                    scenario.year(scenario.year_count() - 1).to_string(), text)}});
    return static_cast<YearIndex>(offset);
}

}  // namespace

CommandResult solve_command(const SolveRequest& request) {
    const Scenario scenario = load_for_output(request.plan);
    const analysis::ParameterHandle handle = analysis::resolve_parameter(scenario, request.parameter);
    const analysis::Target target = analysis::parse_target(request.target, scenario);
    std::optional<YearIndex> year;
    if (request.year) year = plan_year(scenario, *request.year);
    project_scenario(scenario);  // a plan out of range is invalid input before any search
    try {
        const analysis::SolveResult result =
            analysis::solve(scenario, handle, target, year, request.within_rules);
        PlanReport report = build_solve_report(scenario, handle, target, result);
        return deliver(request.plan, render_plan(report, request.plan.render), result.met() ? 0 : 1);
    } catch (const AmountOutOfRange& error) {
        throw InputError({Diagnostic{scenario.file, 0, 0, error.what()}});
    }
}

}  // namespace mtfp
