// The JSON result, exactly as docs/output-formats.md pins it: amounts in whole pounds as JSON
// integers whatever --units says; rates as strings ("4.5%"). Key order is stable
// (ordered_json, in the order the report builds its tables and cells), two-space indent.
#include <nlohmann/json.hpp>

#include "money/money_text.hpp"
#include "render/renderers.hpp"

namespace mtfp::render {

namespace {

using nlohmann::ordered_json;

ordered_json value_of(const Cell& cell) {
    if (cell.money) return cell.money->in_pounds();
    if (cell.rate) return cell.rate->to_percent_string();                    // exact, never rounded
    if (cell.hundredths) return format_hundredths(*cell.hundredths, false);  // "287.85", exact
    if (cell.text) return *cell.text;
    return nullptr;
}

ordered_json header_json(const ReportHeader& header) {
    ordered_json plan_years = ordered_json::array();
    for (FiscalYear year : header.plan_years) plan_years.push_back(year.to_string());
    return ordered_json{{"name", header.scenario_name},
                        {"file", header.scenario_file},
                        {"base_year", header.base_year.to_string()},
                        {"plan_years", plan_years}};
}

ordered_json values_of(const Row& row) {
    ordered_json values = ordered_json::array();
    for (const Cell& cell : row.cells) values.push_back(value_of(cell));
    return values;
}

// {columns, rows:[{key,label,values}]}: headings and spacers carry no figures, so they
// are left out; Table 2's total row goes beside the rows as "total".
void place_rows(const Table& table, ordered_json& section) {
    ordered_json columns = ordered_json::array();
    for (const Column& column : table.columns) columns.push_back(column.key);
    section[table.json_columns_name] = columns;
    ordered_json rows = ordered_json::array();
    std::optional<ordered_json> total;
    for (const Row& row : table.rows) {
        if (row.style == RowStyle::heading || row.style == RowStyle::spacer) continue;
        if (!table.json_total_row.empty() && row.key == table.json_total_row) {
            total = values_of(row);
            continue;
        }
        rows.push_back(ordered_json{{"key", row.key}, {"label", row.label}, {"values", values_of(row)}});
    }
    section["rows"] = rows;
    if (total) section[table.json_total_row] = *total;
}

ordered_json& at_path(ordered_json& root, const std::vector<std::string>& path) {
    ordered_json* node = &root;
    for (const std::string& key : path) node = &(*node)[key];
    return *node;
}

// Each cell at its own path; cells without one are for display only.
void place_paths(const Table& table, ordered_json& section) {
    for (const Row& row : table.rows) {
        for (const Cell& cell : row.cells) {
            if (!cell.json_path.empty()) at_path(section, cell.json_path) = value_of(cell);
        }
    }
    // After the cells, so that keys keep the order of the rows; an empty group comes last.
    for (const std::vector<std::string>& path : table.json_objects) {
        ordered_json& object = at_path(section, path);
        if (object.is_null()) object = ordered_json::object();
    }
}

// The reconciliation of a base_budget scenario: amounts in pence where they are exact
// ledger figures, in pounds where they are the budget book's.
ordered_json ledger_json(const Ledger& ledger) {
    return ordered_json{{"file", ledger.file},
                        {"rows", ledger.rows},
                        {"total_pence", ledger.budget_pence},
                        {"budget_book", ledger.budget_book.in_pounds()},
                        {"rounding_difference_pence", ledger.rounding_pence()}};
}

}  // namespace

std::string plan_json(const PlanReport& report) {
    ordered_json result;
    result["format"] = "mtfp-result/1";
    result["scenario"] = header_json(report.header);
    // Tables sharing a key (Table 4's two grids, the gap and its bridge) fill one section.
    for (const Table& table : report.tables) {
        ordered_json& section = result[table.key];
        if (section.is_null()) section = ordered_json::object();
        if (table.layout == TableLayout::rows) {
            place_rows(table, section);
        } else {
            place_paths(table, section);
        }
        if (table.json_notes) section["notes"] = table.notes;
    }
    if (report.ledger) result["summary"]["ledger"] = ledger_json(*report.ledger);
    return result.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

std::string check_json(const CheckReport& report) {
    ordered_json rules = ordered_json::array();
    for (const CheckLine& line : report.lines) {
        ordered_json rule{{"rule", line.rule},
                          {"year", line.year},
                          {"passed", line.passed},
                          {"value", value_of(line.value)},
                          {"limit", value_of(line.limit)},
                          {"message", line.message}};
        // An extension after the pinned keys: which reserve a reserves result is about.
        if (!line.subject.empty()) rule["subject"] = line.subject;
        // Only a rule made a warning says so: its failure does not fail the check.
        if (line.warn) rule["severity"] = "warn";
        rules.push_back(rule);
    }
    ordered_json result{{"format", "mtfp-check/1"}, {"passed", report.passed}, {"rules", rules}};
    return result.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace mtfp::render
