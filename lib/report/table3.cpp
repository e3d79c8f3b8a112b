// Table 3: business group budget setting over Total MPS (business groups and corporate
// budgets), in one amount column as published: the budget book, in-year movements and
// the base budget, then for each plan year its movements and the draft budget.
#include <array>
#include <string_view>

#include "report/cells.hpp"
#include "report/formulas.hpp"
#include "report/tables.hpp"

namespace mtfp::report {

namespace {

struct MovementRow {
    std::string_view key;
    std::string_view label;
};

// In PlanMovement's order.
constexpr std::array<MovementRow, plan_movement_count> movement_rows{{
    {"inflation", "Inflation"},
    {"committed_increases", "Committed service increases"},
    {"committed_decreases", "Committed service decreases"},
    {"efficiency", "Efficiency and other savings"},
    {"new_initiatives", "New initiatives"},
    {"pensions", "Real terms changes in unfunded pensions"},
}};

Row amount_row(std::string key, std::string label, RowStyle style, Money amount, JsonPath path) {
    return row(std::move(key), std::move(label), style, {money_cell(amount, std::move(path))});
}

}  // namespace

Table build_table3(const Scenario& scenario, const Plan& plan) {
    Table table = table_of("table3", "Table 3: Business Group budget setting (Total MPS)", TableLayout::paths,
                           {Column{"amount", "Total MPS", {"Total", "MPS"}}});

    const std::string base = year_key(scenario, 0);
    table.rows.push_back(amount_row("budget_book", base + " budget as per budget book", RowStyle::line,
                                    plan.mps_budget_book, {"budget_book"}));
    table.rows.push_back(amount_row("in_year", "In-year budget movements and virements", RowStyle::line,
                                    plan.mps_in_year, {"in_year"}));
    table.rows.push_back(
        amount_row("base_budget", "Base budget", RowStyle::subtotal, plan.mps_base_budget, {"base_budget"}));
    state_formula(table, "base_budget", {plus("budget_book"), plus("in_year")});
    std::string previous = "base_budget";  // each draft rolls the one before forward
    for (YearIndex y = 1; y < scenario.year_count(); ++y) {
        const std::string year = year_key(scenario, y);
        std::vector<FormulaTerm> roll_forward{plus(previous)};
        table.rows.push_back(row(year + ":spacer", "", RowStyle::spacer, {}));  // a blank line per year
        for (std::size_t m = 0; m < plan_movement_count; ++m) {
            const std::string key(movement_rows[m].key);
            table.rows.push_back(amount_row(year + ":" + key, std::string(movement_rows[m].label),
                                            RowStyle::line, plan.mps_movements[y][m], {"years", year, key}));
            roll_forward.push_back(plus(year + ":" + key));
        }
        table.rows.push_back(amount_row(year + ":draft_budget", year + " draft budget", RowStyle::subtotal,
                                        plan.mps_draft_budget[y], {"years", year, "draft_budget"}));
        previous = year + ":draft_budget";
        state_formula(table, previous, roll_forward);
    }
    return table;
}

}  // namespace mtfp::report
