#pragma once
// The table model every renderer draws: rows, labels and exact values in pounds.
// Built once per report by `report`; text, CSV, JSON and Markdown never recompute.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "money/money.hpp"
#include "money/rate.hpp"

namespace mtfp {

enum class RowStyle { line, subtotal, total, heading, spacer };

// Why a cell holds no figure, where the reader must be told (compare): the row is
// missing from that scenario, or a percentage change has a zero base.
enum class Blank { empty, absent, not_applicable };

// A figure that is an identity over other figures: the signed sum of cells of other
// rows, each in the same column or the column before (a roll-forward), of this table or
// of another table of the report (the column with the same key); optionally grown by
// rates and rounded once to the pound, as the engine does (a grant's growth). The
// report builders state it where it holds exactly, so that a renderer with live
// formulas (xlsx) can write it over the cells it depends on; the others show the value.
enum class Sign { plus, minus };
enum class ColumnRef { same, previous };

struct FormulaTerm {
    std::string row;  // a Row::key
    Sign sign = Sign::plus;
    ColumnRef column = ColumnRef::same;
    std::string table = {};  // the Table::key of another table holding the row; empty: this table
    // When given: the cell of the row in the column with this key, whatever the formula's
    // own column (a total column as the sum of the columns beside it); `column` is ignored.
    std::string column_key = {};
};

struct Formula {
    std::vector<FormulaTerm> terms;
    // When given: round(sum x (1 + rate) x ...) half away from zero, each rate a cell
    // named like a term (sign ignored).
    std::vector<FormulaTerm> rates = {};
    // Terms added after that rounding: round(...) + these (the workings' inflation).
    std::vector<FormulaTerm> added = {};
};

// A cell is an amount, a rate (e.g. a Band D increase), or empty.
struct Cell {
    std::optional<Money> money;
    std::optional<Rate> rate;
    std::vector<std::string> json_path;     // where the value goes in the JSON result (TableLayout::paths)
    Blank blank = Blank::empty;             // without money or rate: why
    std::optional<int> rate_decimals = {};  // a rate shown to this many decimals of a percent; unset: exact
    std::optional<Formula> formula = {};    // money only: the identity the value satisfies
    // A figure to two decimals held in hundredths, shown exactly whatever the units: a
    // Band D charge or increase in pence, a tax base (council tax in pounds).
    std::optional<std::int64_t> hundredths = {};
    // Words in place of a figure (a savings item's owner, the year a reserve first falls
    // below its floor), shown as they are in every format.
    std::optional<std::string> text = {};
};

struct Row {
    std::string key;    // stable identifier, e.g. "line:TP", "total_mps"
    std::string label;  // as printed, e.g. "Territorial Policing"
    RowStyle style = RowStyle::line;
    std::vector<Cell> cells;  // one per column
};

struct Column {
    std::string key;     // e.g. "budget_book", "2007/08"
    std::string header;  // e.g. "2006/07 Budget as per Budget Book"
    // The same in at most two short lines for the text renderer, so that six columns
    // fit a 100-column terminal, e.g. {"Budget book", "2006/07"}; empty: use header.
    std::vector<std::string> text_header;
};

// How the JSON renderer places a table: as {columns, rows:[{key,label,values}]}
// (the Summary and Table 2), or each cell at its own json_path (Tables 3 and 4, gap,
// grants), which is how docs/output-formats.md pins those sections.
enum class TableLayout { rows, paths };

struct Table {
    std::string key = {};  // "summary", "table2", "table3", "table4", "gap", "grants": the JSON section
    // Unique in its report where several tables share a key (and a JSON section): Table 4's
    // "table4_opening" and "table4_years", the gap's "gap" and "gap_bridge"; empty: the key.
    std::string id = {};
    std::string title = {};  // e.g. "Budget Summary"
    TableLayout layout = TableLayout::rows;
    std::vector<Column> columns = {};
    std::vector<Row> rows = {};
    std::vector<std::string> notes = {};  // footnotes, e.g. the rounding note
    std::string label_header = {};        // over the label column, e.g. "Service analysis"
    // By column, the unit printed instead of the display unit (e.g. "%" over a
    // percentage); missing or "": the display unit.
    std::vector<std::string> column_units = {};
    // On a terminal too narrow for every column, the text renderer leaves out these
    // columns first, in this order (the Summary's base-year columns, so that the plan
    // years, which a reader wants most, stay), then columns from the right.
    std::vector<std::string> narrow_drops = {};

    // Rows layout only: the JSON name of the column list ("columns"; Table 2 says
    // "years"), and the key of a row written beside "rows" as an array under its own
    // key rather than among them (Table 2's "total"); empty: none.
    std::string json_columns_name = "columns";
    std::string json_total_row = {};
    // Paths layout only: objects created empty where no cell has placed anything, so that a
    // pinned group with no members still appears, e.g. {"opening", "earmarked"}.
    std::vector<std::vector<std::string>> json_objects = {};
    // Whether the JSON section carries the notes as "notes": where they are findings
    // (solve's sentences), not just reading aids. The plan's tables leave them out.
    bool json_notes = false;

    // The row of this key, or null.
    const Row* find_row(const std::string& row_key) const {
        for (const Row& row : rows) {
            if (row.key == row_key) return &row;
        }
        return nullptr;
    }
};

}  // namespace mtfp
