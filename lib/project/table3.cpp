#include "project/stages.hpp"
#include "project/sum.hpp"

namespace mtfp::stages {

// Table 3 covers Total MPS (business groups and corporate); all_movements is the same
// over every line, which the gap report and the efficiency rule use.
void total_movements(const Scenario& scenario, Plan& plan) {
    const std::size_t years = scenario.year_count();
    plan.mps_movements.assign(years, MovementTotals{});
    plan.all_movements.assign(years, MovementTotals{});
    plan.mps_draft_budget.assign(years, Money{});
    plan.mps_budget_book = Money{};
    plan.mps_in_year = Money{};

    for (std::size_t l = 0; l < scenario.lines.size(); ++l) {
        const bool mps = is_mps(plan.lines.section[l]);
        for (YearIndex y = 0; y < years; ++y) {
            const MovementTotals& movements = plan.lines.movements(l, y);
            add_to(plan.all_movements[y], movements);
            if (!mps) continue;
            add_to(plan.mps_movements[y], movements);
            plan.mps_draft_budget[y] += plan.lines.total(l, y);
        }
        if (mps) plan.mps_budget_book += plan.lines.budget_book[l];
    }
    plan.mps_base_budget = plan.mps_draft_budget[0];
    // The base year's in-year movements and virements, as the difference they make.
    plan.mps_in_year = plan.mps_base_budget - plan.mps_budget_book;
}

// Table 2: the plan by subjective over every line; its total is net expenditure.
void total_subjectives(const Scenario& scenario, Plan& plan) {
    const std::size_t years = scenario.year_count();
    plan.subjective_totals.assign(scenario.subjectives.size(), std::vector<Money>(years));
    plan.subjective_grand_total.assign(years, Money{});
    const PlanLines& lines = plan.lines;
    for (std::size_t c = 0; c < lines.cell_count(); ++c) {
        std::vector<Money>& total = plan.subjective_totals[lines.subjective[c]];
        for (YearIndex y = 0; y < years; ++y) {
            total[y] += lines.draft_at(c, y);
            plan.subjective_grand_total[y] += lines.draft_at(c, y);
        }
    }
}

}  // namespace mtfp::stages
