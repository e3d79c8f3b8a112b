#include <vector>

#include "money/rounding.hpp"
#include "project/stages.hpp"

namespace mtfp::stages {

PlanMovement row_of(MovementKind kind) {
    switch (kind) {
        case MovementKind::committed_increase:
            return PlanMovement::committed_increases;
        case MovementKind::committed_decrease:
            return PlanMovement::committed_decreases;
        case MovementKind::efficiency:
            return PlanMovement::efficiency;
        case MovementKind::new_initiative:
            return PlanMovement::new_initiatives;
        case MovementKind::pensions:
            return PlanMovement::pensions;
        case MovementKind::in_year:
        case MovementKind::virement:
            break;
    }
    return PlanMovement::committed_increases;  // unreachable: base-year kinds never reach Table 3's rows
}

namespace {

Money& row(MovementTotals& totals, PlanMovement movement) {
    return totals[static_cast<std::size_t>(movement)];
}

// The items entered for one line and subjective in one year, all kinds together, and
// the one-off part of them (which drops out the next year).
struct Entered {
    Money items;
    Money one_off;
};

}  // namespace

// Each plan year, per line and subjective:
//   inflation(Y) = round(recurring(Y-1) x rate of the subjective's index for Y)
//   draft(Y)     = draft(Y-1) + inflation(Y) + items(Y) - one-off items(Y-1)
//   recurring(Y) = draft(Y) - one-off items(Y)
// Per line, Table 3's rows take the inflation, each item in its kind's row, and each
// one-off item of Y-1 reversed in its kind's row in Y, so the rows add up to the
// change in the line's draft exactly. A one-off in the final year has no Y+1 to
// reverse in.
void project_plan_years(const Scenario& scenario, Plan& plan) {
    const std::size_t subjectives = scenario.subjectives.size();
    const std::size_t years = scenario.year_count();
    auto at = [&](std::size_t line, std::size_t subjective, YearIndex year) {
        return (line * subjectives + subjective) * years + year;
    };

    std::vector<Entered> entered(scenario.lines.size() * subjectives * years);
    for (const Movement& movement : scenario.movements) {
        if (movement.kind == MovementKind::in_year || movement.kind == MovementKind::virement) continue;
        if (!movement.savings.cashable) continue;  // frees capacity, not money: no budget figure moves
        const PlanMovement kind_row = row_of(movement.kind);
        for (YearIndex y = 1; y < years; ++y) {
            const Money amount = movement.amount_by_year[y];
            if (amount.is_zero()) continue;
            Entered& cell = entered[at(movement.line, movement.subjective, y)];
            cell.items += amount;
            row(plan.lines[movement.line][y].movements, kind_row) += amount;
            if (!movement.one_off) continue;
            cell.one_off += amount;
            if (y + 1 < years) row(plan.lines[movement.line][y + 1].movements, kind_row) -= amount;
        }
    }

    for (std::size_t l = 0; l < scenario.lines.size(); ++l) {
        for (YearIndex y = 1; y < years; ++y) {
            const LineYear& previous = plan.lines[l][y - 1];
            LineYear& current = plan.lines[l][y];
            Money inflation_total;
            for (std::size_t s = 0; s < subjectives; ++s) {
                const Rate rate = scenario.indices[scenario.subjectives[s].index].rate_by_year[y];
                const Money inflation = apply_rate(previous.recurring_by_subjective[s], rate);
                const Entered& now = entered[at(l, s, y)];
                const Money dropped = previous.by_subjective[s] - previous.recurring_by_subjective[s];
                current.by_subjective[s] = previous.by_subjective[s] + inflation + now.items - dropped;
                current.recurring_by_subjective[s] = current.by_subjective[s] - now.one_off;
                inflation_total += inflation;
            }
            row(current.movements, PlanMovement::inflation) += inflation_total;
        }
    }
}

}  // namespace mtfp::stages
