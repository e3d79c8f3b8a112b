// The workbook prints a figure as the text prints it (no "-0.0" where the text shows
// 0.0) and its headers whole: the number formats, the small-negative band and the
// header row's height. LibreOffice's rendering of them: tests/xlsx/libreoffice-print.py.
#include <doctest/doctest.h>

#include "money/money_text.hpp"
#include "render/xlsx_display.hpp"

using namespace mtfp;
using namespace mtfp::render;

TEST_CASE("xlsx display: the sign shows from minus half a step, as the text rounds") {
    for (DisplayUnits units : {DisplayUnits::millions, DisplayUnits::thousands}) {
        const std::int64_t half = half_display_step(units);
        CAPTURE(unit_label(units));
        CHECK(format_amount(Money::pounds(-half), units).front() == '-');
        CHECK(format_amount(Money::pounds(-(half - 1)), units).front() != '-');
        CHECK(format_amount(Money::pounds(-1), units).front() != '-');
    }
    CHECK(half_display_step(DisplayUnits::millions) == 50'000);
    CHECK(half_display_step(DisplayUnits::thousands) == 500);
    // Whole pounds: every amount below zero shows its minus, so there is no band.
    CHECK(half_display_step(DisplayUnits::pounds) == 0);
    CHECK(format_amount(Money::pounds(-1), DisplayUnits::pounds) == "-1");
}

TEST_CASE("xlsx display: no number format section can put a minus before a small negative") {
    // Zero and up; minus half a step and below, minus written; the rest a bare zero.
    CHECK(money_format(DisplayUnits::millions) == "[>=0]#,##0.0,,;[<=-50000]-#,##0.0,,;\"0.0\"");
    CHECK(money_format(DisplayUnits::thousands) == "[>=0]#,##0,;[<=-500]-#,##0,;\"0\"");
    CHECK(money_format(DisplayUnits::pounds) == "#,##0;-#,##0;0");
    // What the conditional format gives a small negative: no minus in the negative section.
    CHECK(small_negative_format(DisplayUnits::millions) == "#,##0.0,,;#,##0.0,,;0.0");
    CHECK(small_negative_format(DisplayUnits::thousands) == "#,##0,;#,##0,;0");
}

TEST_CASE("xlsx display: a header row is as tall as its longest header wrapped") {
    // The Summary's first header, printed cut off at the top in a row of 45 points:
    // "2006/07 Budget" / "as per Budget" / "Book" / "£m" in a column 16 wide.
    CHECK(header_lines("2006/07 Budget as per Budget Book\n£m", 16) == 4);
    CHECK(header_row_height(header_lines("2006/07 Budget as per Budget Book\n£m", 16)) == 60);
    CHECK(header_lines("Plan 2007/08\n£m", 16) == 2);
    // LibreOffice fits "In-Year Revised" (15) on a line; counting 14 a line is one over,
    // a row taller than needed, never a line cut off.
    CHECK(header_lines("In-Year Revised Budget 2006/07\n£m", 16) == 4);
    CHECK(header_lines("£m", 16) == 1);
    CHECK(header_lines("", 16) == 1);
    // A word longer than a line is broken inside it: 30 characters over 14 a line.
    CHECK(header_lines(std::string(30, 'x'), 16) == 3);
    CHECK(header_lines(std::string(30, 'x') + " y", 16) == 3);
    CHECK(header_row_height(1) == 15);
}
