#include "render/xlsx_display.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

#include "render/layout.hpp"

namespace mtfp::render {

// Amounts are shown rounded half away from zero to the display step: -50,000 pounds is
// -0.5 of a tenth of £m, rounded to -1, "-0.1". Whole pounds (a step of 1) have no half.
std::int64_t half_display_step(DisplayUnits units) {
    return display_step(units) / 2;
}

namespace {

// The digits of an amount in `units`: "#,##0.0,," is £m at one decimal.
std::string digits(DisplayUnits units) {
    switch (units) {
        case DisplayUnits::millions:
            return "#,##0.0,,";
        case DisplayUnits::thousands:
            return "#,##0,";
        case DisplayUnits::pounds:
            break;
    }
    return "#,##0";
}

}  // namespace

std::string money_format(DisplayUnits units) {
    const std::string shown = digits(units);
    if (units == DisplayUnits::pounds) return shown + ";-" + shown + ";0";
    // Three sections chosen by conditions, none of them by the sign alone: zero and up;
    // minus half a step and below, with the minus written; the rest, a small negative,
    // as a bare zero with no digit the program could put a minus before.
    const std::string zero = units == DisplayUnits::millions ? "0.0" : "0";
    return "[>=0]" + shown + ";[<=-" + std::to_string(half_display_step(units)) + "]-" + shown + ";\"" +
           zero + "\"";
}

std::string small_negative_format(DisplayUnits units) {
    return digits(units) + ";" + digits(units) + ";" + (units == DisplayUnits::millions ? "0.0" : "0");
}

void AmountCells::show_small_negatives(lxw_worksheet* sheet, lxw_format* format, DisplayUnits units) const {
    const std::int64_t half = half_display_step(units);
    if (half == 0 || cells_.empty()) return;
    std::map<std::size_t, std::vector<std::size_t>> rows;
    for (const auto& [row, column] : cells_) rows[row].push_back(column);
    for (auto& [row, columns] : rows) {
        std::sort(columns.begin(), columns.end());
        columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
        for (std::size_t first = 0; first < columns.size();) {
            std::size_t last = first;
            while (last + 1 < columns.size() && columns[last + 1] == columns[last] + 1) ++last;
            char cell[LXW_MAX_CELL_NAME_LENGTH];
            lxw_rowcol_to_cell(cell, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(columns[first]));
            // Relative to the run's first cell, so each cell tests its own value; exact
            // for any value, whole pounds or not.
            std::string rule = "=AND(" + std::string(cell) + "<0," + cell + ">-" + std::to_string(half) + ")";
            lxw_conditional_format conditional{};
            conditional.type = LXW_CONDITIONAL_TYPE_FORMULA;
            conditional.value_string = rule.data();
            conditional.format = format;
            worksheet_conditional_format_range(
                sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(columns[first]),
                static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(columns[last]), &conditional);
            first = last + 1;
        }
    }
}

std::size_t header_lines(const std::string& header, double width) {
    // A column `width` digits wide holds fewer bold letters: LibreOffice, printing in
    // DejaVu Sans Bold, wraps "2006/07 Budget as per Budget Book" after 14 characters in
    // a column 16 wide. Counting two characters fewer never counts a line short.
    const auto fits = static_cast<std::size_t>(std::max(1.0, std::floor(width) - 2));
    std::size_t lines = 0;
    std::istringstream text(header);
    for (std::string line; std::getline(text, line);) {
        std::size_t used = 0;  // characters on the current wrapped line
        std::size_t wrapped = 1;
        std::istringstream words(line);
        for (std::string word; words >> word;) {
            const std::size_t size = display_width(word);
            if (used > 0 && used + 1 + size <= fits) {
                used += 1 + size;
                continue;
            }
            if (used > 0) ++wrapped;
            wrapped += (size - 1) / fits;  // a word longer than a line is broken in it
            used = size - (size - 1) / fits * fits;
        }
        lines += wrapped;
    }
    return std::max<std::size_t>(lines, 1);
}

double header_row_height(std::size_t lines) {
    return 15.0 * static_cast<double>(std::max<std::size_t>(lines, 1));
}

}  // namespace mtfp::render
