#include "report/cells.hpp"

#include <utility>

namespace mtfp::report {

Cell money_cell(Money amount, JsonPath path) {
    Cell cell;
    cell.money = amount;
    cell.json_path = std::move(path);
    return cell;
}

Cell rate_cell(Rate rate, JsonPath path) {
    Cell cell;
    cell.rate = rate;
    cell.json_path = std::move(path);
    return cell;
}

Row row(std::string key, std::string label, RowStyle style, std::vector<Cell> cells) {
    Row result;
    result.key = std::move(key);
    result.label = std::move(label);
    result.style = style;
    result.cells = std::move(cells);
    return result;
}

Row row_by_year(const Scenario& scenario, std::string key, std::string label, RowStyle style, YearIndex first,
                const std::function<std::optional<Money>(YearIndex)>& figure,
                const std::function<JsonPath(YearIndex)>& path) {
    std::vector<Cell> cells;
    for (YearIndex y = first; y < scenario.year_count(); ++y) {
        const std::optional<Money> amount = figure(y);
        cells.push_back(amount ? money_cell(*amount, path(y)) : Cell{});
    }
    return row(std::move(key), std::move(label), style, std::move(cells));
}

Table table_of(std::string key, std::string title, TableLayout layout, std::vector<Column> columns,
               std::string label_header) {
    Table table;
    table.key = std::move(key);
    table.title = std::move(title);
    table.layout = layout;
    table.columns = std::move(columns);
    table.label_header = std::move(label_header);
    return table;
}

Row heading(std::string key, std::string label) {
    return row(std::move(key), std::move(label), RowStyle::heading, {});
}

std::string year_key(const Scenario& scenario, YearIndex year) {
    return scenario.year(year).to_string();
}

std::vector<Column> year_columns(const Scenario& scenario, bool with_base_year) {
    std::vector<Column> columns;
    for (YearIndex y = with_base_year ? 0 : 1; y < scenario.year_count(); ++y) {
        const std::string year = year_key(scenario, y);
        const std::string kind = y == 0 ? "Base" : "Plan";
        columns.push_back(Column{year, kind + " " + year, {kind, year}});
    }
    return columns;
}

}  // namespace mtfp::report
