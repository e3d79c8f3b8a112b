#include "explain/capital.hpp"

#include "explain/nodes.hpp"
#include "money/rounding.hpp"

namespace mtfp::explaining {

namespace {

// This year's consequences, each input to the FILE:LINE it was written at.
ExplainNode consequences(const Scenario& scenario, const Plan& plan, YearIndex y) {
    const CapitalProgramme& programme = *scenario.capital;
    const CapitalYear& year = plan.capital->years[y];
    const std::string when = scenario.year(y).to_string();
    ExplainNode opening;
    opening.label = "opening capital financing requirement (run --table capital)";
    opening.amount = year.cfr_opening;
    opening.operation = Operation::figure;
    ExplainNode mrp = opening;
    mrp.label = "minimum revenue provision (run --table capital)";
    mrp.amount = year.mrp;
    std::vector<ExplainNode> interest_parts{
        std::move(opening), rate_input("borrowing rate", programme.borrowing_rate[y],
                                       where_or(programme.borrowing_rate_where, y, programme.where))};
    std::vector<ExplainNode> parts{std::move(mrp), made("interest on the opening CFR", year.interest,
                                                        Operation::apply_rate, std::move(interest_parts))};
    const auto revenue = static_cast<std::size_t>(CapitalFunding::revenue);
    for (const CapitalScheme& scheme : programme.schemes) {
        if (scheme.funding[revenue][y].is_zero()) continue;
        parts.push_back(input("revenue contribution to " + scheme.name, scheme.funding[revenue][y],
                              where_or(scheme.funding_where[revenue], y, scheme.where)));
    }
    return made("capital programme revenue consequences " + when, year.revenue_consequences, Operation::sum,
                std::move(parts));
}

}  // namespace

void capital_parts(const Scenario& scenario, const Plan& plan, std::size_t l, YearIndex y,
                   std::vector<ExplainNode>& parts) {
    if (!scenario.capital || !plan.capital || scenario.capital->financing_line != l || y == 0) return;
    if (y > 1)
        parts.push_back(negated("less last year's capital programme consequences (not carried forward)",
                                consequences(scenario, plan, y - 1)));
    parts.push_back(consequences(scenario, plan, y));
}

}  // namespace mtfp::explaining
