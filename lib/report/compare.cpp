// build_compare_report: the plan reports' tables side by side, one table per source
// table and column, rows matched by key; a row or column missing from a scenario is
// absent (never zero), and so are its difference and percentage.
#include "report/compare.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include "money/rounding.hpp"

namespace mtfp {

namespace {

constexpr int percent_decimals = 1;

Cell blank(Blank why) {
    Cell cell;
    cell.blank = why;
    return cell;
}

// A scenario's figure in one row and column: its cell, or absent.
struct Figure {
    bool present = false;
    Cell cell;
};

bool same_value(const Cell& a, const Cell& b) {
    return a.money == b.money && a.rate == b.rate;
}

Cell value_cell(const Figure& figure) {
    if (!figure.present) return blank(Blank::absent);
    Cell cell = figure.cell;
    cell.json_path.clear();
    return cell;
}

// B - A: pounds, or percentage points between two rates.
Cell difference(const Figure& a, const Figure& b) {
    if (!a.present || !b.present) return blank(Blank::absent);
    Cell cell;
    if (a.cell.money && b.cell.money) cell.money = *b.cell.money - *a.cell.money;
    if (a.cell.rate && b.cell.rate) cell.rate = *b.cell.rate - *a.cell.rate;
    return cell;
}

// B / A - 1 from exact pounds; none for rates (their difference is already in points).
Cell percentage(const Figure& a, const Figure& b) {
    if (!a.present || !b.present) return blank(Blank::absent);
    if (!a.cell.money || !b.cell.money) return Cell{};
    std::optional<Rate> change = percent_change(*b.cell.money, *a.cell.money, percent_decimals);
    if (!change) return blank(Blank::not_applicable);
    Cell cell;
    cell.rate = change;
    cell.rate_decimals = percent_decimals;
    return cell;
}

bool differs(const Figure& a, const Figure& b) {
    if (a.present != b.present) return true;
    return a.present && !same_value(a.cell, b.cell);
}

struct RowEntry {
    std::string key;
    std::string label;
    RowStyle style = RowStyle::line;
};

// Every scenario's rows in one order: A's, then each row only another scenario has,
// placed after the row it follows there.
std::vector<RowEntry> row_union(const std::vector<const Table*>& tables) {
    std::vector<RowEntry> rows;
    for (const Table* table : tables) {
        std::size_t next = 0;
        for (const Row& row : table->rows) {
            auto found = std::find_if(rows.begin(), rows.end(),
                                      [&row](const RowEntry& entry) { return entry.key == row.key; });
            if (found != rows.end()) {
                next = static_cast<std::size_t>(found - rows.begin()) + 1;
                continue;
            }
            rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(next),
                        RowEntry{row.key, row.label, row.style});
            ++next;
        }
    }
    return rows;
}

std::vector<Column> column_union(const std::vector<const Table*>& tables) {
    std::vector<Column> columns;
    for (const Table* table : tables) {
        for (const Column& column : table->columns) {
            auto found = std::find_if(columns.begin(), columns.end(),
                                      [&column](const Column& known) { return known.key == column.key; });
            if (found == columns.end()) columns.push_back(column);
        }
    }
    return columns;
}

Figure figure_of(const Table& table, const std::string& row_key, const std::string& column_key) {
    auto column = std::find_if(table.columns.begin(), table.columns.end(),
                               [&column_key](const Column& known) { return known.key == column_key; });
    auto row = std::find_if(table.rows.begin(), table.rows.end(),
                            [&row_key](const Row& known) { return known.key == row_key; });
    if (column == table.columns.end() || row == table.rows.end()) return Figure{};
    const auto c = static_cast<std::size_t>(column - table.columns.begin());
    return Figure{true, c < row->cells.size() ? row->cells[c] : Cell{}};
}

std::vector<Column> compare_columns(const std::vector<ComparedScenario>& scenarios) {
    const std::string& a = scenarios.front().letter;
    std::vector<Column> columns{Column{a, a, {a}}};
    for (std::size_t s = 1; s < scenarios.size(); ++s) {
        const std::string& b = scenarios[s].letter;
        columns.push_back(Column{b, b, {b}});
        columns.push_back(Column{b + "-" + a, b + "-" + a, {b + "-" + a}});
        columns.push_back(Column{"%" + b, b + "/" + a, {b + "/" + a}});
    }
    return columns;
}

bool closes_section(RowStyle style) {
    return style == RowStyle::heading || style == RowStyle::subtotal || style == RowStyle::total;
}

// A heading is kept over a kept row of its own section (up to and including the section's
// total); a spacer is kept between two kept blocks.
std::vector<Row> without_unchanged(std::vector<Row> rows, const std::vector<bool>& changed) {
    std::vector<Row> kept;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        bool keep = changed[r];
        if (rows[r].style == RowStyle::heading) {
            for (std::size_t next = r + 1; next < rows.size() && rows[next].style != RowStyle::heading;
                 ++next) {
                keep = keep || changed[next];
                if (closes_section(rows[next].style)) break;
            }
        }
        // A spacer still separates two kept blocks (Table 3's years), never leads or doubles.
        if (rows[r].style == RowStyle::spacer) keep = !kept.empty() && kept.back().style != RowStyle::spacer;
        if (keep) kept.push_back(std::move(rows[r]));
    }
    while (!kept.empty() && kept.back().style == RowStyle::spacer) kept.pop_back();
    return kept;
}

