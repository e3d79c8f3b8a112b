// Plain text, laid out like the published tables: a title, the unit over each column,
// labels on the left, figures right-aligned with thousands separators, a rule above
// each (sub)total, headings on their own line, the notes under each table and a blank
// line between tables. Column headers take two short lines so the Summary's six
// columns fit a 100-column terminal in £m.
#include <fmt/format.h>

#include <algorithm>

#include "money/money_text.hpp"
#include "render/ansi.hpp"
#include "render/layout.hpp"
#include "render/renderers.hpp"

namespace mtfp::render {

namespace {

constexpr std::size_t gutter = 2;  // spaces before each figure column

std::string pad_left(const std::string& text, std::size_t width) {
    const std::size_t used = display_width(text);
    return std::string(used < width ? width - used : 0, ' ') + text;
}

std::string pad_right(const std::string& text, std::size_t width) {
    const std::size_t used = display_width(text);
    return text + std::string(used < width ? width - used : 0, ' ');
}

// The header lines of a column: its short header (or its full one), then the unit.
std::vector<std::string> header_lines(const Column& column, const std::string& unit) {
    std::vector<std::string> lines = column.text_header;
    if (lines.empty()) lines.push_back(column.header);
    lines.push_back(unit);
    return lines;
}

std::string trim_right(std::string line) {
    while (!line.empty() && line.back() == ' ') line.pop_back();
    return line;
}

struct Grid {
    std::size_t label_width = 0;
    std::vector<std::size_t> widths;
    std::vector<std::vector<std::string>> headers;  // by column, top line first, same count each
    std::vector<std::vector<std::string>> cells;    // by row, then column
};

Grid lay_out(const Table& table, DisplayUnits units) {
    Grid grid;
    std::size_t header_count = 0;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        grid.headers.push_back(header_lines(table.columns[c], column_unit(table, c, units)));
        header_count = std::max(header_count, grid.headers.back().size());
    }
    // Short headers bottom-aligned, so the units share the last line.
    for (std::vector<std::string>& lines : grid.headers)
        lines.insert(lines.begin(), header_count - lines.size(), "");
    grid.label_width = display_width(table.label_header);
    grid.widths.assign(table.columns.size(), 0);
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        for (const std::string& line : grid.headers[c])
            grid.widths[c] = std::max(grid.widths[c], display_width(line));
    }
    for (const Row& row : table.rows) {
        grid.label_width = std::max(grid.label_width, display_width(row.label));
        std::vector<std::string> cells;
        for (std::size_t c = 0; c < row.cells.size() && c < table.columns.size(); ++c) {
            cells.push_back(display_cell(row.cells[c], units));
            grid.widths[c] = std::max(grid.widths[c], display_width(cells.back()));
        }
        grid.cells.push_back(std::move(cells));
    }
    return grid;
}

// How many columns fit the terminal beside the labels (at least one); all if no limit.
std::size_t columns_that_fit(const Grid& grid, std::size_t width) {
    if (width == 0) return grid.widths.size();
    std::size_t used = grid.label_width;
    std::size_t fit = 0;
    for (std::size_t c = 0; c < grid.widths.size(); ++c) {
        used += gutter + grid.widths[c];
        if (used > width && c > 0) break;
        fit = c + 1;
    }
    return fit;
}

// A shortfall (a positive gap) stands out on a terminal.
bool is_shortfall(const Row& row, const Cell& cell) {
    return (row.key == "budget_gap" || row.key == "gap") && cell.money && cell.money->in_pounds() > 0;
}

std::string hidden_columns_note(const Table& table, std::size_t shown) {
    const std::size_t hidden = table.columns.size() - shown;
    std::string keys;
    for (std::size_t c = shown; c < table.columns.size(); ++c)
        keys += (keys.empty() ? "" : ", ") + table.columns[c].key;
    return std::to_string(hidden) + (hidden == 1 ? " more column (" : " more columns (") + keys +
           "): widen the terminal or use --format csv.";
}

std::string table_text(const Table& table, DisplayUnits units, const TerminalStyle& terminal) {
    const Grid grid = lay_out(table, units);
    const std::size_t shown = columns_that_fit(grid, terminal.width);
    std::string out = table.title + "\n" + std::string(display_width(table.title), '=') + "\n";
    const std::size_t header_count = grid.headers.empty() ? 0 : grid.headers.front().size();
    for (std::size_t h = 0; h < header_count; ++h) {
        std::string line = pad_right(h + 1 == header_count ? table.label_header : "", grid.label_width);
        for (std::size_t c = 0; c < shown; ++c) {
            line += std::string(gutter, ' ') + pad_left(grid.headers[c][h], grid.widths[c]);
        }
        out += trim_right(line) + "\n";
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const Row& row = table.rows[r];
        if (row.style == RowStyle::spacer) {
            out += "\n";
            continue;
        }
        if (row.style == RowStyle::subtotal || row.style == RowStyle::total) {
            std::string rule(grid.label_width, ' ');
            for (std::size_t c = 0; c < shown; ++c)
                rule += std::string(gutter, ' ') + std::string(grid.widths[c], '-');
            out += rule + "\n";
        }
        std::string line = pad_right(row.label, grid.label_width);
        for (std::size_t c = 0; c < grid.cells[r].size() && c < shown; ++c) {
            const std::string& text = grid.cells[r][c];
            const std::size_t used = display_width(text);
            const std::string padding(gutter + (used < grid.widths[c] ? grid.widths[c] - used : 0), ' ');
            line +=
                padding +
                (is_shortfall(row, row.cells[c]) ? in_colour(text, Tone::attention, terminal.colour) : text);
        }
        out += trim_right(line) + "\n";
    }
    out += "\n";
    for (const std::string& note : table.notes) out += note + "\n";
    if (own_unit(table).empty()) out += units_note(units) + "\n";
    if (shown < table.columns.size()) out += hidden_columns_note(table, shown) + "\n";
    return out;
}

}  // namespace

std::string plan_text(const PlanReport& report, DisplayUnits units, const TerminalStyle& terminal) {
    std::string out = report.header.scenario_name + "\n";
    for (const Table& table : report.tables) out += "\n" + table_text(table, units, terminal);
    return out;
}

std::string tables_text(const std::vector<Table>& tables, DisplayUnits units, const TerminalStyle& terminal) {
    std::string out;
    for (const Table& table : tables) out += "\n" + table_text(table, units, terminal);
    return out;
}

std::string check_text(const CheckReport& report, const TerminalStyle& terminal) {
    std::size_t rule_width = 0;
    for (const CheckLine& line : report.lines) rule_width = std::max(rule_width, line.rule.size());
    std::string out;
    for (const CheckLine& line : report.lines) {
        out += in_colour(line.verdict_word(), line.passed ? Tone::fine : Tone::attention, terminal.colour) +
               "  " + pad_right(line.rule, rule_width) + "  " + line.message + "\n";
    }
    const CheckTally tally = report.tally();
    const std::string sentence = tally.sentence();
    out += tally.failed == 0 ? sentence + "\n" : in_colour(sentence, Tone::attention, terminal.colour) + "\n";
    return out;
}

}  // namespace mtfp::render
