#include "money/rounding.hpp"
#include "project/stages.hpp"

namespace mtfp::stages {

namespace {

// Each plan year is the settlement's cash figure where given, else last year grown.
std::vector<Money> cash_by_year(const Grant& grant, std::size_t years) {
    std::vector<Money> cash(years);
    cash[0] = grant.base;
    for (YearIndex y = 1; y < years; ++y) {
        const GrantYear& year = grant.by_year[y];
        cash[y] = year.amount ? *year.amount : grow(cash[y - 1], year.growth);
    }
    return cash;
}

// cash(Y) - round(cash(Y-1) x (1 + rate(Y))): what the grant gained or lost against
// the chosen index; zero throughout when the scenario names no index.
std::vector<Money> real_terms_change(const std::vector<Money>& cash, const Scenario& scenario) {
    std::vector<Money> change(cash.size());
    if (!scenario.real_terms_index) return change;
    const InflationIndex& index = scenario.indices[*scenario.real_terms_index];
    for (YearIndex y = 1; y < cash.size(); ++y)
        change[y] = cash[y] - grow(cash[y - 1], index.rate_by_year[y]);
    return change;
}

}  // namespace

void project_grants(const Scenario& scenario, Plan& plan) {
    const std::size_t years = scenario.year_count();
    plan.general_grant = cash_by_year(scenario.general_grant, years);
    plan.general_real_terms_change = real_terms_change(plan.general_grant, scenario);
    plan.specific_grants.clear();
    plan.specific_real_terms_change.clear();
    for (const Grant& grant : scenario.specific_grants) {
        plan.specific_grants.push_back(cash_by_year(grant, years));
        plan.specific_real_terms_change.push_back(real_terms_change(plan.specific_grants.back(), scenario));
    }
}

}  // namespace mtfp::stages
