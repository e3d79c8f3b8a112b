// CSV (RFC 4180) for spreadsheets: one block per table, each with its own header line
// `table,key,label,units,<column keys>` (the tables' columns differ), and a blank line
// between blocks. Every row says which table it belongs to, so the blocks can also be
// filtered as one sheet. Figures are in the chosen units, rounded as for display but
// without thousands separators ("-1818.3"); rates as "4.5%"; headings appear with no
// figures so that the sheet reads like the table. Lines end in CRLF, as RFC 4180 says.
// A text cell that a spreadsheet would run as a formula is neutralised (see field()).
#include <algorithm>
#include <string_view>

#include "money/money_text.hpp"
#include "render/layout.hpp"
#include "render/renderers.hpp"

namespace mtfp::render {

namespace {

constexpr const char* eol = "\r\n";

// A figure as this file writes one: "-1818.3", "4.5%", "+0.5%", "12".
bool is_figure(std::string_view text) {
    std::size_t i = text.starts_with('-') || text.starts_with('+') ? 1 : 0;
    std::size_t digits = 0;
    bool point = false;
    for (; i < text.size(); ++i) {
        if (text[i] >= '0' && text[i] <= '9') {
            ++digits;
        } else if (text[i] == '.' && !point) {
            point = true;
        } else {
            break;
        }
    }
    if (i < text.size() && text[i] == '%') ++i;
    return digits > 0 && i == text.size();
}

// CSV injection (OWASP): a spreadsheet runs a cell that begins with = + - @, a tab or a
// carriage return as a formula, so such a text cell (a label or name from the scenario)
// is written with a leading apostrophe, which spreadsheets show as text and do not run.
// Figures are left as they are: "-1818.3" must stay a number.
bool runs_as_formula(const std::string& text) {
    return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos &&
           !is_figure(text);
}

// Quoted only where it must be: a comma, a quote, or a line break (and an apostrophe
// put before a text that would run as a formula).
std::string field(const std::string& plain) {
    const std::string text = runs_as_formula(plain) ? "'" + plain : plain;
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string record(const std::vector<std::string>& fields) {
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i) line += (i == 0 ? "" : ",") + field(fields[i]);
    return line + eol;
}

std::string plain_cell(const Cell& cell, DisplayUnits units) {
    if (cell.money) return plain_amount(*cell.money, units);
    if (cell.rate) return rate_text(*cell.rate, cell);
    if (cell.hundredths) return format_hundredths(*cell.hundredths, false);
    if (cell.text) return *cell.text;
    return "";
}

bool has_absent_cells(const Table& table) {
    for (const Row& row : table.rows) {
        for (const Cell& cell : row.cells) {
            if (cell.blank == Blank::absent) return true;
        }
    }
    return false;
}

// An absent figure is an empty field, flagged by its column key in a last "absent"
// field (e.g. "C;C-A;%C"), so that a sheet can tell it from an empty cell or a zero.
std::string absent_columns(const Table& table, const Row& row) {
    std::string keys;
    for (std::size_t c = 0; c < row.cells.size() && c < table.columns.size(); ++c) {
        if (row.cells[c].blank == Blank::absent) keys += (keys.empty() ? "" : ";") + table.columns[c].key;
    }
    return keys;
}

std::string table_csv(const Table& table, DisplayUnits units) {
    std::vector<std::string> header{"table", "key", "label", "units"};
    for (const Column& column : table.columns) header.push_back(column.key);
    const bool flag_absent = has_absent_cells(table);
    if (flag_absent) header.push_back("absent");
    std::string out = record(header);
    const std::string own = own_unit(table);
    const std::string unit = own.empty() ? unit_label(units) : own;
    for (const Row& row : table.rows) {
        if (row.style == RowStyle::spacer) continue;
        std::vector<std::string> fields{table.key, row.key, row.label,
                                        row.style == RowStyle::heading ? "" : unit};
        // Every record as wide as the header, so the sheet stays rectangular.
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            fields.push_back(c < row.cells.size() ? plain_cell(row.cells[c], units) : "");
        }
        if (flag_absent) fields.push_back(absent_columns(table, row));
        out += record(fields);
    }
    return out;
}

std::string cell_or_empty(const Cell& cell) {
    if (cell.money) return std::to_string(cell.money->in_pounds());
    if (cell.rate) return cell.rate->to_percent_string();
    if (cell.hundredths) return format_hundredths(*cell.hundredths, false);
    if (cell.text) return *cell.text;
    return "";
}

}  // namespace

std::string plan_csv(const PlanReport& report, DisplayUnits units) {
    std::string out;
    for (std::size_t t = 0; t < report.tables.size(); ++t) {
        if (t != 0) out += eol;
        out += table_csv(report.tables[t], units);
    }
    return out;
}

std::string csv_field(const std::string& text) {
    return field(text);
}

std::string tables_csv(const std::vector<Table>& tables, DisplayUnits units) {
    std::string out;
    for (std::size_t t = 0; t < tables.size(); ++t) {
        if (t != 0) out += eol;
        out += table_csv(tables[t], units);
    }
    return out;
}

// One record per rule result; value and limit exact (whole pounds, or a rate).
std::string check_csv(const CheckReport& report) {
    // A severity column only where a scenario gives severities, so other output is unchanged.
    const bool severities = std::any_of(report.lines.begin(), report.lines.end(),
                                        [](const CheckLine& line) { return line.warn; });
    std::vector<std::string> header{"rule", "year", "subject", "passed", "value", "limit", "message"};
    if (severities) header.push_back("severity");
    std::string out = record(header);
    for (const CheckLine& line : report.lines) {
        std::vector<std::string> fields{line.rule,
                                        line.year,
                                        line.subject,
                                        line.passed ? "true" : "false",
                                        cell_or_empty(line.value),
                                        cell_or_empty(line.limit),
                                        line.message};
        if (severities) fields.push_back(line.warn ? "warn" : "error");
        out += record(fields);
    }
    return out;
}

}  // namespace mtfp::render
