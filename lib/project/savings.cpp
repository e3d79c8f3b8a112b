// Savings at risk (docs/levers.md): over cashable efficiency items'
// entered amounts only (a one-off's reversal is not an entered amount), each
// round(|amount| x risk of its status), rounded once per item and year; an item without a
// status counts as green. The risk-adjusted gap is the gap after reserves plus that.
#include "money/rounding.hpp"
#include "project/stages.hpp"

namespace mtfp::stages {

void assess_savings(const Scenario& scenario, Plan& plan) {
    const std::size_t years = scenario.year_count();
    SavingsPlan& out = plan.savings;
    out.item_at_risk.assign(scenario.movements.size(), {});
    out.at_risk.assign(years, Money{});
    for (std::size_t m = 0; m < scenario.movements.size(); ++m) {
        const Movement& movement = scenario.movements[m];
        if (movement.kind != MovementKind::efficiency || !movement.savings.cashable) continue;
        const Rate risk = scenario.savings_risk.of(movement.savings.status_or_green());
        std::vector<Money>& at_risk = out.item_at_risk[m];
        at_risk.assign(years, Money{});
        for (YearIndex y = 1; y < years; ++y) {
            const Money amount = movement.amount_by_year[y];
            at_risk[y] = apply_rate(amount < Money{} ? -amount : amount, risk);
            out.at_risk[y] += at_risk[y];
        }
    }
    for (YearIndex y = 0; y < years; ++y) {
        plan.gaps[y].savings_at_risk = out.at_risk[y];
        plan.gaps[y].risk_adjusted_gap = plan.gaps[y].gap + out.at_risk[y];
    }
}

}  // namespace mtfp::stages
