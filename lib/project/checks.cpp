#include "project/checks.hpp"

#include "money/rounding.hpp"
#include "project/band_d.hpp"

namespace mtfp {

namespace {

CheckFigure money(Money amount) {
    return CheckFigure{amount, std::nullopt};
}
CheckFigure rate(Rate value) {
    return CheckFigure{std::nullopt, value};
}

RuleResult result(Rule rule, YearIndex year, bool passed, CheckFigure value, CheckFigure limit) {
    RuleResult r;
    r.rule = rule;
    r.year = year;
    r.passed = passed;
    r.value = value;
    r.limit = limit;
    return r;
}

// Rule 1: requirement = funding to the pound; the base year is always checked.
void balanced_budget(const Scenario& scenario, const Plan& plan, std::vector<RuleResult>& out) {
    for (YearIndex y = 0; y < scenario.year_count(); ++y) {
        const bool listed =
            y < scenario.checks.balanced_by_year.size() && scenario.checks.balanced_by_year[y];
        if (y != 0 && !listed) continue;
        const GapYear& gap = plan.gaps[y];
        out.push_back(result(Rule::balanced_budget, y, gap.budget_requirement == gap.total_funding,
                             money(gap.budget_requirement), money(gap.total_funding)));
    }
}

// Rule 2: the Band D increase at most the cap, inclusive. In balance mode the increase
// is the implied one with tax-base growth divided out, tested exactly rather than
// through its rounded figure.
void council_tax_cap(const Scenario& scenario, const Plan& plan, std::vector<RuleResult>& out) {
    if (scenario.precept.council_tax.in_pounds()) return council_tax_cap_in_pounds(scenario, plan, out);
    if (!scenario.precept.cap) return;
    const Rate cap = *scenario.precept.cap;
    for (YearIndex y = 1; y < scenario.year_count(); ++y) {
        const bool passed = scenario.precept.mode == PreceptMode::band_d_increase
                                ? plan.band_d_increase[y] <= cap
                                : band_d_increase_within(plan.precept[y], plan.precept[y - 1],
                                                         scenario.precept.tax_base_growth_by_year[y], cap);
        const CheckFigure increase =
            plan.band_d_increase_has_no_rate[y] ? CheckFigure{} : rate(plan.band_d_increase[y]);
        out.push_back(result(Rule::council_tax_cap, y, passed, increase, rate(cap)));
    }
}

// Rule 3: NRE(Y) <= round(NRE(base, revised) x (1 + limit)^k), rounded once.
void nre_guidance(const Scenario& scenario, const Plan& plan, std::vector<RuleResult>& out) {
    if (!scenario.checks.nre_growth_limit) return;
    const Money base = plan.revised.net_revenue_expenditure;
    for (YearIndex y = 1; y < scenario.year_count(); ++y) {
        const Money limit = compound(base, *scenario.checks.nre_growth_limit, static_cast<int>(y));
        const Money nre = plan.years[y].net_revenue_expenditure;
        out.push_back(result(Rule::nre_guidance, y, nre <= limit, money(nre), money(limit)));
    }
}

// Rule 4: savings (minus the Efficiency row over every line, reversals included) at
// least round(minimum x NSE(Y-1)), the base year's NSE from the revised column.
void efficiency(const Scenario& scenario, const Plan& plan, std::vector<RuleResult>& out) {
    if (!scenario.checks.efficiency_minimum) return;
    for (YearIndex y = 1; y < scenario.year_count(); ++y) {
        const Money savings = -plan.gaps[y].efficiency;
        const Money minimum =
            apply_rate(plan.years[y - 1].net_service_expenditure, *scenario.checks.efficiency_minimum);
        out.push_back(result(Rule::efficiency, y, savings >= minimum, money(savings), money(minimum)));
    }
}

// Rule 5: every reserve's closing balance at or above zero, and the general reserve
// at or above its floor; one result per reserve per year, whose limit is the higher
// of the two it must meet.
void reserves(const Scenario& scenario, const Plan& plan, std::vector<RuleResult>& out) {
    for (YearIndex y = 0; y < scenario.year_count(); ++y) {
        for (std::size_t r = 0; r < scenario.reserves.size(); ++r) {
            Money limit;
            if (r == 0 && plan.general_reserve_floor[y] && *plan.general_reserve_floor[y] > limit) {
                limit = *plan.general_reserve_floor[y];
            }
            const Money closing = plan.reserves[r][y].closing;
            RuleResult checked = result(Rule::reserves, y, closing >= limit, money(closing), money(limit));
            checked.subject = scenario.reserves[r].id;
            out.push_back(std::move(checked));
        }
    }
}

// The prudential indicator: financing costs (MRP + interest) / NRE at most the limit,
// inclusive, in each plan year, tested exactly (costs x 1e10 <= limit units x NRE) rather
// than through the ratio rounded for display. With NRE at or below zero the ratio has no
// value: a year with financing costs then fails (no limit can hold them), one without passes.
void financing_costs(const Scenario& scenario, const Plan& plan, std::vector<RuleResult>& out) {
    if (!scenario.capital || !scenario.capital->financing_cost_limit || !plan.capital) return;
    const Rate limit = *scenario.capital->financing_cost_limit;
    for (YearIndex y = 1; y < scenario.year_count(); ++y) {
        const CapitalYear& year = plan.capital->years[y];
        const std::optional<Rate>& ratio = year.financing_cost_ratio;
        const wide_int costs = (year.mrp + year.interest).in_pounds();
        const wide_int nre = plan.years[y].net_revenue_expenditure.in_pounds();
        const bool passed = ratio ? costs * Rate::scale <= limit.units() * nre : costs <= 0;
        out.push_back(
            result(Rule::financing_costs, y, passed, ratio ? rate(*ratio) : CheckFigure{}, rate(limit)));
    }
}

}  // namespace

CheckOutcome check_plan(const Scenario& scenario, const Plan& plan) {
    CheckOutcome outcome;
    balanced_budget(scenario, plan, outcome.results);
    council_tax_cap(scenario, plan, outcome.results);
    nre_guidance(scenario, plan, outcome.results);
    efficiency(scenario, plan, outcome.results);
    reserves(scenario, plan, outcome.results);
    financing_costs(scenario, plan, outcome.results);
    for (const RuleResult& r : outcome.results) outcome.passed = outcome.passed && r.passed;
    return outcome;
}

std::string rule_name(Rule rule) {
    switch (rule) {
        case Rule::balanced_budget:
            return "balanced_budget";
        case Rule::council_tax_cap:
            return "council_tax_cap";
        case Rule::nre_guidance:
            return "nre_guidance";
        case Rule::efficiency:
            return "efficiency";
        case Rule::financing_costs:
            return "financing_costs";
        case Rule::reserves:
            break;
    }
    return "reserves";
}

}  // namespace mtfp
