#pragma once
// How the workbook prints a figure as the text prints it, and its headers whole.
//
// The text (money/money_text.cpp) rounds an amount half away from zero to the step it
// shows (£0.1m, £1,000, £1) and writes a minus only when the rounded figure is below
// zero: -£12,345 is "0.0" in £m. A spreadsheet's number format scales the exact pounds
// and keeps the sign of the unrounded value, "-0.0", unless the format says otherwise.
// docs/output-formats.md gives the rule and why it takes two parts (a number format
// that LibreOffice follows, a conditional format that Excel documents).
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "money/money_text.hpp"

struct lxw_worksheet;
struct lxw_format;

namespace mtfp::render {

// Half the step an amount is shown to, in pounds: an amount below zero shows its minus
// from minus this on (-£50,000 is "-0.1" in £m), and one pound less shows as zero. 0 in
// £: whole pounds are shown exactly.
std::int64_t half_display_step(DisplayUnits units);

// The number format of amounts over exact pounds: £m at one decimal, £000 or £ (","
// scales by 1,000); a small negative (above minus half a step) shows as zero unsigned.
std::string money_format(DisplayUnits units);

// The format a conditional format gives a small negative: the same figures with no
// minus in the negative section, the meaning Excel documents for a plain number format.
std::string small_negative_format(DisplayUnits units);

// The cells of one sheet that hold amounts, so that the conditional format covers them
// and nothing else (a rate of -1% is not a small negative amount).
class AmountCells {
public:
    void add(std::size_t row, std::size_t column) { cells_.emplace_back(row, column); }
    // One conditional format per run of amounts along a row: a value above minus half a
    // step and below zero takes `format`. Nothing in £ (no amount rounds to zero there).
    void show_small_negatives(lxw_worksheet* sheet, lxw_format* format, DisplayUnits units) const;

private:
    std::vector<std::pair<std::size_t, std::size_t>> cells_;  // (row, column)
};

// The lines a header takes in a column `width` characters wide: each line of the text
// wrapped at spaces, counting a character as wide as a digit plus a margin for bold
// and for fonts wider than the workbook's (LibreOffice without Calibri), so the count
// is never short: a short count is a header cut off at the top when printed.
std::size_t header_lines(const std::string& header, double width);

// The height in points of a header row whose tallest header takes `lines` lines (15
// points a line, the height of a row of one line of the default 11-point font).
double header_row_height(std::size_t lines);

}  // namespace mtfp::render
