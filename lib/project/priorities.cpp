// Budget by strategic priority: each line above net service expenditure attributes
// shares of its total (the revised budget in the base year, the draft in a plan year)
// to priorities, each share rounded once per line and priority; what the shares leave
// is "not directly attributable", so the priorities and it add to NSE exactly. Changes
// by priority sum the items entered for each plan year that name a priority, by row.
#include "money/rounding.hpp"
#include "project/stages.hpp"
#include "project/sum.hpp"

namespace mtfp::stages {

void project_priorities(const Scenario& scenario, Plan& plan) {
    if (scenario.priorities.empty()) return;
    const std::size_t years = scenario.year_count();
    PriorityPlan priorities;
    priorities.budget.assign(scenario.priorities.size(), std::vector<Money>(years));
    priorities.changes.assign(scenario.priorities.size(), std::vector<MovementTotals>(years));
    for (std::size_t l = 0; l < scenario.lines.size(); ++l) {
        for (const PriorityShare& share : scenario.lines[l].priorities) {
            for (YearIndex y = 0; y < years; ++y)
                priorities.budget[share.priority][y] += apply_rate(plan.lines.total(l, y), share.share);
        }
    }
    priorities.not_attributable.assign(years, Money{});
    for (YearIndex y = 0; y < years; ++y) {
        Money attributed;
        for (const std::vector<Money>& budget : priorities.budget) attributed += budget[y];
        priorities.not_attributable[y] = plan.years[y].net_service_expenditure - attributed;
    }
    for (const Movement& movement : scenario.movements) {
        if (!movement.priority || movement.kind == MovementKind::in_year ||
            movement.kind == MovementKind::virement)
            continue;
        const auto row = static_cast<std::size_t>(row_of(movement.kind));
        for (YearIndex y = 1; y < years; ++y)
            priorities.changes[*movement.priority][y][row] += movement.amount_by_year[y];
    }
    plan.priorities = std::move(priorities);
}

}  // namespace mtfp::stages
