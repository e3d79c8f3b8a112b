#include "project/plan.hpp"
#include "project/stages.hpp"

namespace mtfp {

// The stages run in dependency order: the precept in balance mode needs the budget
// requirement, and a floor set as a share of NRE needs the summary.
Plan project(const Scenario& scenario) {
    Plan plan;
    stages::project_base_year(scenario, plan);
    stages::project_plan_years(scenario, plan);
    stages::project_capital(scenario, plan);
    stages::total_lines(plan);
    stages::total_movements(scenario, plan);
    stages::total_subjectives(scenario, plan);
    stages::project_grants(scenario, plan);
    stages::summarise_spending(scenario, plan);
    stages::project_precept(scenario, plan);
    stages::summarise_funding(plan);
    stages::fund_gap_from_reserves(scenario, plan);
    stages::project_reserves(scenario, plan);
    stages::capital_ratios(plan);
    stages::project_priorities(scenario, plan);
    stages::report_gaps(scenario, plan);
    stages::assess_savings(scenario, plan);
    return plan;
}

}  // namespace mtfp
