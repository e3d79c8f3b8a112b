// The budget by strategic priority (the Draft Corporate Business Plan 2007-10, Figure 3;
// the Corporate Strategy's "budget linked to priorities"): per year, each priority's
// share of the lines above net service expenditure, "Not directly attributable" the
// rest, NSE the total; then each plan year's changes by the priority the items name, by
// Table 3's row.
#include "report/cells.hpp"
#include "report/formulas.hpp"
#include "report/tables.hpp"

namespace mtfp::report {

namespace {

Table budget_by_priority(const Scenario& scenario, const Plan& plan) {
    Table table = table_of("priorities", "Budget by strategic priority", TableLayout::paths,
                           year_columns(scenario, true), "Priority");
    const PriorityPlan& priorities = *plan.priorities;
    std::vector<std::string> keys;
    const auto add = [&](std::string key, std::string label, RowStyle style,
                         const std::vector<Money>& by_year) {
        std::vector<Cell> cells;
        for (YearIndex y = 0; y < scenario.year_count(); ++y)
            cells.push_back(money_cell(by_year[y], {"budget", year_key(scenario, y), key}));
        table.rows.push_back(row(key, std::move(label), style, std::move(cells)));
    };
    for (std::size_t p = 0; p < scenario.priorities.size(); ++p) {
        keys.push_back(scenario.priorities[p].id);
        add(keys.back(), scenario.priorities[p].name, RowStyle::line, priorities.budget[p]);
    }
    keys.emplace_back("not_directly_attributable");
    add(keys.back(), "Not directly attributable", RowStyle::line, priorities.not_attributable);
    std::vector<Money> nse;
    for (YearIndex y = 0; y < scenario.year_count(); ++y)
        nse.push_back(plan.years[y].net_service_expenditure);
    add("net_service_expenditure", "Net service expenditure", RowStyle::total, nse);
    state_formula(table, "net_service_expenditure", plus_each(keys));
    table.notes.push_back("Base year: the revised budget; each line's share rounded once per priority.");
    return table;
}

Table changes_by_priority(const Scenario& scenario, const Plan& plan) {
    const Table table3 = build_table3(scenario, plan);
    Table table = table_of("priorities", "Changes by strategic priority", TableLayout::paths,
                           year_columns(scenario, false), "Priority: change");
    for (std::size_t p = 0; p < scenario.priorities.size(); ++p) {
        const Priority& priority = scenario.priorities[p];
        table.rows.push_back(heading("changes:" + priority.id, priority.name));
        std::vector<std::string> keys;
        for (std::size_t m = 1; m < plan_movement_count; ++m) {  // items only: no inflation row
            const Row& published = table3.rows[4 + m];
            const std::string kind = published.key.substr(published.key.find(':') + 1);
            keys.push_back("changes:" + priority.id + ":" + kind);
            std::vector<Cell> cells;
            for (YearIndex y = 1; y < scenario.year_count(); ++y)
                cells.push_back(money_cell(plan.priorities->changes[p][y][m],
                                           {"changes", year_key(scenario, y), priority.id, kind}));
            table.rows.push_back(row(keys.back(), published.label, RowStyle::line, std::move(cells)));
        }
        std::vector<Cell> total;
        for (YearIndex y = 1; y < scenario.year_count(); ++y) {
            Money sum;
            for (Money amount : plan.priorities->changes[p][y]) sum += amount;
            total.push_back(money_cell(sum, {"changes", year_key(scenario, y), priority.id, "total"}));
        }
        table.rows.push_back(row("changes:" + priority.id + ":total", "Total " + priority.name,
                                 RowStyle::subtotal, std::move(total)));
        state_formula(table, "changes:" + priority.id + ":total", plus_each(keys));
    }
    table.notes.push_back(
        "The items entered for each year that name the priority; reversals and inflation "
        "are not attributed.");
    return table;
}

}  // namespace

std::vector<Table> build_priorities_tables(const Scenario& scenario, const Plan& plan) {
    return {budget_by_priority(scenario, plan), changes_by_priority(scenario, plan)};
}

}  // namespace mtfp::report
