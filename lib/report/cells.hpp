#pragma once
// Small builders for the table model, shared by every table of the plan report.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/scenario.hpp"
#include "report/table.hpp"

namespace mtfp::report {

using JsonPath = std::vector<std::string>;

Cell money_cell(Money amount, JsonPath path = {});
Cell rate_cell(Rate rate, JsonPath path = {});

Row row(std::string key, std::string label, RowStyle style, std::vector<Cell> cells);
// One money figure per year from `first` (0 with the base year, 1 for the plan years
// only), each cell at path(year) in the JSON; a year without a figure is an empty cell.
Row row_by_year(const Scenario& scenario, std::string key, std::string label, RowStyle style, YearIndex first,
                const std::function<std::optional<Money>(YearIndex)>& figure,
                const std::function<JsonPath(YearIndex)>& path);
// A table's identity: its JSON key, title, layout, columns and label-column header.
Table table_of(std::string key, std::string title, TableLayout layout, std::vector<Column> columns,
               std::string label_header = {});
// A heading ("Business Groups:"): no cells, never in the JSON rows.
Row heading(std::string key, std::string label);

// "2007/08": the column key and JSON key of a year.
std::string year_key(const Scenario& scenario, YearIndex year);
// One column per plan year, headed "Plan 2007/08"; with the base year first if asked.
std::vector<Column> year_columns(const Scenario& scenario, bool with_base_year);

}  // namespace mtfp::report
