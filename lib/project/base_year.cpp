#include "project/stages.hpp"

namespace mtfp::stages {

namespace {

bool is_base_year_kind(MovementKind kind) {
    return kind == MovementKind::in_year || kind == MovementKind::virement;
}

}  // namespace

// Base budget = budget book + in-year movements + virements, per line and subjective.
// The base year has no one-off items (in-year items and virements cannot be one-off),
// so its recurring budget is the whole base budget.
void project_base_year(const Scenario& scenario, Plan& plan) {
    const std::size_t subjectives = scenario.subjectives.size();
    LineYear empty;
    empty.by_subjective.assign(subjectives, Money{});
    empty.recurring_by_subjective.assign(subjectives, Money{});
    plan.lines.assign(scenario.lines.size(), std::vector<LineYear>(scenario.year_count(), empty));

    for (std::size_t l = 0; l < scenario.lines.size(); ++l) {
        plan.lines[l][0].by_subjective = scenario.lines[l].budget_book;
    }
    for (const Movement& movement : scenario.movements) {
        if (!is_base_year_kind(movement.kind)) continue;
        plan.lines[movement.line][0].by_subjective[movement.subjective] += movement.amount_by_year[0];
    }
    for (auto& line : plan.lines) line[0].recurring_by_subjective = line[0].by_subjective;
}

}  // namespace mtfp::stages
