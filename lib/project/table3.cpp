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
        const bool mps = is_mps(scenario.lines[l].section);
        for (YearIndex y = 0; y < years; ++y) {
            const LineYear& line_year = plan.lines[l][y];
            add_to(plan.all_movements[y], line_year.movements);
            if (!mps) continue;
            add_to(plan.mps_movements[y], line_year.movements);
            plan.mps_draft_budget[y] += sum(line_year.by_subjective);
        }
        if (mps) plan.mps_budget_book += sum(scenario.lines[l].budget_book);
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
    for (const auto& line : plan.lines) {
        for (YearIndex y = 0; y < years; ++y) {
            for (std::size_t s = 0; s < scenario.subjectives.size(); ++s) {
                plan.subjective_totals[s][y] += line[y].by_subjective[s];
                plan.subjective_grand_total[y] += line[y].by_subjective[s];
            }
        }
    }
}

}  // namespace mtfp::stages
