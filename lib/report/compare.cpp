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
    return a.money == b.money && a.rate == b.rate && a.hundredths == b.hundredths && a.text == b.text;
}

Cell value_cell(const Figure& figure) {
    if (!figure.present) return blank(Blank::absent);
    Cell cell = figure.cell;
    cell.json_path.clear();
    return cell;
}

// B - A: pounds, percentage points between two rates, or pence (a Band D charge) and
// hundredths (a tax base) between two figures held to two decimals.
Cell difference(const Figure& a, const Figure& b) {
    if (!a.present || !b.present) return blank(Blank::absent);
    Cell cell;
    if (a.cell.money && b.cell.money) cell.money = *b.cell.money - *a.cell.money;
    if (a.cell.rate && b.cell.rate) cell.rate = *b.cell.rate - *a.cell.rate;
    if (a.cell.hundredths && b.cell.hundredths) cell.hundredths = *b.cell.hundredths - *a.cell.hundredths;
    return cell;
}

// B / A - 1 from exact pounds; none for rates (their difference is already in points).
// From zero, or across zero (a surplus that turned into a shortfall), a ratio means
// nothing ("-203.2%"): not applicable.
Cell percentage(const Figure& a, const Figure& b) {
    if (!a.present || !b.present) return blank(Blank::absent);
    if (!a.cell.money || !b.cell.money) return Cell{};
    const std::int64_t from = a.cell.money->in_pounds();
    const std::int64_t to = b.cell.money->in_pounds();
    if ((from < 0 && to > 0) || (from > 0 && to < 0)) return blank(Blank::not_applicable);
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

// The wide layout's columns: for each source column, A, then B and B-A for each further
// scenario, keyed "2007/08:A", "2007/08:B-A"; the text header the source's over the letter.
std::vector<Column> wide_columns(const std::vector<ComparedScenario>& scenarios,
                                 const std::vector<Column>& sources) {
    std::vector<Column> columns;
    const std::string& a = scenarios.front().letter;
    for (const Column& source : sources) {
        std::vector<std::string> over = source.text_header;
        if (over.empty()) over.push_back(source.header);
        auto add = [&](const std::string& name) {
            std::vector<std::string> text = over;
            text.push_back(name);
            columns.push_back(Column{source.key + ":" + name, source.header + ": " + name, text});
        };
        add(a);
        for (std::size_t s = 1; s < scenarios.size(); ++s) {
            add(scenarios[s].letter);
            add(scenarios[s].letter + "-" + a);
        }
    }
    return columns;
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

// A row's comparison cells in one source column: A, then for each further scenario its
// figure, B-A and (by year) %B. True when some scenario differs from A.
bool append_cells(std::vector<Cell>& cells, const std::vector<const Table*>& sources, const std::string& row,
                  const std::string& column, CompareLayout layout) {
    bool changed = false;
    const Figure a = figure_of(*sources.front(), row, column);
    cells.push_back(value_cell(a));
    for (std::size_t s = 1; s < sources.size(); ++s) {
        const Figure b = figure_of(*sources[s], row, column);
        cells.push_back(value_cell(b));
        cells.push_back(difference(a, b));
        if (layout == CompareLayout::by_year) cells.push_back(percentage(a, b));
        changed = changed || differs(a, b);
    }
    return changed;
}

// One comparison table over the given source columns (one by year; all of them wide).
Table compare_table(const std::vector<const Table*>& sources, const std::vector<RowEntry>& entries,
                    const std::vector<Column>& source_columns, CompareLayout layout,
                    std::vector<bool>& changed) {
    Table table;
    const Table& first = *sources.front();
    table.key = first.key;
    table.label_header = first.label_header;
    for (const RowEntry& entry : entries) {
        Row row{entry.key, entry.label, entry.style, {}};
        bool row_changed = false;
        if (entry.style != RowStyle::heading && entry.style != RowStyle::spacer) {
            for (const Column& column : source_columns)
                row_changed = append_cells(row.cells, sources, entry.key, column.key, layout) || row_changed;
        }
        changed.push_back(row_changed);
        table.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace

CompareReport build_compare_report(const std::vector<PlanReport>& plans, ChangedRows rows,
                                   CompareLayout layout) {
    CompareReport report;
    report.layout = layout;
    if (plans.empty()) return report;
    for (std::size_t s = 0; s < plans.size(); ++s)
        report.scenarios.push_back({letter_of(s), plans[s].header});
    const std::vector<Column> columns = compare_columns(report.scenarios);
    std::vector<std::string> units(columns.size());
    for (std::size_t c = 3; c < units.size(); c += 3) units[c] = "%";  // A, then B, B-A, %B, ...
    // Tables matched by key and occurrence (the priorities report is two tables of one
    // key), so that a table only some scenarios have (a capital programme) is compared
    // with the others' figures absent; in the order the scenarios first show them.
    std::vector<std::pair<std::string, std::size_t>> slots;
    auto occurrence = [](const PlanReport& plan, std::size_t t) {
        std::size_t n = 0;
        for (std::size_t u = 0; u < t; ++u) n += plan.tables[u].key == plan.tables[t].key ? 1 : 0;
        return n;
    };
    for (const PlanReport& plan : plans)
        for (std::size_t t = 0; t < plan.tables.size(); ++t)
            if (std::pair slot{plan.tables[t].key, occurrence(plan, t)};
                std::find(slots.begin(), slots.end(), slot) == slots.end())
                slots.push_back(std::move(slot));
    for (const auto& [key, nth] : slots) {
        std::vector<const Table*> sources;
        const Table* shown = nullptr;
        for (const PlanReport& plan : plans) {
            sources.push_back(nullptr);
            for (std::size_t t = 0; t < plan.tables.size() && !sources.back(); ++t)
                if (plan.tables[t].key == key && occurrence(plan, t) == nth) sources.back() = &plan.tables[t];
            if (!shown) shown = sources.back();
        }
        Table missing;  // no rows, no columns: every figure absent
        missing.key = shown->key;
        missing.title = shown->title;
        missing.label_header = shown->label_header;
        for (const Table*& source : sources)
            if (!source) source = &missing;
        const Table& first = *shown;
        const std::vector<RowEntry> entries = row_union(sources);
        const std::vector<Column> source_columns = column_union(sources);
        std::vector<std::vector<Column>> groups;  // the source columns of each comparison table
        if (layout == CompareLayout::wide) {
            groups.push_back(source_columns);
        } else {
            for (const Column& column : source_columns) groups.push_back({column});
        }
        for (const std::vector<Column>& group : groups) {
            std::vector<bool> changed;
            Table table = compare_table(sources, entries, group, layout, changed);
            if (layout == CompareLayout::wide) {
                table.title = first.title;
                table.columns = wide_columns(report.scenarios, group);
            } else {
                // "Table 3: ... (Total MPS)" already names its one column.
                const bool named = first.title.find(group.front().header) != std::string::npos;
                table.title = named ? first.title : first.title + ": " + group.front().header;
                table.columns = columns;
                table.column_units = units;
            }
            for (bool row_changed : changed) report.any_difference = report.any_difference || row_changed;
            if (rows == ChangedRows::only_changed) {
                table.rows = without_unchanged(std::move(table.rows), changed);
                if (table.rows.empty()) continue;
            }
            report.source_columns.push_back(layout == CompareLayout::wide ? "" : group.front().key);
            report.tables.push_back(std::move(table));
        }
    }
    return report;
}

}  // namespace mtfp
