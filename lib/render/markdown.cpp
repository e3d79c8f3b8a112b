// GitHub-flavoured Markdown: each table under a "###" heading with the unit in every
// figure column's header, figures right-aligned, headings and totals in bold, and the
// notes as paragraphs under the table.
#include <fmt/format.h>

#include "money/money_text.hpp"
#include "render/layout.hpp"
#include "render/renderers.hpp"

namespace mtfp::render {

namespace {

// A pipe would end the cell; a backslash keeps it literal.
std::string escape(const std::string& text) {
    std::string escaped;
    for (char c : text) {
        if (c == '|' || c == '\\') escaped += '\\';
        escaped += c;
    }
    return escaped;
}

std::string bold(const std::string& text) {
    return text.empty() ? text : "**" + text + "**";
}

std::string table_markdown(const Table& table, DisplayUnits units) {
    std::string out = "### " + escape(table.title) + "\n\n| " + escape(table.label_header) + " |";
    std::string rule = "|---|";
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        out += " " + escape(table.columns[c].header) + " " + column_unit(table, c, units) + " |";
        rule += "---:|";
    }
    out += "\n" + rule + "\n";
    for (const Row& row : table.rows) {
        if (row.style == RowStyle::spacer) continue;
        const bool strong = row.style != RowStyle::line;
        out += "| " + (strong ? bold(escape(row.label)) : escape(row.label)) + " |";
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const std::string cell = c < row.cells.size() ? display_cell(row.cells[c], units) : "";
            out += " " + (row.style == RowStyle::total ? bold(cell) : cell) + " |";
        }
        out += "\n";
    }
    // Each note its own paragraph: Markdown would run consecutive lines together.
    for (const std::string& note : table.notes) out += "\n" + escape(note) + "\n";
    if (own_unit(table).empty()) out += "\n" + units_note(units) + "\n";
    return out;
}

}  // namespace

std::string plan_markdown(const PlanReport& report, DisplayUnits units) {
    std::string out = "## " + escape(report.header.scenario_name) + "\n";
    for (const Table& table : report.tables) out += "\n" + table_markdown(table, units);
    return out;
}

std::string tables_markdown(const std::vector<Table>& tables, DisplayUnits units) {
    std::string out;
    for (const Table& table : tables) out += "\n" + table_markdown(table, units);
    return out;
}

std::string check_markdown(const CheckReport& report) {
    std::string out = "| result | rule | year | message |\n|---|---|---|---|\n";
    for (const CheckLine& line : report.lines) {
        const std::string verdict =
            line.verdict() == CheckLine::Verdict::fail ? "**FAIL**" : line.verdict_word();
        out += "| " + verdict + " | " + line.rule + " | " + line.year + " | " + escape(line.message) + " |\n";
    }
    out += "\n";
    const CheckTally tally = report.tally();
    out += sentence_case(tally.sentence()) + ".\n";
    return out;
}

}  // namespace mtfp::render