std::string letter_of(std::size_t position) {
    std::string letter;
    for (std::size_t n = position + 1; n > 0; n = (n - 1) / 26)
        letter.insert(letter.begin(), char('A' + (n - 1) % 26));
    return letter;
}

}  // namespace

CompareReport build_compare_report(const std::vector<PlanReport>& plans, ChangedRows rows) {
    CompareReport report;
    if (plans.empty()) return report;
    for (std::size_t s = 0; s < plans.size(); ++s)
        report.scenarios.push_back({letter_of(s), plans[s].header});
    const std::vector<Column> columns = compare_columns(report.scenarios);
    std::vector<std::string> units(columns.size());
    for (std::size_t c = 3; c < units.size(); c += 3) units[c] = "%";  // A, then B, B-A, %B, ...
    std::size_t table_count = plans.front().tables.size();
    for (const PlanReport& plan : plans) table_count = std::min(table_count, plan.tables.size());
    for (std::size_t t = 0; t < table_count; ++t) {
        std::vector<const Table*> sources;
        for (const PlanReport& plan : plans) sources.push_back(&plan.tables[t]);
        const Table& first = *sources.front();
        const std::vector<RowEntry> entries = row_union(sources);
        for (const Column& source_column : column_union(sources)) {
            Table table;
            table.key = first.key;
            // "Table 3: ... (Total MPS)" already names its one column.
            const bool named = first.title.find(source_column.header) != std::string::npos;
            table.title = named ? first.title : first.title + ": " + source_column.header;
            table.label_header = first.label_header;
            table.columns = columns;
            table.column_units = units;
            std::vector<bool> changed;
            for (const RowEntry& entry : entries) {
                Row row{entry.key, entry.label, entry.style, {}};
                bool row_changed = false;
                if (entry.style != RowStyle::heading && entry.style != RowStyle::spacer) {
                    const Figure a = figure_of(first, entry.key, source_column.key);
                    row.cells.push_back(value_cell(a));
                    for (std::size_t s = 1; s < sources.size(); ++s) {
                        const Figure b = figure_of(*sources[s], entry.key, source_column.key);
                        row.cells.push_back(value_cell(b));
                        row.cells.push_back(difference(a, b));
                        row.cells.push_back(percentage(a, b));
                        row_changed = row_changed || differs(a, b);
                    }
                }
                report.any_difference = report.any_difference || row_changed;
                changed.push_back(row_changed);
                table.rows.push_back(std::move(row));
            }
            if (rows == ChangedRows::only_changed) {
                table.rows = without_unchanged(std::move(table.rows), changed);
                if (table.rows.empty()) continue;
            }
            report.source_columns.push_back(source_column.key);
            report.tables.push_back(std::move(table));
        }
    }
    return report;
}

}  // namespace mtfp
