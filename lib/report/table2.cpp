// Table 2: the plan by subjective (type of spend) over every line; the base budget,
// then each year's draft. Its total is net expenditure.
#include "report/cells.hpp"
#include "report/formulas.hpp"
#include "report/tables.hpp"

namespace mtfp::report {

Table build_table2(const Scenario& scenario, const Plan& plan) {
    Table table{.key = "table2",
                .title = "Table 2: Subjective analysis",
                .layout = TableLayout::rows,
                .columns = year_columns(scenario, true),
                .label_header = "Subjective",
                .json_columns_name = "years",
                .json_total_row = "total"};
    table.notes.push_back("Base: the " + year_key(scenario, 0) +
                          " revised budget; plan years: the draft budget.");

    for (std::size_t s = 0; s < scenario.subjectives.size(); ++s) {
        std::vector<Cell> cells;
        for (YearIndex y = 0; y < scenario.year_count(); ++y)
            cells.push_back(money_cell(plan.subjective_totals[s][y]));
        table.rows.push_back(
            row(scenario.subjectives[s].id, scenario.subjectives[s].name, RowStyle::line, std::move(cells)));
    }
    std::vector<std::string> subjective_keys;
    for (const Subjective& subjective : scenario.subjectives) subjective_keys.push_back(subjective.id);
    std::vector<Cell> total;
    for (YearIndex y = 0; y < scenario.year_count(); ++y)
        total.push_back(money_cell(plan.subjective_grand_total[y]));
    table.rows.push_back(row("total", "Net expenditure", RowStyle::total, std::move(total)));
    state_formula(table, "total", plus_each(subjective_keys));
    return table;
}

}  // namespace mtfp::report
