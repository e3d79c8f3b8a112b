#include <algorithm>
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

// The items entered for one cell in one year, all kinds together, and the one-off part
// of them (which drops out the next year).
struct Entered {
    std::size_t cell = 0;
    YearIndex year = 0;
    Money items;
    Money one_off;
};

// The items entered, sorted by cell and year so the projection meets them in the order
// it walks the cells. Movements are few beside the cells, so they are listed rather than
// spread over a cells x years array.
std::vector<Entered> entered_items(const Scenario& scenario, Plan& plan) {
    PlanLines& lines = plan.lines;
    std::vector<Entered> entered;
    for (const Movement& movement : scenario.movements) {
        if (movement.kind == MovementKind::in_year || movement.kind == MovementKind::virement) continue;
        if (!movement.savings.cashable) continue;  // frees capacity, not money: no budget figure moves
        const PlanMovement kind_row = row_of(movement.kind);
        const std::size_t cell = lines.cell_of(movement.line, movement.subjective);
        for (YearIndex y = 1; y < lines.years; ++y) {
            const Money amount = movement.amount_by_year[y];
            if (amount.is_zero()) continue;
            entered.push_back(Entered{cell, y, amount, movement.one_off ? amount : Money{}});
            row(lines.movements(movement.line, y), kind_row) += amount;
            if (movement.one_off && y + 1 < lines.years)
                row(lines.movements(movement.line, y + 1), kind_row) -= amount;
        }
    }
    std::sort(entered.begin(), entered.end(), [](const Entered& a, const Entered& b) {
        return a.cell != b.cell ? a.cell < b.cell : a.year < b.year;
    });
    return entered;
}

}  // namespace

// Each plan year, per line and subjective:
//   inflation(Y) = round(recurring(Y-1) x rate of the subjective's index for Y)
//   draft(Y)     = draft(Y-1) + inflation(Y) + items(Y) - one-off items(Y-1)
//   recurring(Y) = draft(Y) - one-off items(Y)
// Per line, Table 3's rows take the inflation, each item in its kind's row, and each
// one-off item of Y-1 reversed in its kind's row in Y, so the rows add up to the
// change in the line's draft exactly. A one-off in the final year has no Y+1 to
// reverse in. Only the cells a line has are visited (a missing cell stays zero).
void project_plan_years(const Scenario& scenario, Plan& plan) {
    PlanLines& lines = plan.lines;
    const std::size_t years = lines.years;
    const std::vector<Entered> entered = entered_items(scenario, plan);
    std::vector<Rate> rates(scenario.subjectives.size() * years);  // by subjective x year
    for (std::size_t s = 0; s < scenario.subjectives.size(); ++s)
        for (YearIndex y = 1; y < years; ++y)
            rates[s * years + y] = scenario.indices[scenario.subjectives[s].index].rate_by_year[y];

    auto next = entered.begin();
    for (std::size_t l = 0; l < lines.size(); ++l) {
        for (std::size_t c = lines.begin(l); c < lines.end(l); ++c) {
            const Rate* rate = &rates[lines.subjective[c] * years];
            Money* draft = &lines.draft[c * years];
            Money* recurring = &lines.recurring[c * years];
            for (YearIndex y = 1; y < years; ++y) {
                Money items, one_off;
                for (; next != entered.end() && next->cell == c && next->year == y; ++next) {
                    items += next->items;
                    one_off += next->one_off;
                }
                const Money inflation = apply_rate(recurring[y - 1], rate[y]);
                const Money dropped = draft[y - 1] - recurring[y - 1];
                draft[y] = draft[y - 1] + inflation + items - dropped;
                recurring[y] = draft[y] - one_off;
                row(lines.movements(l, y), PlanMovement::inflation) += inflation;
            }
        }
    }
}

}  // namespace mtfp::stages
