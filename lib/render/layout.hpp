#pragma once
// What the text and Markdown renderers share: the display strings of a table's cells
// in the chosen units, and the footnote about units and rounding.
#include <string>
#include <vector>

#include "money/money_text.hpp"
#include "render/render.hpp"

namespace mtfp::render {

// A cell's rate as displayed: to its rate_decimals if set, else as format_rate does.
std::string rate_text(Rate rate, const Cell& cell);
// "1,249.2", "4.5%", or "" for an empty cell.
std::string display_cell(const Cell& cell, DisplayUnits units);
// "absent", "n/a", or "" for a plain empty cell.
std::string blank_text(Blank blank);
// The unit printed under a table's column c: its own, or the display unit.
std::string column_unit(const Table& table, std::size_t c, DisplayUnits units);
// Columns in a terminal: UTF-8 code points ("£m" is two, in three bytes).
std::size_t display_width(const std::string& text);
// "Amounts in £m. Figures may not sum because of rounding." (no rounding note in £).
std::string units_note(DisplayUnits units);
// The one unit every column of a table states in place of the display unit ("%" over
// simulate's probabilities, "year" over the first year-end below a floor), or "" when some
// column takes the display unit. A table with a unit of its own holds no amounts: it has
// no units note, and its CSV rows give that unit.
std::string own_unit(const Table& table);
// The text with its first letter a capital, for a sentence that opens a paragraph.
std::string sentence_case(std::string text);

}  // namespace mtfp::render
