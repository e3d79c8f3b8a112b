#include "project/stages.hpp"
#include "project/sum.hpp"

namespace mtfp::stages {

namespace {

GapBridgeStep step(GapBridgeStep::Kind kind, Money amount) {
    GapBridgeStep result;
    result.kind = kind;
    result.amount = amount;
    return result;
}

// From requirement(Y-1) to requirement(Y), then funding(Y-1) to funding(Y). Net
// expenditure changes by exactly the year's movements over every line, NRE by that
// plus the change in specific grants, the requirement by that plus the change in
// reserve transfers; funding by the change in general grant plus precept. So the
// steps add up exactly; see docs/model.md.
std::vector<GapBridgeStep> bridge(const Plan& plan, YearIndex y) {
    const SummaryColumn& before = plan.years[y - 1];
    const SummaryColumn& now = plan.years[y];
    std::vector<GapBridgeStep> steps;
    steps.reserve(plan_movement_count + 4);
    for (std::size_t m = 0; m < plan_movement_count; ++m) {
        GapBridgeStep movement = step(GapBridgeStep::Kind::movement, plan.all_movements[y][m]);
        movement.movement = static_cast<PlanMovement>(m);
        steps.push_back(movement);
    }
    if (plan.capital) {  // the consequences replace last year's on the financing line
        const Money previous = plan.capital->years[y - 1].revenue_consequences;
        steps.push_back(step(GapBridgeStep::Kind::capital_financing,
                             plan.capital->years[y].revenue_consequences - previous));
    }
    steps.push_back(step(GapBridgeStep::Kind::specific_grants, now.specific_grants - before.specific_grants));
    // The use of reserves to balance is a reserve transfer too (zero without the policy).
    const Money transfers_before =
        before.transfer_from_reserves + before.transfer_to_reserves + before.use_of_reserves;
    const Money transfers_now = now.transfer_from_reserves + now.transfer_to_reserves + now.use_of_reserves;
    steps.push_back(step(GapBridgeStep::Kind::reserve_transfer, transfers_now - transfers_before));
    steps.push_back(
        step(GapBridgeStep::Kind::general_grant, plan.general_grant[y] - plan.general_grant[y - 1]));
    // The collection fund is council tax funding too: its change is in the precept's step
    // (zero without one), so the steps still add up exactly.
    const std::vector<Money>& fund = plan.council_tax.collection_fund;
    steps.push_back(
        step(GapBridgeStep::Kind::precept, plan.precept[y] - plan.precept[y - 1] + fund[y] - fund[y - 1]));
    return steps;
}

}  // namespace

// The gap report, base year (from the revised column) and each plan year.
void report_gaps(const Scenario& scenario, Plan& plan) {
    const std::size_t years = scenario.year_count();
    plan.gaps.assign(years, GapYear{});
    for (YearIndex y = 0; y < years; ++y) {
        GapYear& gap = plan.gaps[y];
        gap.budget_requirement = plan.years[y].budget_requirement;
        gap.total_funding = -plan.years[y].total_funding;
        gap.gap = gap.budget_requirement - gap.total_funding;
        gap.gap_before_reserves = plan.reserves_policy.gap_before_reserves[y];
        gap.efficiency = plan.all_movements[y][static_cast<std::size_t>(PlanMovement::efficiency)];
        gap.gap_before_savings = gap.gap - gap.efficiency;
        // The base year's gap all arises in the base year, so new gaps add up to the gap.
        gap.new_gap = y == 0 ? gap.gap : gap.gap - plan.gaps[y - 1].gap;
        if (y > 0) gap.bridge = bridge(plan, y);
    }
}

}  // namespace mtfp::stages
