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

// The columns shown on a terminal `width` wide (all if no limit): first the table's
// narrow_drops are left out, in order, while the row is too wide; then the columns from
// the left that fit beside the labels (at least one).
std::vector<std::size_t> columns_that_fit(const Table& table, const Grid& grid, std::size_t width) {
    std::vector<bool> kept(grid.widths.size(), true);
    auto used = [&] {
        std::size_t total = grid.label_width;
        for (std::size_t c = 0; c < kept.size(); ++c) total += kept[c] ? gutter + grid.widths[c] : 0;
        return total;
    };
    for (const std::string& key : table.narrow_drops) {
        if (width == 0 || used() <= width) break;
        for (std::size_t c = 0; c < kept.size() && c < table.columns.size(); ++c) {
            if (table.columns[c].key == key) kept[c] = false;
        }
    }
    std::vector<std::size_t> shown;
    std::size_t total = grid.label_width;
    for (std::size_t c = 0; c < kept.size(); ++c) {
        if (!kept[c]) continue;
        total += gutter + grid.widths[c];
        if (width != 0 && total > width && !shown.empty()) break;
        shown.push_back(c);
    }
    return shown;
}

// Prose on a terminal `width` wide (0: no limit), starting at column `indent`: broken
// at spaces, never inside a word, continuation lines hanging at `indent` (or at 4 where
// that leaves less than 30 columns); a word longer than a line stands alone.
std::string wrap_words(const std::string& text, std::size_t indent, std::size_t width) {
    if (width == 0 || indent + display_width(text) <= width) return text;
    const std::size_t hang = indent + 30 <= width ? indent : 4;
    std::string out;
    std::size_t column = indent;
    bool line_start = true;
    std::size_t from = 0;
    while (from <= text.size()) {
        std::size_t to = text.find(' ', from);
        if (to == std::string::npos) to = text.size();
        const std::string word = text.substr(from, to - from);
        from = to + 1;
        if (word.empty()) continue;
        const std::size_t length = display_width(word);
        if (!line_start && column + 1 + length > width) {
            out += "\n" + std::string(hang, ' ');
            column = hang;
            line_start = true;
        }
        if (!line_start) {
            out += ' ';
            ++column;
        }
        out += word;
        column += length;
        line_start = false;
    }
    return out;
}

// A shortfall (a positive gap) stands out on a terminal.
bool is_shortfall(const Row& row, const Cell& cell) {
    return (row.key == "budget_gap" || row.key == "gap") && cell.money && cell.money->in_pounds() > 0;
}

std::string hidden_columns_note(const Table& table, const std::vector<std::size_t>& shown) {
    std::string keys;
    std::size_t hidden = 0;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        if (std::find(shown.begin(), shown.end(), c) != shown.end()) continue;
        keys += (keys.empty() ? "" : ", ") + table.columns[c].key;
        ++hidden;
    }
    return std::to_string(hidden) + (hidden == 1 ? " more column (" : " more columns (") + keys +
           "): widen the terminal or use --format csv.";
}

std::string table_text(const Table& table, DisplayUnits units, const TerminalStyle& terminal) {
    const Grid grid = lay_out(table, units);
    const std::vector<std::size_t> shown = columns_that_fit(table, grid, terminal.width);
    std::string out = table.title + "\n" + std::string(display_width(table.title), '=') + "\n";
    const std::size_t header_count = grid.headers.empty() ? 0 : grid.headers.front().size();
    for (std::size_t h = 0; h < header_count; ++h) {
        std::string line = pad_right(h + 1 == header_count ? table.label_header : "", grid.label_width);
        for (std::size_t c : shown)
            line += std::string(gutter, ' ') + pad_left(grid.headers[c][h], grid.widths[c]);
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
            for (std::size_t c : shown) rule += std::string(gutter, ' ') + std::string(grid.widths[c], '-');
            out += rule + "\n";
        }
        std::string line = pad_right(row.label, grid.label_width);
        for (std::size_t c : shown) {
            if (c >= grid.cells[r].size()) break;
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
    for (const std::string& note : table.notes) out += wrap_words(note, 0, terminal.width) + "\n";
    if (own_unit(table).empty()) out += units_note(units) + "\n";
    if (shown.size() < table.columns.size())
        out += wrap_words(hidden_columns_note(table, shown), 0, terminal.width) + "\n";
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
               "  " + pad_right(line.rule, rule_width) + "  " +
               wrap_words(line.message, 4 + 2 + rule_width + 2, terminal.width) + "\n";
    }
    const CheckTally tally = report.tally();
    const std::string sentence = tally.sentence();
    out += tally.failed == 0 ? sentence + "\n" : in_colour(sentence, Tone::attention, terminal.colour) + "\n";
    return out;
}

}  // namespace mtfp::render
