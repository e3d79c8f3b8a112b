// The compare result as JSON (format mtfp-compare/1, docs/compare.md): the scenarios
// with their letters, then one object per comparison table with its rows' values in
// column order. Amounts are whole pounds; rates and percentages strings ("3.6%"); an
// absent figure or a percentage that does not apply (from or across zero) is null, and
// each row lists the letters of the scenarios it is absent from. Wide, the columns are
// keyed by source column and letter ("2007/08:B-A") and a table has no "column".
#include <algorithm>
#include <nlohmann/json.hpp>

#include "money/money_text.hpp"
#include "render/renderers.hpp"

namespace mtfp::render {

namespace {

using nlohmann::ordered_json;

ordered_json value_of(const Cell& cell) {
    if (cell.money) return cell.money->in_pounds();
    if (cell.rate)
        return cell.rate_decimals ? cell.rate->to_percent_string(*cell.rate_decimals)
                                  : cell.rate->to_percent_string();
    if (cell.hundredths) return format_hundredths(*cell.hundredths, false);
    if (cell.text) return *cell.text;
    return nullptr;
}

ordered_json scenario_json(const ComparedScenario& scenario) {
    ordered_json plan_years = ordered_json::array();
    for (FiscalYear year : scenario.header.plan_years) plan_years.push_back(year.to_string());
    return ordered_json{{"letter", scenario.letter},
                        {"name", scenario.header.scenario_name},
                        {"file", scenario.header.scenario_file},
                        {"base_year", scenario.header.base_year.to_string()},
                        {"plan_years", plan_years}};
}

// The letters of the scenarios a row is absent from: blanks in their value columns.
ordered_json row_json(const Table& table, const Row& row, const std::vector<ComparedScenario>& scenarios) {
    ordered_json values = ordered_json::array();
    ordered_json absent = ordered_json::array();
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
        values.push_back(value_of(row.cells[c]));
        if (row.cells[c].blank != Blank::absent || c >= table.columns.size()) continue;
        // By year the key is the letter ("B"); wide it follows the source column ("2007/08:B").
        const std::string& key = table.columns[c].key;
        const std::string letter = key.substr(key.find_last_of(':') + 1);
        for (const ComparedScenario& scenario : scenarios) {
            if (letter == scenario.letter && std::find(absent.begin(), absent.end(), letter) == absent.end())
                absent.push_back(letter);
        }
    }
    ordered_json result{{"key", row.key}, {"label", row.label}, {"values", values}};
    if (!absent.empty()) result["absent"] = absent;
    return result;
}

}  // namespace

std::string compare_json(const CompareReport& report) {
    ordered_json scenarios = ordered_json::array();
    for (const ComparedScenario& scenario : report.scenarios) scenarios.push_back(scenario_json(scenario));
    ordered_json tables = ordered_json::array();
    for (std::size_t t = 0; t < report.tables.size(); ++t) {
        const Table& table = report.tables[t];
        ordered_json columns = ordered_json::array();
        for (const Column& column : table.columns) columns.push_back(column.key);
        ordered_json rows = ordered_json::array();
        for (const Row& row : table.rows) {
            if (row.style == RowStyle::heading || row.style == RowStyle::spacer) continue;
            rows.push_back(row_json(table, row, report.scenarios));
        }
        ordered_json entry{{"table", table.key}};
        if (report.layout == CompareLayout::by_year) entry["column"] = report.source_columns[t];
        entry["title"] = table.title;
        entry["columns"] = columns;
        entry["rows"] = rows;
        tables.push_back(entry);
    }
    ordered_json result{{"format", "mtfp-compare/1"}, {"scenarios", scenarios}};
    // Said only where it is not the default, so that the by-year result stays as it was.
    if (report.layout == CompareLayout::wide) result["layout"] = "wide";
    result["differences"] = report.any_difference;
    result["tables"] = tables;
    return result.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace mtfp::render
